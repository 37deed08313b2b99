import { describe, expect, it } from 'vitest';
import { forecastCompletion, forecastItemCount } from '../../forecast/monte-carlo';
import { exerciseById } from '../catalogue';
import type { ExerciseOf } from '../types';
import { coverageOf, narrowestRange, scoreForecast } from './forecast';

const histogram = [
  { from: 4, to: 4, count: 10 },
  { from: 5, to: 5, count: 50 },
  { from: 6, to: 6, count: 30 },
  { from: 7, to: 7, count: 10 },
];

describe('forecast ranges', () => {
  it('coverageOf counts the share of trials inside a range', () => {
    expect(coverageOf(histogram, 100, 5, 6)).toBe(0.8);
    expect(coverageOf(histogram, 100, 0, 100)).toBe(1);
    expect(coverageOf([{ from: 0, to: 9, count: 100 }], 100, 0, 4)).toBe(0.5);
  });

  it('narrowestRange finds the narrowest range holding the share, respecting a constraint', () => {
    expect(narrowestRange(histogram, 100, 0.85)).toEqual({ from: 4, to: 6 });
    expect(narrowestRange(histogram, 100, 0.85, (_from, to) => to >= 7)).toEqual({ from: 5, to: 7 });
  });
});

describe('scoreForecast (calibration against the Monte Carlo answer)', () => {
  const when = exerciseById('c2.4-forecast-001') as ExerciseOf<'RELEASE_FORECAST'>;
  const howMany = exerciseById('c2.5-forecast-003') as ExerciseOf<'RELEASE_FORECAST'>;

  it('keys are the 85 % answers of forecastCompletion and forecastItemCount', () => {
    const completion = forecastCompletion({ throughputHistory: when.material.throughputHistory, remainingItems: 30, seed: when.material.seed, trials: 10_000 });
    expect(when.answerKey.anchor).toBe(completion.percentiles.find((p) => p.confidence === 85)?.periods);
    const count = forecastItemCount({ throughputHistory: howMany.material.throughputHistory, periods: 6, seed: howMany.material.seed, trials: 10_000 });
    expect(howMany.answerKey.anchor).toBe(count.percentiles.find((p) => p.confidence === 85)?.items);
  });

  it('gives full credit for the reference range', () => {
    expect(scoreForecast(when, when.answerKey.narrowest)).toMatchObject({ score: 1, correct: true });
    expect(scoreForecast(howMany, howMany.answerKey.narrowest)).toMatchObject({ score: 1, correct: true });
  });

  it('gives partial credit for an over-promising range', () => {
    // 7 weeks alone holds too few futures and promises earlier than the 85 % answer (8 weeks).
    const result = scoreForecast(when, { from: 7, to: 7 });
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThan(1);
    expect(result.feedback.find((f) => f.elementId === 'commitment')).toMatchObject({ credit: 0.5 });
    expect(result.feedback.find((f) => f.elementId === 'width')).toMatchObject({ credit: 0, rationale: expect.stringContaining('only helps once') });
  });

  it('gives partial credit for a safe but needlessly wide range', () => {
    const result = scoreForecast(howMany, { from: 10, to: 40 });
    expect(result.feedback.map((f) => f.credit)).toEqual([0, 0, 0]);
    expect(result.score).toBe(0);
    const cautious = scoreForecast(howMany, { from: 19, to: 30 });
    expect(cautious.score).toBeGreaterThan(0.5);
    expect(cautious.score).toBeLessThan(1);
  });

  it('scores a range far from every simulated future 0', () => {
    expect(scoreForecast(when, { from: 30, to: 40 }).score).toBe(0);
  });
});
