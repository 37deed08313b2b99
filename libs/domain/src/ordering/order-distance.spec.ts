import { describe, expect, it } from 'vitest';
import { OrderingInputError } from './errors';
import { invertedPairs, kendallTauDistance } from './order-distance';

/** mulberry32: a tiny seeded PRNG so the random permutations replay exactly. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(ids: readonly string[], random: () => number): string[] {
  const out = [...ids];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** O(n²) reference: every pair x above y in `a` with y above x in `b`, by x in `a` order, then y in `b` order. */
function bruteForcePairs(a: readonly string[], b: readonly string[]): Array<[string, string]> {
  const inB = new Map(b.map((id, i) => [id, i]));
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < a.length; i++) {
    const later = a.slice(i + 1).filter((y) => inB.get(y)! < inB.get(a[i]!)!);
    later.sort((x, y) => inB.get(x)! - inB.get(y)!).forEach((y) => pairs.push([a[i]!, y]));
  }
  return pairs;
}

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `id${i}`);

describe('Kendall-τ distance', () => {
  it.each<[string, string[], string[], number, number]>([
    ['the same order', ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], 0, 0],
    ['one neighbour swap', ['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'], 1, 1 / 6],
    ['the last item moved to the top', ['a', 'b', 'c', 'd'], ['d', 'a', 'b', 'c'], 3, 0.5],
    ['the reverse order', ['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'], 6, 1],
    ['one item', ['a'], ['a'], 0, 0],
    ['no items', [], [], 0, 0],
  ])('%s', (_case, a, b, discordantPairs, normalised) => {
    const distance = kendallTauDistance(a, b);
    expect(distance.discordantPairs).toBe(discordantPairs);
    expect(distance.normalised).toBeCloseTo(normalised, 12);
    expect(distance.totalPairs).toBe((a.length * (a.length - 1)) / 2);
  });

  it.each([
    [0, 1, 5],
    [2, 2, 20],
    [7, 3, 50],
    [50, 4, 50],
    [300, 5, 5],
  ])('agrees with the O(n²) count on random permutations of %i ids (seed %i, %i rounds)', (n, seed, rounds) => {
    const random = mulberry32(seed);
    for (let round = 0; round < rounds; round++) {
      const a = shuffled(ids(n), random);
      const b = shuffled(a, random);
      const pairs = bruteForcePairs(a, b);
      expect(kendallTauDistance(a, b).discordantPairs).toBe(pairs.length);
      expect(invertedPairs(a, b, Number.MAX_SAFE_INTEGER)).toEqual(pairs);
      expect(invertedPairs(a, b, 10)).toEqual(pairs.slice(0, 10));
    }
  });

  it('handles 100,000 ids: the reverse order has every pair discordant, and the listing stops at its limit', () => {
    const a = ids(100_000);
    const b = [...a].reverse();
    expect(kendallTauDistance(a, b)).toEqual({ discordantPairs: 4_999_950_000, totalPairs: 4_999_950_000, normalised: 1 });
    const pairs = invertedPairs(a, b, 3);
    expect(pairs).toEqual([
      ['id0', 'id99999'],
      ['id0', 'id99998'],
      ['id0', 'id99997'],
    ]);
  }, 60_000); // 100,000 ids on a loaded machine: a generous timeout, no timing asserted.

  it('lists the discordant pairs of a small move, to explain it', () => {
    expect(invertedPairs(['a', 'b', 'c', 'd'], ['d', 'a', 'c', 'b'])).toEqual([
      ['a', 'd'],
      ['b', 'd'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
    expect(invertedPairs(['a', 'b'], ['b', 'a'], 0)).toEqual([]);
  });

  it.each<[string, string[], string[], string]>([
    ['different lengths', ['a', 'b'], ['a'], 'ORDER_MISMATCH'],
    ['different ids', ['a', 'b'], ['a', 'c'], 'ORDER_MISMATCH'],
    ['a duplicate in the first order', ['a', 'a'], ['a', 'b'], 'DUPLICATE_ID'],
    ['a duplicate in the second order', ['a', 'b'], ['b', 'b'], 'DUPLICATE_ID'],
  ])('refuses %s', (_case, a, b, code) => {
    expect(() => kendallTauDistance(a, b)).toThrow(OrderingInputError);
    expect(() => kendallTauDistance(a, b)).toThrow(expect.objectContaining({ code }));
    expect(() => invertedPairs(a, b)).toThrow(expect.objectContaining({ code }));
  });

  it('refuses a negative limit', () => {
    expect(() => invertedPairs(['a'], ['a'], -1)).toThrow(OrderingInputError);
  });
});
