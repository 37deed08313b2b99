import { LIMITS } from '../backlog-item';
import { StakeholderInputError } from './errors';
import {
  VALUE_PERSPECTIVES,
  VALUE_RATER_GROUP_LABELS,
  VALUE_RATER_GROUPS,
  type ValuePerspective,
  type ValueRaterGroup,
} from './stakeholder-groups';

/** Ratings use the item value scale, 0–20 (LIMITS.valueMin..valueMax), so they compare with item values. */
export const VALUE_RATING_SCALE = { min: LIMITS.valueMin, max: LIMITS.valueMax } as const;

export interface ValueRating {
  stakeholderGroup: ValueRaterGroup;
  perspective: ValuePerspective;
  value: number;
}

export interface MeanAndCount {
  /** null when nobody rated. */
  mean: number | null;
  count: number;
}

export interface GroupValue {
  group: ValueRaterGroup;
  mean: number;
  count: number;
}

/** How far the rating groups disagree about one item. */
export interface ValueSpread {
  /** Highest group mean − lowest group mean, on the 0–20 scale. */
  range: number;
  /** range / 20: 0 when all groups agree, 1 when one says 0 and another 20. */
  normalised: number;
  /** Population standard deviation of the group means (each group counts once, whatever its size). */
  standardDeviation: number;
  highest: GroupValue;
  lowest: GroupValue;
}

export interface ItemValueSpread {
  byPerspective: Record<ValuePerspective, MeanAndCount>;
  /** Groups that rated, highest mean first (ties in vocabulary order). */
  byGroup: GroupValue[];
  /** null when fewer than two groups rated: there is nobody to disagree with. */
  spread: ValueSpread | null;
}

export interface RatedItem {
  itemId: string;
  ratings: readonly ValueRating[];
}

export interface ContestedItem {
  itemId: string;
  groupsRated: number;
  spread: ValueSpread;
  /** e.g. "Sales rates 18, Support rates 3: spread 15". */
  explanation: string;
}

function assertRating(rating: ValueRating, i: number): void {
  const { value } = rating;
  if (typeof value !== 'number' || Number.isNaN(value) || value < VALUE_RATING_SCALE.min || value > VALUE_RATING_SCALE.max) {
    throw new StakeholderInputError('OUT_OF_SCALE', `ratings[${i}].value`, value, `value must be a number from 0 to 20, got ${String(value)}`);
  }
  if (!VALUE_RATER_GROUPS.includes(rating.stakeholderGroup)) {
    throw new StakeholderInputError('INVALID_ARGUMENT', `ratings[${i}].stakeholderGroup`, rating.stakeholderGroup, `unknown group ${String(rating.stakeholderGroup)}`);
  }
  if (!VALUE_PERSPECTIVES.includes(rating.perspective)) {
    throw new StakeholderInputError('INVALID_ARGUMENT', `ratings[${i}].perspective`, rating.perspective, `unknown perspective ${String(rating.perspective)}`);
  }
}

const meanOf = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

/** An item's value by perspective and by group, and how far the groups disagree. */
export function valueSpread(ratings: readonly ValueRating[]): ItemValueSpread {
  ratings.forEach(assertRating);

  const byPerspective = {} as Record<ValuePerspective, MeanAndCount>;
  for (const perspective of VALUE_PERSPECTIVES) {
    const values = ratings.filter((r) => r.perspective === perspective).map((r) => r.value);
    byPerspective[perspective] = { mean: values.length ? meanOf(values) : null, count: values.length };
  }

  const byGroup: GroupValue[] = [];
  for (const group of VALUE_RATER_GROUPS) {
    const values = ratings.filter((r) => r.stakeholderGroup === group).map((r) => r.value);
    if (values.length) byGroup.push({ group, mean: meanOf(values), count: values.length });
  }
  byGroup.sort((a, b) => b.mean - a.mean); // stable: ties keep vocabulary order

  if (byGroup.length < 2) return { byPerspective, byGroup, spread: null };
  const highest = byGroup[0];
  const lowest = byGroup[byGroup.length - 1];
  const range = highest.mean - lowest.mean;
  const average = meanOf(byGroup.map((g) => g.mean));
  const standardDeviation = Math.sqrt(meanOf(byGroup.map((g) => (g.mean - average) ** 2)));
  const scale = VALUE_RATING_SCALE.max - VALUE_RATING_SCALE.min;
  return { byPerspective, byGroup, spread: { range, normalised: range / scale, standardDeviation, highest, lowest } };
}

// One decimal at most: 18 → "18", 12.333 → "12.3".
const show = (n: number): string => String(Math.round(n * 10) / 10);

/** One line naming the two groups furthest apart. */
export function explainSpread(spread: ValueSpread): string {
  const { highest, lowest } = spread;
  return (
    `${VALUE_RATER_GROUP_LABELS[highest.group]} rates ${show(highest.mean)}, ` +
    `${VALUE_RATER_GROUP_LABELS[lowest.group]} rates ${show(lowest.mean)}: spread ${show(spread.range)}`
  );
}

/**
 * The `n` items the groups disagree about most: by range, then standard deviation, then item id.
 * Items rated by fewer than two groups are left out; items on which the groups agree (range 0) stay in.
 */
export function mostContested(items: readonly RatedItem[], n: number): ContestedItem[] {
  if (!Number.isInteger(n) || n < 0) {
    throw new StakeholderInputError('INVALID_ARGUMENT', 'n', n, `n must be a whole number ≥ 0, got ${String(n)}`);
  }
  const contested: ContestedItem[] = [];
  for (const item of items) {
    const { byGroup, spread } = valueSpread(item.ratings);
    if (spread) contested.push({ itemId: item.itemId, groupsRated: byGroup.length, spread, explanation: explainSpread(spread) });
  }
  contested.sort(
    (a, b) =>
      b.spread.range - a.spread.range ||
      b.spread.standardDeviation - a.spread.standardDeviation ||
      (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0),
  );
  return contested.slice(0, n);
}
