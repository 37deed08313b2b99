/** The vocabularies of a backlog item, shared by the API schema and the web client. */
export const ITEM_KINDS = ['FEATURE', 'BUG', 'EXPERIMENT', 'ENABLER', 'SPIKE'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** An item moves idea → refined → ready → in sprint → done. */
export const ITEM_STATUSES = ['IDEA', 'REFINED', 'READY', 'IN_SPRINT', 'DONE'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const MOSCOW_BUCKETS = ['MUST', 'SHOULD', 'COULD', 'WONT'] as const;
export type MoscowBucket = (typeof MOSCOW_BUCKETS)[number];

export const KANO_CATEGORIES = [
  'ATTRACTIVE',
  'ONE_DIMENSIONAL',
  'MUST_BE',
  'INDIFFERENT',
  'REVERSE',
  'QUESTIONABLE',
] as const;
export type KanoCategory = (typeof KANO_CATEGORIES)[number];

export const GOAL_STATUSES = ['ACTIVE', 'FULFILLED', 'ABANDONED'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Relative scale used by WSJF for cost-of-delay parts and by value per perspective. */
export const RELATIVE_SCALE = [1, 2, 3, 5, 8, 13, 20] as const;

/** Field limits, enforced by the API and mirrored by the web client's forms. */
export const LIMITS = {
  titleMax: 200,
  nameMax: 120,
  textMax: 20_000,
  shortTextMax: 1_000,
  metricMax: 300,
  acceptanceCriteriaMax: 50,
  valueMin: 0,
  valueMax: 20,
  costOfDelayMin: 1,
  costOfDelayMax: 20,
  sizeMax: 1_000,
  confidenceMax: 100,
  pageSizeMax: 100,
  pageSizeDefault: 50,
} as const;

export interface OutcomeLike {
  statement?: string | null;
  metric?: string | null;
  baseline?: number | null;
  target?: number | null;
  checkBy?: string | null;
}

export interface ValueLike {
  customer?: number | null;
  business?: number | null;
  team?: number | null;
}

export interface RefinableLike {
  outcome?: OutcomeLike | null;
  value?: ValueLike | null;
}

const filled = (s: string | null | undefined): boolean => typeof s === 'string' && s.trim().length > 0;

/** An outcome is stated when it says what should change, how it is measured, to what target, and by when. */
export function isOutcomeStated(outcome: OutcomeLike | null | undefined): boolean {
  return (
    !!outcome &&
    filled(outcome.statement) &&
    filled(outcome.metric) &&
    typeof outcome.target === 'number' &&
    filled(outcome.checkBy)
  );
}

/** Value is stated when at least one perspective (customer, business, team) carries a rating above zero. */
export function isValueStated(value: ValueLike | null | undefined): boolean {
  return !!value && [value.customer, value.business, value.team].some((v) => typeof v === 'number' && v > 0);
}

export type RefinementGap = 'OUTCOME' | 'VALUE';

/**
 * What an item still lacks before it can be refined toward "ready" (CSPO C5.7):
 * an idea may be only a title, but refinement needs a desired outcome and a value.
 */
export function refinementGaps(item: RefinableLike): RefinementGap[] {
  const gaps: RefinementGap[] = [];
  if (!isOutcomeStated(item.outcome)) gaps.push('OUTCOME');
  if (!isValueStated(item.value)) gaps.push('VALUE');
  return gaps;
}
