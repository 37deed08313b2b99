import { describe, expect, it } from 'vitest';
import { PracticeInputError } from '../errors';
import { adjustedRandIndex } from './ari';

describe('adjustedRandIndex', () => {
  it('matches the hand-computed worked example: 7/22', () => {
    // Key A A A B B C, answer x x y y y z. Contingency table (rows A, B, C; columns x, y, z):
    //   A: 2 1 0 | 3    Σ C(nij, 2) = C(2,2) + C(2,2) = 2
    //   B: 0 2 0 | 2    Σ C(ai, 2)  = C(3,2) + C(2,2) = 4
    //   C: 0 0 1 | 1    Σ C(bj, 2)  = C(2,2) + C(3,2) = 4
    //      2 3 1 | 6    C(6, 2) = 15, expected index = 4 · 4 / 15 = 16/15, maximum = (4 + 4) / 2 = 4
    // ARI = (2 − 16/15) / (4 − 16/15) = (14/15) / (44/15) = 7/22
    const ari = adjustedRandIndex(['A', 'A', 'A', 'B', 'B', 'C'], ['x', 'x', 'y', 'y', 'y', 'z']);
    expect(ari).toBeCloseTo(7 / 22, 12);
  });

  it('is 1 for the same grouping under other names, and symmetric', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'c', 'c'], ['z', 'z', 'x', 'y', 'y'])).toBe(1);
    const a = ['a', 'b', 'a', 'c', 'b', 'c', 'a'];
    const b = ['1', '1', '2', '2', '3', '3', '1'];
    expect(adjustedRandIndex(a, b)).toBeCloseTo(adjustedRandIndex(b, a), 12);
  });

  it('is negative for a grouping worse than chance: (0 − 2/3) / (2 − 2/3) = −0.5', () => {
    expect(adjustedRandIndex(['A', 'A', 'B', 'B'], ['x', 'y', 'x', 'y'])).toBeCloseTo(-0.5, 12);
  });

  it('is 0 for all singletons against any grouping with pairs', () => {
    expect(adjustedRandIndex(['A', 'A', 'B', 'B'], ['1', '2', '3', '4'])).toBe(0);
  });

  it('is 1 for degenerate identical groupings (denominator 0)', () => {
    expect(adjustedRandIndex(['A', 'A', 'A'], ['x', 'x', 'x'])).toBe(1);
    expect(adjustedRandIndex(['A', 'B', 'C'], ['x', 'y', 'z'])).toBe(1);
    expect(adjustedRandIndex([], [])).toBe(1);
    expect(adjustedRandIndex(['A'], ['x'])).toBe(1);
  });

  it('does not confuse labels that concatenate alike', () => {
    expect(adjustedRandIndex(['ab', 'a', 'ab', 'a'], ['c', 'bc', 'c', 'bc'])).toBe(1);
  });

  it('refuses groupings of different lengths', () => {
    expect(() => adjustedRandIndex(['a'], ['a', 'b'])).toThrow(PracticeInputError);
  });
});
