import type { KanoCategory } from '../backlog-item';
import type { BurnUpPoint } from '../forecast/burn-up';
import type { HistogramBucket } from '../forecast/distribution';
import type { Cd3Input } from '../ordering/cd3';
import type { Dependency } from '../ordering/dependency-order';
import type { KanoResponse } from '../ordering/kano';
import type { MendelowQuadrant } from '../stakeholders/mendelow';
import type { EngagementTechnique } from '../stakeholders/stakeholder-groups';
import type { ObjectiveId } from './objectives';

/** A choice the learner can make: a category, a reason, a term. */
export interface Labelled {
  readonly id: string;
  readonly label: string;
}

/** A gradeable element shown as text, optionally with labelled fields (an item's outcome, value, criteria…). */
export interface TextElement {
  readonly id: string;
  /** A short name for feedback ("Amira", "Export to CSV"); the text otherwise. */
  readonly title?: string;
  readonly text: string;
  readonly details?: readonly { readonly label: string; readonly value: string }[];
}

// ---- mechanics shared by several exercise types -------------------------------------------

/** Put each element in one category (sort statements, match terms, tag splits). */
export interface ClassifyMaterial {
  readonly context?: string;
  readonly categories: readonly Labelled[];
  readonly elements: readonly TextElement[];
}
export interface ClassifyKey {
  readonly categoryOf: Readonly<Record<string, string>>;
}
export interface ClassifyAnswer {
  readonly assignments: Readonly<Record<string, string>>;
}

/** Pick every option that applies; options not picked are judged too. */
export interface SelectMaterial {
  readonly context?: string;
  readonly options: readonly TextElement[];
}
export interface SelectKey {
  readonly correct: readonly string[];
}
export interface SelectAnswer {
  readonly selected: readonly string[];
}

/** Pick one option; options carry credit 1 (best), 0.5 (defensible) or 0. */
export interface ChoiceMaterial {
  readonly context: string;
  readonly options: readonly TextElement[];
}
export interface ChoiceKey {
  readonly credit: Readonly<Record<string, number>>;
}
export interface ChoiceAnswer {
  readonly choice: string;
}

export interface QuizQuestion {
  readonly id: string;
  readonly text: string;
  readonly options: readonly TextElement[];
}
export interface QuizMaterial {
  readonly context?: string;
  readonly questions: readonly QuizQuestion[];
}
export interface QuizKey {
  readonly correct: Readonly<Record<string, string>>;
}
export interface QuizAnswer {
  readonly choices: Readonly<Record<string, string>>;
}

// ---- type-specific material ---------------------------------------------------------------

export interface GoalCritiqueMaterial extends SelectMaterial {
  readonly goal: string;
}

export interface BurnUpMaterial extends SelectMaterial {
  readonly goal: string;
  /** Cumulative done and scope per week, from `burnUp` over dated events. */
  readonly points: readonly BurnUpPoint[];
}

export interface VisionBoard {
  readonly vision: string;
  readonly targetGroup: string;
  readonly needs: string;
  readonly product: string;
  readonly businessGoals: string;
}
export interface GoalForVisionMaterial extends ChoiceMaterial {
  readonly vision: VisionBoard;
}

export interface SprintGoalMaterial extends ChoiceMaterial {
  readonly productGoal: string;
  readonly sprintItems: readonly Labelled[];
}

export interface WsjfScenarioItem {
  readonly id: string;
  readonly title: string;
  readonly note: string;
  readonly userBusinessValue: number;
  readonly timeCriticality: number;
  readonly riskReduction: number;
  readonly jobSize: number;
}
export interface WsjfMaterial {
  readonly context: string;
  readonly items: readonly WsjfScenarioItem[];
  readonly dependencies: readonly Dependency[];
}

export interface Cd3ScenarioItem {
  readonly id: string;
  readonly title: string;
  readonly note: string;
  readonly input: Cd3Input;
}
export interface Cd3Material {
  readonly context: string;
  /** What one unit of cost of delay is, e.g. "€ per week". */
  readonly unit: string;
  readonly items: readonly Cd3ScenarioItem[];
  readonly dependencies: readonly Dependency[];
}

/** The key of a compute-and-order exercise, computed by `wsjf` / `cd3` and `dependencyOrder`. */
export interface ComputedOrderKey {
  readonly scores: Readonly<Record<string, number>>;
  /** The arithmetic per item, e.g. "WSJF 6.5 = (8 + 5 + 13) / 4". */
  readonly arithmetic: Readonly<Record<string, string>>;
  readonly order: readonly string[];
  /** Why an item sits above higher-scoring ones: "it moves up with Offline maps (WSJF 2.38), which depends on it". */
  readonly pulledUp: Readonly<Record<string, string>>;
}
export interface ComputedOrderAnswer {
  /** The learner's score per item; missing scores earn no credit for the computation. */
  readonly scores?: Readonly<Record<string, number>>;
  readonly order: readonly string[];
}

export interface KataMaterial {
  readonly productGoal: string;
  readonly items: readonly TextElement[];
  readonly dependencies: readonly Dependency[];
  readonly reasons: readonly Labelled[];
}
export interface KataKey {
  readonly order: readonly string[];
  /** The reasons that justify each item's place (usually one, sometimes two defensible ones). */
  readonly reasons: Readonly<Record<string, readonly string[]>>;
}
export interface KataAnswer {
  readonly order: readonly string[];
  readonly reasons?: Readonly<Record<string, string>>;
}

export const ITEM_RUBRIC_RULES = [
  'OUTCOME_MEASURABLE',
  'OUTCOME_TIME_BOUND',
  'OUTCOME_NOT_OUTPUT',
  'OUTCOME_ON_TOPIC',
  'CRITERIA_TESTABLE',
  'VALUE_STATED',
] as const;
export type ItemRubricRule = (typeof ITEM_RUBRIC_RULES)[number];

export interface ItemDraft {
  readonly title?: string;
  readonly outcome: string;
  readonly value: string;
  /** One criterion per line, or a list. */
  readonly acceptanceCriteria: string | readonly string[];
}
export interface ItemWritingMaterial {
  readonly scenario: string;
  /** Words of which the outcome must mention at least one (the thing this scenario is about). */
  readonly topicWords: readonly string[];
}
export interface ItemWritingKey {
  readonly rules: readonly ItemRubricRule[];
  /** A draft that passes every rule, shown after the attempt. */
  readonly example: ItemDraft;
}

export interface StakeholderMapMaterial {
  readonly context: string;
  readonly stakeholders: readonly TextElement[];
}
export interface StakeholderMapKey {
  readonly ratings: Readonly<Record<string, { readonly power: number; readonly interest: number }>>;
  /** From `mendelowQuadrant(power, interest)`. */
  readonly quadrantOf: Readonly<Record<string, MendelowQuadrant>>;
}
export interface StakeholderPlacement {
  readonly quadrant: MendelowQuadrant;
  readonly technique?: EngagementTechnique;
}
export interface StakeholderMapAnswer {
  readonly placements: Readonly<Record<string, StakeholderPlacement>>;
}

export interface SegmentationMaterial {
  readonly context: string;
  readonly segmentCount: number;
  readonly profiles: readonly TextElement[];
}
export interface SegmentationKey {
  readonly segments: readonly Labelled[];
  readonly segmentOf: Readonly<Record<string, string>>;
}
export interface SegmentationAnswer {
  /** Any group label per profile: only which profiles share a label matters. */
  readonly groups: Readonly<Record<string, string>>;
}

export interface KanoFeature {
  readonly id: string;
  readonly text: string;
  readonly responses: readonly KanoResponse[];
}
export interface KanoMaterial {
  readonly context: string;
  readonly features: readonly KanoFeature[];
}
export interface KanoKey {
  /** From `kanoFromResponses`. */
  readonly categoryOf: Readonly<Record<string, KanoCategory>>;
}
export interface KanoEvaluationAnswer {
  readonly categories: Readonly<Record<string, KanoCategory>>;
}

export interface RankingMaterial {
  readonly context: string;
  readonly approaches: readonly TextElement[];
}
export interface RankingKey {
  /** Cheapest first. */
  readonly byCost: readonly string[];
  /** Strongest evidence first. */
  readonly byEvidence: readonly string[];
}
export interface RankingAnswer {
  readonly byCost: readonly string[];
  readonly byEvidence: readonly string[];
}

export type ForecastMode = 'WHEN' | 'HOW_MANY';
export interface ForecastMaterial {
  readonly context: string;
  /** WHEN: in how many periods will `remainingItems` be done? HOW_MANY: how many items in `periods` periods? */
  readonly mode: ForecastMode;
  readonly periodLabel: 'week' | 'sprint';
  readonly throughputHistory: readonly number[];
  readonly remainingItems?: number;
  readonly periods?: number;
  readonly seed: number;
  readonly trials: number;
}
export interface ForecastKey {
  /** WHEN: periods needed at 85 % confidence. HOW_MANY: items delivered at 85 % confidence. */
  readonly anchor: number;
  /** The 50 % and 95 % answers, for the feedback. */
  readonly at50: number;
  readonly at95: number;
  /** The reference answer: the narrowest whole-value range holding at least 85 % of the trials whose planning edge lies between the 85 % and 95 % answers. */
  readonly narrowest: { readonly from: number; readonly to: number };
  readonly histogram: readonly HistogramBucket[];
  readonly trials: number;
}
export interface ForecastAnswer {
  readonly from: number;
  readonly to: number;
}

// ---- the exercise types -------------------------------------------------------------------

/** Material, key and answer of every exercise type. */
export interface ExerciseShapes {
  OUTCOME_OUTPUT_SORT: { material: ClassifyMaterial; key: ClassifyKey; answer: ClassifyAnswer };
  OUTCOME_ACTIONS: { material: SelectMaterial; key: SelectKey; answer: SelectAnswer };
  ECONOMICS_MATCH: { material: ClassifyMaterial; key: ClassifyKey; answer: ClassifyAnswer };
  WSJF_ORDER: { material: WsjfMaterial; key: ComputedOrderKey; answer: ComputedOrderAnswer };
  CD3_ORDER: { material: Cd3Material; key: ComputedOrderKey; answer: ComputedOrderAnswer };
  ORDERING_KATA: { material: KataMaterial; key: KataKey; answer: KataAnswer };
  ITEM_WRITING: { material: ItemWritingMaterial; key: ItemWritingKey; answer: ItemDraft };
  FLAWED_ITEM: { material: ClassifyMaterial; key: ClassifyKey; answer: ClassifyAnswer };
  GOAL_CRITIQUE: { material: GoalCritiqueMaterial; key: SelectKey; answer: SelectAnswer };
  GOAL_FOR_VISION: { material: GoalForVisionMaterial; key: ChoiceKey; answer: ChoiceAnswer };
  SPRINT_GOAL: { material: SprintGoalMaterial; key: ChoiceKey; answer: ChoiceAnswer };
  STORY_SPLIT: { material: ClassifyMaterial; key: ClassifyKey; answer: ClassifyAnswer };
  STAKEHOLDER_MAP: { material: StakeholderMapMaterial; key: StakeholderMapKey; answer: StakeholderMapAnswer };
  TECHNIQUE_MATCH: { material: ClassifyMaterial; key: ClassifyKey; answer: ClassifyAnswer };
  SEGMENTATION: { material: SegmentationMaterial; key: SegmentationKey; answer: SegmentationAnswer };
  KANO_EVALUATION: { material: KanoMaterial; key: KanoKey; answer: KanoEvaluationAnswer };
  DISCOVERY_QUIZ: { material: QuizMaterial; key: QuizKey; answer: QuizAnswer };
  VALIDATION_RANKING: { material: RankingMaterial; key: RankingKey; answer: RankingAnswer };
  ASSUMPTION_MAP: { material: SelectMaterial; key: SelectKey; answer: SelectAnswer };
  RELEASE_FORECAST: { material: ForecastMaterial; key: ForecastKey; answer: ForecastAnswer };
  BURN_UP_DIAGNOSIS: { material: BurnUpMaterial; key: SelectKey; answer: SelectAnswer };
  VALUE_LENSES: { material: ClassifyMaterial; key: ClassifyKey; answer: ClassifyAnswer };
  MEASURE_MATCH: { material: ClassifyMaterial; key: ClassifyKey; answer: ClassifyAnswer };
  SITUATIONAL_JUDGEMENT: { material: ChoiceMaterial; key: ChoiceKey; answer: ChoiceAnswer };
}

export const EXERCISE_TYPES = [
  'OUTCOME_OUTPUT_SORT',
  'OUTCOME_ACTIONS',
  'ECONOMICS_MATCH',
  'WSJF_ORDER',
  'CD3_ORDER',
  'ORDERING_KATA',
  'ITEM_WRITING',
  'FLAWED_ITEM',
  'GOAL_CRITIQUE',
  'GOAL_FOR_VISION',
  'SPRINT_GOAL',
  'STORY_SPLIT',
  'STAKEHOLDER_MAP',
  'TECHNIQUE_MATCH',
  'SEGMENTATION',
  'KANO_EVALUATION',
  'DISCOVERY_QUIZ',
  'VALIDATION_RANKING',
  'ASSUMPTION_MAP',
  'RELEASE_FORECAST',
  'BURN_UP_DIAGNOSIS',
  'VALUE_LENSES',
  'MEASURE_MATCH',
  'SITUATIONAL_JUDGEMENT',
] as const satisfies readonly (keyof ExerciseShapes)[];
export type ExerciseType = (typeof EXERCISE_TYPES)[number];

// Fails to compile when EXERCISE_TYPES and ExerciseShapes list different types.
type Missing = Exclude<keyof ExerciseShapes, ExerciseType>;
const everyShapeListed: Missing extends never ? true : Missing = true;
void everyShapeListed;

export interface ExerciseOf<T extends ExerciseType> {
  /** Stable and unique, e.g. 'c5.1-sort-001': attempts refer to it. */
  readonly id: string;
  readonly type: T;
  readonly objective: ObjectiveId;
  readonly title: string;
  readonly prompt: string;
  readonly material: ExerciseShapes[T]['material'];
  readonly answerKey: ExerciseShapes[T]['key'];
  /** Why, for every gradeable element (see `elementIdsOf`). */
  readonly rationale: Readonly<Record<string, string>>;
}

export type Exercise = { [T in ExerciseType]: ExerciseOf<T> }[ExerciseType];
export type AnswerFor<T extends ExerciseType> = ExerciseShapes[T]['answer'];

// ---- results --------------------------------------------------------------------------------

export interface ElementFeedback {
  /** The element judged; absent for feedback on the answer as a whole. */
  readonly elementId?: string;
  readonly correct: boolean;
  /** 0..1 where the element earns partial credit. */
  readonly credit?: number;
  readonly rationale: string;
}

export type AnswerErrorCode = 'MALFORMED_ANSWER' | 'UNKNOWN_EXERCISE';

export interface AnswerError {
  readonly code: AnswerErrorCode;
  /** Where in the answer, e.g. "assignments.s3" or "order". */
  readonly path: string;
  readonly message: string;
}

export interface AttemptResult {
  /** 0..1, rounded to 4 decimals. */
  readonly score: number;
  readonly correct: boolean;
  readonly feedback: readonly ElementFeedback[];
  readonly summary: string;
  /** Present when the answer could not be scored (score 0). */
  readonly error?: AnswerError;
}
