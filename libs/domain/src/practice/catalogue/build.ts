import { burnUp, type BurnUpEvent } from '../../forecast/burn-up';
import { forecastCompletion, forecastItemCount } from '../../forecast/monte-carlo';
import { type KanoAnswer, kanoFromResponses } from '../../ordering/kano';
import { mendelowQuadrant } from '../../stakeholders/mendelow';
import { quizElementId } from '../scoring/choice';
import { commitmentFits, FORECAST_CONFIDENCE, narrowestRange } from '../scoring/forecast';
import { type ExerciseOf, type ForecastKey, type ForecastMode, ITEM_RUBRIC_RULES, type ItemDraft, type ItemRubricRule, type Labelled, type TextElement, type VisionBoard } from '../types';
import { GOAL_FLAWS, type GoalFlaw } from '../vocabulary';
import { element, fail, type Meta, rationaleOf, type Why } from './build-base';

export { cd3Exercise, kata, ranking, wsjfExercise } from './build-orders';
export type { KataItemSpec } from './build-orders';
export type { Meta } from './build-base';

/**
 * Builders that turn content into exercises: keys are computed by the domain models
 * (kanoFromResponses, mendelowQuadrant, forecastCompletion, burnUp; wsjf, cd3 and dependencyOrder in
 * build-orders.ts) rather than typed by hand, and every element's rationale sits next to it. They throw on inconsistent content, so a
 * broken exercise fails the catalogue spec instead of reaching a learner.
 */

// ---- classify ---------------------------------------------------------------------------------

export type ClassifyType = 'OUTCOME_OUTPUT_SORT' | 'ECONOMICS_MATCH' | 'FLAWED_ITEM' | 'STORY_SPLIT' | 'TECHNIQUE_MATCH' | 'VALUE_LENSES' | 'MEASURE_MATCH';
export type ClassifySpec = TextElement & Why & { readonly answer: string };

export function classify<T extends ClassifyType>(
  type: T,
  meta: Meta,
  categories: readonly Labelled[],
  elements: readonly ClassifySpec[],
  context?: string,
): ExerciseOf<T> {
  const known = new Set(categories.map((c) => c.id));
  for (const e of elements) if (!known.has(e.answer)) fail(meta, `element ${e.id} answers unknown category ${e.answer}`);
  const material = { ...(context === undefined ? {} : { context }), categories, elements: elements.map(element) };
  return {
    ...meta,
    type,
    material,
    answerKey: { categoryOf: Object.fromEntries(elements.map((e) => [e.id, e.answer])) },
    rationale: rationaleOf(meta, elements.map((e) => [e.id, e.why])),
  } as ExerciseOf<T>;
}

// ---- select -----------------------------------------------------------------------------------

export type OptionSpec = TextElement & Why & { readonly correct: boolean };

export function select<T extends 'OUTCOME_ACTIONS' | 'ASSUMPTION_MAP'>(type: T, meta: Meta, options: readonly OptionSpec[], context?: string): ExerciseOf<T> {
  return {
    ...meta,
    type,
    material: { ...(context === undefined ? {} : { context }), options: options.map(element) },
    answerKey: { correct: options.filter((o) => o.correct).map((o) => o.id) },
    rationale: rationaleOf(meta, options.map((o) => [o.id, o.why])),
  } as ExerciseOf<T>;
}

export function goalCritique(meta: Meta, context: string, goal: string, flaws: Readonly<Record<GoalFlaw, { readonly present: boolean } & Why>>): ExerciseOf<'GOAL_CRITIQUE'> {
  return {
    ...meta,
    type: 'GOAL_CRITIQUE',
    material: { context, goal, options: GOAL_FLAWS.map((f) => ({ id: f.id, text: f.label })) },
    answerKey: { correct: GOAL_FLAWS.filter((f) => flaws[f.id as GoalFlaw].present).map((f) => f.id) },
    rationale: rationaleOf(meta, GOAL_FLAWS.map((f) => [f.id, flaws[f.id as GoalFlaw].why])),
  };
}

export interface BurnUpSpec {
  readonly goal: string;
  readonly from: string;
  readonly to: string;
  readonly events: readonly BurnUpEvent[];
}

export function burnUpDiagnosis(meta: Meta, context: string, chart: BurnUpSpec, options: readonly OptionSpec[]): ExerciseOf<'BURN_UP_DIAGNOSIS'> {
  const points = burnUp({ events: chart.events, from: chart.from, to: chart.to, granularity: 'WEEK' });
  return {
    ...meta,
    type: 'BURN_UP_DIAGNOSIS',
    material: { context, goal: chart.goal, points, options: options.map(element) },
    answerKey: { correct: options.filter((o) => o.correct).map((o) => o.id) },
    rationale: rationaleOf(meta, options.map((o) => [o.id, o.why])),
  };
}

// ---- single choice ----------------------------------------------------------------------------

export type ChoiceSpec = TextElement & Why & { readonly credit: 0 | 0.5 | 1 };

function choiceKey(meta: Meta, options: readonly ChoiceSpec[]): { credit: Record<string, number> } {
  if (options.filter((o) => o.credit === 1).length !== 1) fail(meta, 'exactly one option must be the best');
  return { credit: Object.fromEntries(options.map((o) => [o.id, o.credit])) };
}

export function judgement(meta: Meta, context: string, options: readonly ChoiceSpec[]): ExerciseOf<'SITUATIONAL_JUDGEMENT'> {
  return {
    ...meta,
    type: 'SITUATIONAL_JUDGEMENT',
    material: { context, options: options.map(element) },
    answerKey: choiceKey(meta, options),
    rationale: rationaleOf(meta, options.map((o) => [o.id, o.why])),
  };
}

export function goalForVision(meta: Meta, vision: VisionBoard, context: string, options: readonly ChoiceSpec[]): ExerciseOf<'GOAL_FOR_VISION'> {
  return {
    ...meta,
    type: 'GOAL_FOR_VISION',
    material: { vision, context, options: options.map(element) },
    answerKey: choiceKey(meta, options),
    rationale: rationaleOf(meta, options.map((o) => [o.id, o.why])),
  };
}

export function sprintGoal(meta: Meta, productGoal: string, sprintItems: readonly Labelled[], context: string, options: readonly ChoiceSpec[]): ExerciseOf<'SPRINT_GOAL'> {
  return {
    ...meta,
    type: 'SPRINT_GOAL',
    material: { productGoal, sprintItems, context, options: options.map(element) },
    answerKey: choiceKey(meta, options),
    rationale: rationaleOf(meta, options.map((o) => [o.id, o.why])),
  };
}

export interface QuizSpec {
  readonly id: string;
  readonly text: string;
  readonly options: readonly (TextElement & Why & { readonly correct?: true })[];
}

export function quiz(meta: Meta, questions: readonly QuizSpec[], context?: string): ExerciseOf<'DISCOVERY_QUIZ'> {
  const correct: Record<string, string> = {};
  for (const q of questions) {
    const right = q.options.filter((o) => o.correct === true);
    if (right.length !== 1) fail(meta, `question ${q.id} needs exactly one right option`);
    correct[q.id] = (right[0] as TextElement).id;
  }
  return {
    ...meta,
    type: 'DISCOVERY_QUIZ',
    material: { ...(context === undefined ? {} : { context }), questions: questions.map((q) => ({ id: q.id, text: q.text, options: q.options.map(element) })) },
    answerKey: { correct },
    rationale: rationaleOf(meta, questions.flatMap((q) => q.options.map((o) => [quizElementId(q.id, o.id), o.why] as const))),
  };
}

// ---- the rest ---------------------------------------------------------------------------------

export const RUBRIC_RATIONALE: Readonly<Record<ItemRubricRule, string>> = {
  OUTCOME_MEASURABLE: 'A target number (from a baseline) is what lets you say later whether the item worked.',
  OUTCOME_TIME_BOUND: 'A date or period says when to look: without it an outcome can never be judged missed.',
  OUTCOME_NOT_OUTPUT: 'Start from the change you want (more, fewer, faster, who does what), not from what the team will build.',
  OUTCOME_ON_TOPIC: 'The outcome should be about the behaviour this scenario is trying to change.',
  CRITERIA_TESTABLE: 'Acceptance criteria are checks: a Given/When/Then scenario or a number a tester can compare.',
  VALUE_STATED: 'Value says who gains and how (customer, business or team): it is why the item is worth its place.',
};

export function itemWriting(meta: Meta, scenario: string, topicWords: readonly string[], example: ItemDraft, hints: Partial<Record<ItemRubricRule, string>> = {}): ExerciseOf<'ITEM_WRITING'> {
  return {
    ...meta,
    type: 'ITEM_WRITING',
    material: { scenario, topicWords },
    answerKey: { rules: ITEM_RUBRIC_RULES, example },
    rationale: rationaleOf(meta, ITEM_RUBRIC_RULES.map((r) => [r, `${RUBRIC_RATIONALE[r]}${hints[r] === undefined ? '' : ` ${hints[r]}`}`])),
  };
}

export type StakeholderSpec = TextElement & Why & { readonly power: number; readonly interest: number };

export function stakeholderMap(meta: Meta, context: string, stakeholders: readonly StakeholderSpec[]): ExerciseOf<'STAKEHOLDER_MAP'> {
  return {
    ...meta,
    type: 'STAKEHOLDER_MAP',
    material: { context, stakeholders: stakeholders.map(element) },
    answerKey: {
      ratings: Object.fromEntries(stakeholders.map((s) => [s.id, { power: s.power, interest: s.interest }])),
      quadrantOf: Object.fromEntries(stakeholders.map((s) => [s.id, mendelowQuadrant(s.power, s.interest)])),
    },
    rationale: rationaleOf(meta, stakeholders.map((s) => [s.id, s.why])),
  };
}

export type ProfileSpec = TextElement & Why & { readonly segment: string };

export function segmentation(meta: Meta, context: string, segments: readonly Labelled[], profiles: readonly ProfileSpec[]): ExerciseOf<'SEGMENTATION'> {
  const known = new Set(segments.map((s) => s.id));
  for (const p of profiles) if (!known.has(p.segment)) fail(meta, `profile ${p.id} names unknown segment ${p.segment}`);
  return {
    ...meta,
    type: 'SEGMENTATION',
    material: { context, segmentCount: segments.length, profiles: profiles.map(element) },
    answerKey: { segments, segmentOf: Object.fromEntries(profiles.map((p) => [p.id, p.segment])) },
    rationale: rationaleOf(meta, profiles.map((p) => [p.id, p.why])),
  };
}

export interface KanoFeatureSpec extends Why {
  readonly id: string;
  readonly text: string;
  /** [functional, dysfunctional] answer pairs, one per respondent. */
  readonly pairs: readonly (readonly [KanoAnswer, KanoAnswer])[];
}

export function kano(meta: Meta, context: string, features: readonly KanoFeatureSpec[]): ExerciseOf<'KANO_EVALUATION'> {
  const withResponses = features.map((f) => ({ id: f.id, text: f.text, responses: f.pairs.map(([functional, dysfunctional]) => ({ functional, dysfunctional })) }));
  const categoryOf = Object.fromEntries(
    withResponses.map((f) => {
      const summary = kanoFromResponses(f.responses);
      if (summary.category === null || summary.tied.length > 1) fail(meta, `feature ${f.id} must have one clear Kano category`);
      return [f.id, summary.category];
    }),
  );
  return {
    ...meta,
    type: 'KANO_EVALUATION',
    material: { context, features: withResponses },
    answerKey: { categoryOf },
    rationale: rationaleOf(meta, features.map((f) => [f.id, f.why])),
  };
}

export interface ForecastSpec {
  readonly mode: ForecastMode;
  readonly periodLabel: 'week' | 'sprint';
  readonly throughputHistory: readonly number[];
  readonly remainingItems?: number;
  readonly periods?: number;
  readonly seed: number;
}

export const FORECAST_TRIALS = 10_000;

export const FORECAST_RATIONALE = {
  coverage: 'Calibration: an 85 % range should hold about 85 % of the futures the simulation replays from past throughput, no more and no less.',
  commitment: 'The edge of the range that stakeholders plan on should sit at or beyond the 85 % answer, and need not go past the 95 % one.',
  width: 'Sharpness: a range much wider than the narrowest fitting 85 % range is safe but tells stakeholders little.',
} as const;

/** The key of a forecast exercise: the 50 / 85 / 95 % answers and the histogram of a 10,000-trial simulation. */
function forecastKey(meta: Meta, spec: ForecastSpec): ForecastKey {
  const trials = FORECAST_TRIALS;
  const base = { throughputHistory: spec.throughputHistory, seed: spec.seed, trials };
  let anchor: number;
  let at50: number;
  let at95: number;
  let histogram: ForecastKey['histogram'];
  if (spec.mode === 'WHEN') {
    if (spec.remainingItems === undefined) fail(meta, 'a WHEN forecast needs remainingItems');
    const result = forecastCompletion({ ...base, remainingItems: spec.remainingItems });
    const at = (c: number): number => result.percentiles.find((p) => p.confidence === c)?.periods ?? fail(meta, 'the forecast runs beyond the horizon');
    [anchor, at50, at95, histogram] = [at(85), at(50), at(95), result.histogram];
  } else {
    if (spec.periods === undefined) fail(meta, 'a HOW_MANY forecast needs periods');
    const result = forecastItemCount({ ...base, periods: spec.periods });
    const at = (c: number): number => result.percentiles.find((p) => p.confidence === c)?.items ?? 0;
    [anchor, at50, at95, histogram] = [at(85), at(50), at(95), result.histogram];
  }
  const fits = (from: number, to: number): boolean => commitmentFits(spec.mode, { anchor, at95 }, from, to);
  return { anchor, at50, at95, narrowest: narrowestRange(histogram, trials, FORECAST_CONFIDENCE, fits), histogram, trials };
}

/**
 * The simulation behind the key runs on first use, not when the catalogue loads: importing the
 * domain package (as every page of the web client does) should not cost tens of milliseconds.
 */
export function forecast(meta: Meta, context: string, spec: ForecastSpec): ExerciseOf<'RELEASE_FORECAST'> {
  let key: ForecastKey | undefined;
  return {
    ...meta,
    type: 'RELEASE_FORECAST',
    material: { context, ...spec, trials: FORECAST_TRIALS },
    get answerKey(): ForecastKey {
      key ??= forecastKey(meta, spec);
      return key;
    },
    rationale: { ...FORECAST_RATIONALE },
  };
}
