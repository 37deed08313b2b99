import { describe, expect, it } from 'vitest';
import { VALUE_EFFORT_DEFAULT_THRESHOLD, valueEffortQuadrant, ValueEffortThresholds } from './value-effort';

describe('value/effort quadrants', () => {
  it('splits the relative scale 1–20 at its midpoint by default', () => {
    expect(VALUE_EFFORT_DEFAULT_THRESHOLD).toBe(10.5);
  });

  it.each<[number, number, ValueEffortThresholds, string, number, string]>([
    [13, 3, {}, 'QUICK_WIN', 4, 'Value/effort 4 = quick win: value 13 ≥ 10.5 (high), effort 3 < 10.5 (low)'],
    [20, 13, {}, 'BIG_BET', 3, 'Value/effort 3 = big bet: value 20 ≥ 10.5 (high), effort 13 ≥ 10.5 (high)'],
    [2, 1, {}, 'FILL_IN', 2, 'Value/effort 2 = fill-in: value 2 < 10.5 (low), effort 1 < 10.5 (low)'],
    [3, 20, {}, 'MONEY_PIT', 1, 'Value/effort 1 = money pit: value 3 < 10.5 (low), effort 20 ≥ 10.5 (high)'],
    [5, 5, { valueThreshold: 5, effortThreshold: 8 }, 'QUICK_WIN', 4, 'Value/effort 4 = quick win: value 5 ≥ 5 (high), effort 5 < 8 (low)'],
    [4, 8, { valueThreshold: 5, effortThreshold: 8 }, 'MONEY_PIT', 1, 'Value/effort 1 = money pit: value 4 < 5 (low), effort 8 ≥ 8 (high)'],
  ])('value %d, effort %d, thresholds %j → %s', (value, effort, thresholds, quadrant, score, explanation) => {
    expect(valueEffortQuadrant({ value, effort }, thresholds)).toEqual({ quadrant, score, explanation });
  });

  it.each([
    [{ value: 8 }, 'MISSING', 'Value/effort needs effort'],
    [{ value: -1, effort: 2 }, 'INVALID', 'Value/effort refuses value -1: it must be a number zero or more'],
  ])('gives no quadrant for %j', (input, reason, explanation) => {
    expect(valueEffortQuadrant(input)).toMatchObject({ score: null, reason, explanation });
  });
});
