/**
 * What the learner has entered so far, in one shape for every exercise type, and how it becomes the
 * answer `scoreAttempt` takes. Pure: the editors only change a Draft; scoring and the API see the
 * answer `toAnswer` makes of it.
 */
import { type AttemptResult, type ElementFeedback, elementIdsOf, type Exercise } from '@backlog-studio/domain';
import { moveEntry } from '../ordering/reorder';

export interface Draft {
  /** One pick per element: a category, a Kano category, a segment, a quadrant, a quiz option, a kata reason. */
  readonly picks: Readonly<Record<string, string>>;
  /** A second pick per element: the engagement technique of a stakeholder. */
  readonly extra: Readonly<Record<string, string>>;
  /** Options ticked in a pick-all-that-apply exercise. */
  readonly selected: readonly string[];
  /** The option of a single-choice exercise. */
  readonly choice: string;
  /** Lists as the learner arranged them: `order`, or `byCost` and `byEvidence`. */
  readonly orders: Readonly<Record<string, readonly string[]>>;
  /** Typed text: a computed score per item, the fields of an item draft, the ends of a range. */
  readonly texts: Readonly<Record<string, string>>;
}

export const ITEM_DRAFT_FIELDS = ['title', 'outcome', 'value', 'acceptanceCriteria'] as const;

/** The starting draft: nothing picked, lists in the order the (shuffled) exercise shows them. */
export function initialDraft(exercise: Exercise): Draft {
  const empty: Draft = { picks: {}, extra: {}, selected: [], choice: '', orders: {}, texts: {} };
  switch (exercise.type) {
    case 'WSJF_ORDER':
    case 'CD3_ORDER':
    case 'ORDERING_KATA':
      return { ...empty, orders: { order: exercise.material.items.map((i) => i.id) } };
    case 'VALIDATION_RANKING': {
      const ids = exercise.material.approaches.map((a) => a.id);
      return { ...empty, orders: { byCost: ids, byEvidence: ids } };
    }
    default:
      return empty;
  }
}

/** A number as people type it: "6.5", "6,5", " 12 ". Null when it is not one. */
export function parseDecimal(text: string | undefined): number | null {
  const trimmed = (text ?? '').trim().replace(',', '.');
  if (trimmed === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

const filled = (record: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ''));

/** The answer in the shape of the exercise type, as `scoreAttempt` and the API take it. */
export function toAnswer(exercise: Exercise, draft: Draft): unknown {
  const list = (name: string): string[] => [...(draft.orders[name] ?? [])];
  switch (exercise.type) {
    case 'OUTCOME_OUTPUT_SORT':
    case 'ECONOMICS_MATCH':
    case 'FLAWED_ITEM':
    case 'STORY_SPLIT':
    case 'TECHNIQUE_MATCH':
    case 'VALUE_LENSES':
    case 'MEASURE_MATCH':
      return { assignments: filled(draft.picks) };
    case 'OUTCOME_ACTIONS':
    case 'GOAL_CRITIQUE':
    case 'ASSUMPTION_MAP':
    case 'BURN_UP_DIAGNOSIS':
      return { selected: [...draft.selected] };
    case 'GOAL_FOR_VISION':
    case 'SPRINT_GOAL':
    case 'SITUATIONAL_JUDGEMENT':
      return { choice: draft.choice };
    case 'DISCOVERY_QUIZ':
      return { choices: filled(draft.picks) };
    case 'WSJF_ORDER':
    case 'CD3_ORDER': {
      const scores: Record<string, number> = {};
      for (const item of exercise.material.items) {
        const n = parseDecimal(draft.texts[item.id]);
        if (n !== null) scores[item.id] = n;
      }
      return { order: list('order'), scores };
    }
    case 'ORDERING_KATA':
      return { order: list('order'), reasons: filled(draft.picks) };
    case 'ITEM_WRITING':
      return {
        title: draft.texts.title ?? '',
        outcome: draft.texts.outcome ?? '',
        value: draft.texts.value ?? '',
        // One criterion per line.
        acceptanceCriteria: (draft.texts.acceptanceCriteria ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length > 0),
      };
    case 'STAKEHOLDER_MAP': {
      const placements: Record<string, { quadrant: string; technique?: string }> = {};
      for (const [id, quadrant] of Object.entries(draft.picks)) {
        if (quadrant === '') continue;
        const technique = draft.extra[id];
        placements[id] = technique ? { quadrant, technique } : { quadrant };
      }
      return { placements };
    }
    case 'SEGMENTATION':
      return { groups: filled(draft.picks) };
    case 'KANO_EVALUATION':
      return { categories: filled(draft.picks) };
    case 'VALIDATION_RANKING':
      return { byCost: list('byCost'), byEvidence: list('byEvidence') };
    case 'RELEASE_FORECAST':
      return { from: parseDecimal(draft.texts.from), to: parseDecimal(draft.texts.to) };
  }
}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const unpicked = (ids: readonly string[], picks: Readonly<Record<string, string>>): number => ids.filter((id) => !picks[id]).length;

/**
 * What is still missing before the answer can be checked, in words ("3 statements have no category
 * yet"); empty when it is complete. Checking waits for a complete answer, so a stray Enter never
 * scores a half-finished one.
 */
export function missingParts(exercise: Exercise, draft: Draft): string[] {
  const missing: string[] = [];
  const need = (n: number, text: string): void => {
    if (n > 0) missing.push(text);
  };
  switch (exercise.type) {
    case 'OUTCOME_OUTPUT_SORT':
    case 'ECONOMICS_MATCH':
    case 'FLAWED_ITEM':
    case 'STORY_SPLIT':
    case 'TECHNIQUE_MATCH':
    case 'VALUE_LENSES':
    case 'MEASURE_MATCH': {
      const n = unpicked(exercise.material.elements.map((e) => e.id), draft.picks);
      need(n, `${count(n, 'statement')} ${n === 1 ? 'has' : 'have'} no answer yet`);
      break;
    }
    case 'OUTCOME_ACTIONS':
    case 'GOAL_CRITIQUE':
    case 'ASSUMPTION_MAP':
    case 'BURN_UP_DIAGNOSIS':
      break; // picking nothing is an answer too
    case 'GOAL_FOR_VISION':
    case 'SPRINT_GOAL':
    case 'SITUATIONAL_JUDGEMENT':
      if (!exercise.material.options.some((o) => o.id === draft.choice)) missing.push('choose one option');
      break;
    case 'DISCOVERY_QUIZ': {
      const n = unpicked(exercise.material.questions.map((q) => q.id), draft.picks);
      need(n, `${count(n, 'question')} ${n === 1 ? 'is' : 'are'} not answered yet`);
      break;
    }
    case 'WSJF_ORDER':
    case 'CD3_ORDER': {
      const n = exercise.material.items.filter((i) => parseDecimal(draft.texts[i.id]) === null).length;
      need(n, `give the ${exercise.type === 'WSJF_ORDER' ? 'WSJF' : 'CD3'} of ${count(n, 'more item')}`);
      break;
    }
    case 'ORDERING_KATA': {
      const n = unpicked(exercise.material.items.map((i) => i.id), draft.picks);
      need(n, `give the reason for ${count(n, 'more item')}`);
      break;
    }
    case 'ITEM_WRITING': {
      const blank = (['outcome', 'value', 'acceptanceCriteria'] as const).filter((f) => !(draft.texts[f] ?? '').trim());
      const names = { outcome: 'the desired outcome', value: 'the value', acceptanceCriteria: 'acceptance criteria' };
      if (blank.length) missing.push(`write ${blank.map((f) => names[f]).join(', ')}`);
      break;
    }
    case 'STAKEHOLDER_MAP': {
      const ids = exercise.material.stakeholders.map((s) => s.id);
      const q = unpicked(ids, draft.picks);
      const t = unpicked(ids, draft.extra);
      need(q, `place ${count(q, 'more stakeholder')} on the grid`);
      need(t, `choose a technique for ${count(t, 'more stakeholder')}`);
      break;
    }
    case 'SEGMENTATION': {
      const n = unpicked(exercise.material.profiles.map((p) => p.id), draft.picks);
      need(n, `put ${count(n, 'more profile')} in a segment`);
      break;
    }
    case 'KANO_EVALUATION': {
      const n = unpicked(exercise.material.features.map((f) => f.id), draft.picks);
      need(n, `classify ${count(n, 'more feature')}`);
      break;
    }
    case 'VALIDATION_RANKING':
      break; // both rankings always hold every approach
    case 'RELEASE_FORECAST': {
      const from = parseDecimal(draft.texts.from);
      const to = parseDecimal(draft.texts.to);
      const whole = (n: number | null): n is number => n !== null && Number.isInteger(n) && n >= 0;
      if (!whole(from) || !whole(to)) missing.push('give both ends of the range as whole numbers');
      else if (from > to) missing.push('the range must not end before it starts');
      break;
    }
  }
  return missing;
}

export interface FeedbackIndex {
  /** Feedback on one element (an option, a statement, an item…), by element id. */
  readonly byElement: ReadonlyMap<string, ElementFeedback>;
  /** Feedback on the answer as a whole: inverted pairs, broken dependencies, a forecast's calibration. */
  readonly general: readonly ElementFeedback[];
}

/** Splits a result's feedback into what belongs beside each element and what is about the whole answer. */
export function indexFeedback(exercise: Exercise, result: AttemptResult): FeedbackIndex {
  const elements = new Set(elementIdsOf(exercise));
  const byElement = new Map<string, ElementFeedback>();
  const general: ElementFeedback[] = [];
  for (const f of result.feedback) {
    if (f.elementId !== undefined && elements.has(f.elementId) && !byElement.has(f.elementId)) byElement.set(f.elementId, f);
    else general.push(f);
  }
  // The forecast's three measures are its elements, but they judge the answer as a whole.
  if (exercise.type === 'RELEASE_FORECAST') return { byElement: new Map(), general: result.feedback };
  return { byElement, general };
}

/** The list with the entry at `index` moved one place up (-1) or down (+1); the same list at either end. */
export const moveBy = <T>(list: readonly T[], index: number, delta: -1 | 1): T[] => moveEntry(list, index, delta);
