import { compareRanks, RankKey, rankBetween, ranksBetween } from '../rank';
import { OrderingInputError, RankOrderError } from './errors';

/** Keys longer than this get re-spread; far below the column's MAX_RANK_LENGTH (128). */
export const DEFAULT_MAX_KEY_LENGTH = 24;

function checkOrdered(before: RankKey | null, after: RankKey | null): void {
  if (before !== null && after !== null && compareRanks(before, after) >= 0) throw new RankOrderError(before, after);
}

function wrapInvalid<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OrderingInputError('INVALID_RANK', 'rank', reason, `Not a valid rank key: ${reason}`);
  }
}

/** A key strictly between the neighbours a moved or new item lands between (null for an open end). */
export function keyForMove(before: RankKey | null, after: RankKey | null): RankKey {
  checkOrdered(before, after);
  return wrapInvalid(() => rankBetween(before, after));
}

export function needsRebalance(key: RankKey, maxLength = DEFAULT_MAX_KEY_LENGTH): boolean {
  return key.length > maxLength;
}

export interface RankedId {
  readonly id: string;
  readonly rank: RankKey;
}

/**
 * Fresh, evenly spread keys strictly between the bounds (null for an open end), for a window of
 * `count` rows or for the given ids in their order.
 */
export function rebalance(count: number, lowerBound?: RankKey | null, upperBound?: RankKey | null): RankKey[];
export function rebalance(ids: readonly string[], lowerBound?: RankKey | null, upperBound?: RankKey | null): RankedId[];
export function rebalance(
  countOrIds: number | readonly string[],
  lowerBound: RankKey | null = null,
  upperBound: RankKey | null = null,
): RankKey[] | RankedId[] {
  const count = typeof countOrIds === 'number' ? countOrIds : countOrIds.length;
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new OrderingInputError('INVALID_ARGUMENT', 'count', count, 'rebalance needs a whole number of rows, zero or more');
  }
  checkOrdered(lowerBound, upperBound);
  const keys = wrapInvalid(() => ranksBetween(lowerBound, upperBound, count));
  return typeof countOrIds === 'number' ? keys : countOrIds.map((id, i) => ({ id, rank: keys[i] as RankKey }));
}

export interface RespreadOptions {
  readonly maxLength?: number;
  /**
   * New keys must be at most this long (default: two thirds of maxLength). The headroom below
   * maxLength is what lets the next inserts into the region land without another re-spread.
   */
  readonly targetLength?: number;
  /**
   * The keys are a slice of a longer list (what a server reads around the spot): where the list
   * goes on past the slice's first (`start`) or last (`end`) key, that key is a neighbour outside
   * the window and stays put. Without it, the keys are the whole list.
   */
  readonly slice?: { readonly start: boolean; readonly end: boolean };
}

/** Give rows from..to−1 (positions in the ordered list) the keys `keys`; the bounds are the untouched neighbours. */
export interface RespreadPlan {
  readonly from: number;
  readonly to: number;
  readonly keys: readonly RankKey[];
  readonly lowerBound: RankKey | null;
  readonly upperBound: RankKey | null;
  /**
   * Every new key is within targetLength. Always true for a whole list; false when a slice was
   * too short to find such a window (its keys are still valid and ordered: a wider slice fits).
   */
  readonly fits: boolean;
}

/**
 * The smallest window around `index` whose re-spread keys all fit `targetLength`: the window doubles
 * (1, 2, 4, … rows either side) until its outside neighbours are far enough apart. A crowded spot
 * thus rewrites a few rows, not the whole backlog; the whole list (open bounds) always fits.
 * `keys` is the ordered list (or a slice of it, see `slice`), the row at `index` being the one
 * whose key came out too long.
 */
export function planRespread(keys: readonly RankKey[], index: number, options: RespreadOptions = {}): RespreadPlan {
  const n = keys.length;
  const first = options.slice?.start ? 1 : 0;
  const end = options.slice?.end ? n - 1 : n;
  if (!Number.isSafeInteger(index) || index < first || index >= end) {
    const where = first === 0 && end === n ? `the list of ${n} keys` : `the slice's rows ${first}..${end - 1} (its outer keys stay put)`;
    throw new OrderingInputError('INVALID_ARGUMENT', 'index', index, `index must be a position in ${where}`);
  }
  const maxLength = options.maxLength ?? DEFAULT_MAX_KEY_LENGTH;
  const targetLength = options.targetLength ?? Math.max(2, Math.floor((maxLength * 2) / 3));
  for (let radius = 1; ; radius *= 2) {
    const from = Math.max(first, index - radius);
    const to = Math.min(end, index + radius + 1);
    const lowerBound = from > 0 ? (keys[from - 1] as RankKey) : null;
    const upperBound = to < n ? (keys[to] as RankKey) : null;
    const fresh = rebalance(to - from, lowerBound, upperBound);
    const fits = fresh.every((k) => k.length <= targetLength);
    if (fits || (from === first && to === end)) {
      return { from, to, keys: fresh, lowerBound, upperBound, fits: fits || (first === 0 && end === n) };
    }
  }
}
