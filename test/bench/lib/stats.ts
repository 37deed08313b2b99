/** Small statistics helpers; the harness reports medians, never absolute-time assertions. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function round(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A small seeded PRNG (mulberry32): the same seed gives the same moves, anchors and dependencies. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct integers from [from, to), in random order. */
export function sampleIndices(random: () => number, from: number, to: number, count: number): number[] {
  if (count > to - from) throw new Error(`cannot pick ${count} distinct indices from [${from}, ${to})`);
  const picked = new Set<number>();
  while (picked.size < count) picked.add(from + Math.floor(random() * (to - from)));
  return [...picked];
}
