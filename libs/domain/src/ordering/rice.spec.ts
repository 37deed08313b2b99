import { describe, expect, it } from 'vitest';
import { rice, RiceInput } from './rice';

// Formula and scales from Sean McBride, "RICE: Simple prioritization for product managers", Intercom
// (2016): reach per period × impact (3 / 2 / 1 / 0.5 / 0.25) × confidence (100 / 80 / 50 %) / person-months.
describe('RICE (Intercom)', () => {
  it.each<[RiceInput, number, string]>([
    [{ reach: 2_000, impact: 2, confidencePercent: 80, effort: 4 }, 800, 'RICE 800 = 2,000 × 2 × 80% / 4'],
    [{ reach: 450, impact: 3, confidencePercent: 100, effort: 2 }, 675, 'RICE 675 = 450 × 3 × 100% / 2'],
    [{ reach: 2_000, impact: 1, confidencePercent: 80, effort: 4 }, 400, 'RICE 400 = 2,000 × 1 × 80% / 4'],
    [{ reach: 300, impact: 0.25, confidencePercent: 50, effort: 0.5 }, 75, 'RICE 75 = 300 × 0.25 × 50% / 0.5'],
    [{ reach: 0, impact: 2, confidencePercent: 80, effort: 1 }, 0, 'RICE 0 = 0 × 2 × 80% / 1'],
  ])('%j', (input, score, explanation) => {
    expect(rice(input)).toEqual({ score, explanation });
  });

  it('reads confidence as a percentage: 0.8 is 0.8 %, not 80 %', () => {
    expect(rice({ reach: 1_000, impact: 1, confidencePercent: 0.8, effort: 1 }).score).toBeCloseTo(8, 10);
  });

  it.each<[RiceInput, string, string]>([
    [{ reach: 1, impact: 1, effort: 1 }, 'MISSING', 'RICE needs confidence'],
    [{ reach: 1, impact: 1, confidencePercent: 120, effort: 1 }, 'INVALID', 'RICE refuses confidence 120: it is a percentage from 0 to 100'],
    [{ reach: 1, impact: 1, confidencePercent: 50, effort: 0 }, 'INVALID', 'RICE refuses effort 0: it must be a number above zero'],
    [{ reach: -5, impact: 1, confidencePercent: 50, effort: 1 }, 'INVALID', 'RICE refuses reach -5: it must be a number zero or more'],
  ])('gives no score for %j', (input, reason, explanation) => {
    expect(rice(input)).toMatchObject({ score: null, reason, explanation });
  });
});
