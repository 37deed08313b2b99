import { OrderingInputError } from './errors';

export interface KendallTauDistance {
  /** Pairs the two orders rank in opposite ways. */
  readonly discordantPairs: number;
  /** n(n − 1) / 2. */
  readonly totalPairs: number;
  /** discordantPairs / totalPairs: 0 for the same order, 1 for the reverse (0 when there are no pairs). */
  readonly normalised: number;
}

/** For each position in `a`, where that id sits in `b`; refuses orders that are not of the same ids. */
function positionsInB(a: readonly string[], b: readonly string[]): Int32Array {
  const inB = new Map<string, number>();
  b.forEach((id, i) => {
    if (inB.has(id)) throw new OrderingInputError('DUPLICATE_ID', 'b', id, `${id} appears twice in the second order`);
    inB.set(id, i);
  });
  if (a.length !== b.length) {
    throw new OrderingInputError('ORDER_MISMATCH', 'a', a.length, `The orders have ${a.length} and ${b.length} ids`);
  }
  const seen = new Set<string>();
  return Int32Array.from(a, (id) => {
    const at = inB.get(id);
    if (seen.has(id)) throw new OrderingInputError('DUPLICATE_ID', 'a', id, `${id} appears twice in the first order`);
    if (at === undefined) throw new OrderingInputError('ORDER_MISMATCH', 'a', id, `${id} is not in the second order`);
    seen.add(id);
    return at;
  });
}

/** Pairs i < j with values[i] > values[j], by bottom-up merge sort: O(n log n). */
function countInversions(values: Int32Array): number {
  let source = Int32Array.from(values);
  let target = new Int32Array(values.length);
  let inversions = 0;
  for (let width = 1; width < source.length; width *= 2) {
    for (let lo = 0; lo < source.length; lo += 2 * width) {
      const mid = Math.min(lo + width, source.length);
      const hi = Math.min(lo + 2 * width, source.length);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (source[j]! < source[i]!) {
          inversions += mid - i; // source[j] jumps every remaining left value
          target[k++] = source[j++]!;
        } else {
          target[k++] = source[i++]!;
        }
      }
      while (i < mid) target[k++] = source[i++]!;
      while (j < hi) target[k++] = source[j++]!;
    }
    [source, target] = [target, source];
  }
  return inversions;
}

/** Kendall-τ distance between two orders of the same ids. */
export function kendallTauDistance(a: readonly string[], b: readonly string[]): KendallTauDistance {
  return kendallTauOfPositions(positionsInB(a, b));
}

/**
 * Kendall-τ distance from `inB`, a permutation of 0…n−1: for each position in the first order,
 * where that item sits in the second (for callers that know the permutation, e.g. as indices).
 */
export function kendallTauOfPositions(inB: Int32Array): KendallTauDistance {
  const discordantPairs = countInversions(inB);
  const totalPairs = (inB.length * (inB.length - 1)) / 2;
  return { discordantPairs, totalPairs, normalised: totalPairs === 0 ? 0 : discordantPairs / totalPairs };
}

/** A Fenwick tree over positions 0..n−1 marking which are still present. */
class PresentPositions {
  private readonly tree: Int32Array;
  private readonly top: number;

  constructor(private readonly n: number) {
    this.tree = new Int32Array(n + 1);
    for (let i = 1; i <= n; i++) {
      this.tree[i]! += 1;
      const parent = i + (i & -i);
      if (parent <= n) this.tree[parent]! += this.tree[i]!;
    }
    this.top = n === 0 ? 0 : 2 ** Math.floor(Math.log2(n));
  }

  remove(position: number): void {
    for (let i = position + 1; i <= this.n; i += i & -i) this.tree[i]! -= 1;
  }

  countBelow(position: number): number {
    let sum = 0;
    for (let i = position; i > 0; i -= i & -i) sum += this.tree[i]!;
    return sum;
  }

  /** The k-th (1-based) present position. */
  kth(k: number): number {
    let at = 0;
    for (let step = this.top; step > 0; step >>= 1) {
      if (at + step <= this.n && this.tree[at + step]! < k) {
        at += step;
        k -= this.tree[at]!;
      }
    }
    return at;
  }
}

/**
 * The discordant pairs as [x, y]: `a` puts x above y, `b` puts y above x. Listed by x in the order
 * of `a`, then by y in the order of `b`; at most `limit` of them, in O((n + limit) log n).
 */
export function invertedPairs(a: readonly string[], b: readonly string[], limit = 100): Array<readonly [string, string]> {
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new OrderingInputError('INVALID_ARGUMENT', 'limit', limit, 'limit must be a whole number, zero or more');
  }
  const inB = positionsInB(a, b);
  return invertedPairsOfPositions(a, (position) => b[position]!, inB, limit);
}

/**
 * invertedPairs given `inB` (as for kendallTauOfPositions: a permutation of 0…n−1) and the id at
 * a position of the second order, for callers that do not hold it as an array.
 */
export function invertedPairsOfPositions(a: readonly string[], idInB: (position: number) => string, inB: Int32Array, limit = 100): Array<readonly [string, string]> {
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new OrderingInputError('INVALID_ARGUMENT', 'limit', limit, 'limit must be a whole number, zero or more');
  }
  const present = new PresentPositions(a.length);
  const pairs: Array<readonly [string, string]> = [];
  for (let i = 0; i < a.length && pairs.length < limit; i++) {
    const at = inB[i]!;
    present.remove(at);
    // Ids still present come after a[i] in `a`; those at a smaller position in `b` overtook it.
    const overtaken = present.countBelow(at);
    for (let k = 1; k <= overtaken && pairs.length < limit; k++) pairs.push([a[i]!, idInB(present.kth(k))]);
  }
  return pairs;
}
