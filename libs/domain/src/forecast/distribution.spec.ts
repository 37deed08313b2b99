import { describe, expect, it } from 'vitest';
import { buildHistogram, quantileAtLeast, quantileAtMost } from './distribution';
import { mulberry32, randomIndex } from './prng';

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('quantiles', () => {
  it.each([
    // at most: smallest v with ≥ c % of samples ≤ v
    [50, 5, 6],
    [85, 9, 2],
    [95, 10, 1],
    [100, 10, 1],
  ])('at %d %%: at most %d, at least %d', (confidence, atMost, atLeast) => {
    expect(quantileAtMost(oneToTen, confidence)).toBe(atMost);
    // at least: largest v with ≥ c % of samples ≥ v (6..10 are 50 %, 2..10 are 90 %)
    expect(quantileAtLeast(oneToTen, confidence)).toBe(atLeast);
  });

  it('reads a single sample at every confidence', () => {
    expect(quantileAtMost([7], 50)).toBe(7);
    expect(quantileAtLeast([7], 95)).toBe(7);
  });
});

describe('buildHistogram', () => {
  it.each([
    ['one bucket per value, gaps included', [1, 1, 2, 4], 30, [{ from: 1, to: 1, count: 2 }, { from: 2, to: 2, count: 1 }, { from: 3, to: 3, count: 0 }, { from: 4, to: 4, count: 1 }]],
    ['wider buckets when the range is large', oneToTen, 2, [{ from: 1, to: 5, count: 5 }, { from: 6, to: 10, count: 5 }]],
    ['a last bucket cut at the maximum', oneToTen, 3, [{ from: 1, to: 4, count: 4 }, { from: 5, to: 8, count: 4 }, { from: 9, to: 10, count: 2 }]],
    ['nothing for no samples', [], 30, []],
  ])('%s', (_name, samples, maxBuckets, expected) => {
    expect(buildHistogram(samples, maxBuckets)).toEqual(expected);
  });
});

describe('mulberry32', () => {
  it('replays the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number): number[] => {
      const random = mulberry32(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws uniform numbers in [0, 1) and fair indexes', () => {
    const random = mulberry32(7);
    const counts = [0, 0, 0, 0];
    let [sum, min, max] = [0, 1, 0];
    for (let i = 0; i < 40_000; i++) {
      const x = random();
      [sum, min, max] = [sum + x, Math.min(min, x), Math.max(max, x)];
      counts[randomIndex(random, 4)]++;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / 40_000).toBeCloseTo(0.5, 2);
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });
});
