import { RELATIVE_SCALE } from '../backlog-item';
import { formatNumber } from './format';
import { checkFields, Scored, Unscored } from './score';

export const VALUE_EFFORT_QUADRANTS = ['QUICK_WIN', 'BIG_BET', 'FILL_IN', 'MONEY_PIT'] as const;
export type ValueEffortQuadrant = (typeof VALUE_EFFORT_QUADRANTS)[number];

/** Quick wins first, then big bets, then fill-ins; money pits last. */
const QUADRANT_SCORE: Readonly<Record<ValueEffortQuadrant, number>> = { QUICK_WIN: 4, BIG_BET: 3, FILL_IN: 2, MONEY_PIT: 1 };

const QUADRANT_LABEL: Readonly<Record<ValueEffortQuadrant, string>> = {
  QUICK_WIN: 'quick win',
  BIG_BET: 'big bet',
  FILL_IN: 'fill-in',
  MONEY_PIT: 'money pit',
};

/** Midpoint of the relative scale 1–20: 10.5, so every point of the scale falls clearly on one side. */
export const VALUE_EFFORT_DEFAULT_THRESHOLD = (RELATIVE_SCALE[0] + RELATIVE_SCALE[RELATIVE_SCALE.length - 1]) / 2;

export interface ValueEffortInput {
  readonly value?: number | null;
  readonly effort?: number | null;
}

/** A value or effort at or above its threshold counts as high. */
export interface ValueEffortThresholds {
  readonly valueThreshold?: number;
  readonly effortThreshold?: number;
}

export type ValueEffortResult = (Scored & { readonly quadrant: ValueEffortQuadrant }) | Unscored;

export function valueEffortQuadrant(input: ValueEffortInput, thresholds: ValueEffortThresholds = {}): ValueEffortResult {
  const refused = checkFields('Value/effort', [
    { field: 'value', label: 'value', value: input.value, sign: 'non-negative' },
    { field: 'effort', label: 'effort', value: input.effort, sign: 'non-negative' },
  ]);
  if (refused) return refused;
  const value = input.value as number;
  const effort = input.effort as number;
  const valueAt = thresholds.valueThreshold ?? VALUE_EFFORT_DEFAULT_THRESHOLD;
  const effortAt = thresholds.effortThreshold ?? VALUE_EFFORT_DEFAULT_THRESHOLD;
  const highValue = value >= valueAt;
  const highEffort = effort >= effortAt;
  const quadrant: ValueEffortQuadrant = highValue
    ? highEffort
      ? 'BIG_BET'
      : 'QUICK_WIN'
    : highEffort
      ? 'MONEY_PIT'
      : 'FILL_IN';
  const f = formatNumber;
  const side = (high: boolean, n: number, at: number) => `${f(n)} ${high ? '≥' : '<'} ${f(at)}`;
  return {
    quadrant,
    score: QUADRANT_SCORE[quadrant],
    explanation:
      `Value/effort ${QUADRANT_SCORE[quadrant]} = ${QUADRANT_LABEL[quadrant]}: ` +
      `value ${side(highValue, value, valueAt)} (${highValue ? 'high' : 'low'}), ` +
      `effort ${side(highEffort, effort, effortAt)} (${highEffort ? 'high' : 'low'})`,
  };
}
