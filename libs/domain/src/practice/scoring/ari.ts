import { PracticeInputError } from '../errors';

const pairs = (n: number): number => (n * (n - 1)) / 2;

function counts<K>(keys: Iterable<K>): Map<K, number> {
  const result = new Map<K, number>();
  for (const key of keys) result.set(key, (result.get(key) ?? 0) + 1);
  return result;
}

const sumOfPairs = (map: Map<unknown, number>): number => [...map.values()].reduce((sum, n) => sum + pairs(n), 0);

/**
 * Adjusted Rand index of two groupings of the same elements (Hubert & Arabie 1985, "Comparing
 * partitions", Journal of Classification 2): 1 when they group alike, about 0 for a grouping no
 * better than chance, negative when worse. Labels are compared only within a grouping, so
 * ['x','x','y'] and ['b','b','a'] are the same grouping.
 *
 *   ARI = (Σij C(nij,2) − E) / (½(Σi C(ai,2) + Σj C(bj,2)) − E),  E = Σi C(ai,2) · Σj C(bj,2) / C(n,2)
 *
 * When the denominator is 0 (both groupings all in one group, or both all singletons, so they are
 * identical) the index is 1.
 */
export function adjustedRandIndex(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) throw new PracticeInputError('LENGTH_MISMATCH', `The groupings label ${a.length} and ${b.length} elements`);
  const n = a.length;
  const joint = sumOfPairs(counts(a.map((label, i) => `${label.length}:${label}\u0000${b[i] as string}`)));
  const rows = sumOfPairs(counts(a));
  const columns = sumOfPairs(counts(b));
  const total = pairs(n);
  const expected = total === 0 ? 0 : (rows * columns) / total;
  const maximum = (rows + columns) / 2;
  if (maximum - expected === 0) return 1;
  return (joint - expected) / (maximum - expected);
}
