/**
 * Reading confidence levels off simulated outcomes.
 *
 * Two questions, two conventions (both "nearest rank", no interpolation, so answers are
 * whole periods or whole items that really occurred in the simulation):
 * - "When?" More periods is worse, so "done within N periods with 85 % confidence" is the
 *   smallest N such that at least 85 % of trials finished in N periods or fewer:
 *   the 85th percentile of periods.
 * - "How much?" Fewer items is worse, so "at least N items with 85 % confidence" is the
 *   largest N such that at least 85 % of trials delivered N items or more:
 *   the 15th percentile of items.
 */
export const CONFIDENCE_LEVELS = [50, 85, 95] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

// confidence * n is an exact integer, so the division and ceil land on the right rank.
const rankCovering = (confidence: number, n: number): number => Math.max(1, Math.ceil((confidence * n) / 100));

/** Smallest sample v with at least `confidence` % of samples ≤ v. `sortedAscending` must be sorted and non-empty. */
export function quantileAtMost(sortedAscending: ArrayLike<number>, confidence: number): number {
  return sortedAscending[rankCovering(confidence, sortedAscending.length) - 1];
}

/** Largest sample v with at least `confidence` % of samples ≥ v. `sortedAscending` must be sorted and non-empty. */
export function quantileAtLeast(sortedAscending: ArrayLike<number>, confidence: number): number {
  return sortedAscending[sortedAscending.length - rankCovering(confidence, sortedAscending.length)];
}

/** A bar of a histogram: how many samples fell in the whole numbers from..to (both included). */
export interface HistogramBucket {
  from: number;
  to: number;
  count: number;
}

/**
 * Counts of whole-number samples in contiguous buckets of equal width (1 when the range is
 * small), from the smallest to the largest sample, empty buckets included so a chart has no gaps.
 */
export function buildHistogram(sortedAscending: ArrayLike<number>, maxBuckets = 30): HistogramBucket[] {
  const n = sortedAscending.length;
  if (n === 0) return [];
  const min = sortedAscending[0];
  const max = sortedAscending[n - 1];
  const width = Math.max(1, Math.ceil((max - min + 1) / Math.max(1, Math.floor(maxBuckets))));
  const buckets: HistogramBucket[] = [];
  for (let from = min; from <= max; from += width) buckets.push({ from, to: Math.min(max, from + width - 1), count: 0 });
  for (let i = 0; i < n; i++) buckets[Math.floor((sortedAscending[i] - min) / width)].count++;
  return buckets;
}
