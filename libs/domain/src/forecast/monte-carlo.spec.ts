import { describe, expect, it } from 'vitest';
import { ForecastError } from './errors';
import { forecastCompletion, forecastItemCount, type CompletionForecast } from './monte-carlo';

const periodsOf = (forecast: CompletionForecast): (number | null)[] => forecast.percentiles.map((p) => p.periods);

describe('forecastCompletion', () => {
  it('needs exactly 5 periods for 10 items at a constant 2 a period, at every confidence', () => {
    const forecast = forecastCompletion({ throughputHistory: [2, 2, 2], remainingItems: 10, seed: 1, startDate: '2024-01-01' });
    expect(forecast.percentiles).toEqual([
      // 5 weeks from Monday 2024-01-01: the last day of the 5th week is Sunday 2024-02-04.
      { confidence: 50, periods: 5, date: '2024-02-04' },
      { confidence: 85, periods: 5, date: '2024-02-04' },
      { confidence: 95, periods: 5, date: '2024-02-04' },
    ]);
    expect(forecast.histogram).toEqual([{ from: 5, to: 5, count: 10_000 }]);
    expect(forecast.beyondHorizon).toBe(0);
  });

  it('counts periods of a sprint length and needs 0 periods for nothing left', () => {
    const sprints = forecastCompletion({ throughputHistory: [4], remainingItems: 9, seed: 1, startDate: '2024-01-01', periodDays: 14, trials: 10 });
    expect(sprints.percentiles[0]).toEqual({ confidence: 50, periods: 3, date: '2024-02-11' });
    const none = forecastCompletion({ throughputHistory: [4], remainingItems: 0, seed: 1, startDate: '2024-01-01', trials: 10 });
    expect(none.percentiles.map((p) => [p.periods, p.date])).toEqual([[0, '2024-01-01'], [0, '2024-01-01'], [0, '2024-01-01']]);
    expect(forecastCompletion({ throughputHistory: [4], remainingItems: 4, seed: 1, trials: 10 }).percentiles[0].date).toBeNull();
  });

  // History [0, 5] with 10 items left: each period is a coin toss for 5 items, so we need the
  // second head. P(K = k) = (k − 1) / 2^k; P(K ≤ k): 2 → .25, 3 → .5, 4 → .6875, 5 → .8125,
  // 6 → .890625, 7 → .9375, 8 → .96484. So 85 % → 6 periods, 95 % → 8 periods; the median
  // sits exactly on P(K ≤ 3) = .5, so the simulation may land on 3 or 4.
  const coinToss = forecastCompletion({ throughputHistory: [0, 5], remainingItems: 10, seed: 2024 });

  it('matches the hand-computed percentiles of the [0, 5] history', () => {
    const [p50, p85, p95] = periodsOf(coinToss);
    expect([3, 4]).toContain(p50);
    expect(p85).toBe(6);
    expect(p95).toBe(8);
  });

  it('matches the hand-computed distribution of the [0, 5] history', () => {
    for (const bucket of coinToss.histogram) {
      const k = bucket.from;
      expect(bucket.to).toBe(k);
      expect(Math.abs(bucket.count / coinToss.trials - (k - 1) / 2 ** k)).toBeLessThan(0.015);
    }
    expect(coinToss.histogram[0]).toMatchObject({ from: 2 });
    expect(coinToss.histogram.reduce((sum, b) => sum + b.count, 0)).toBe(10_000);
  });

  it.each([
    [[3, 5, 1, 7, 4, 0, 6, 2], 60],
    [[0, 0, 1, 9], 25],
    [[12, 15, 9, 11], 140],
    [[1], 1],
  ])('orders the percentiles 50 ≤ 85 ≤ 95 for history %j', (history, remainingItems) => {
    for (const seed of [1, 2, 3]) {
      const [p50, p85, p95] = periodsOf(forecastCompletion({ throughputHistory: history, remainingItems, seed, trials: 2_000 })) as number[];
      expect(p50).toBeLessThanOrEqual(p85);
      expect(p85).toBeLessThanOrEqual(p95);
    }
  });

  it('replays the same forecast for the same seed and nearly the same for another seed', () => {
    const input = { throughputHistory: [3, 5, 1, 7, 4, 0, 6, 2], remainingItems: 60 };
    const a = forecastCompletion({ ...input, seed: 1 });
    expect(forecastCompletion({ ...input, seed: 1 })).toEqual(a);
    const b = forecastCompletion({ ...input, seed: 987_654 });
    expect(b.histogram).not.toEqual(a.histogram);
    periodsOf(a).forEach((periods, i) => expect(Math.abs((periods as number) - (periodsOf(b)[i] as number))).toBeLessThanOrEqual(1));
  });

  it('reports trials beyond the horizon instead of looping on', () => {
    // [0, 1] with 5 left and a 5-period horizon: only 1/32 of trials finish in time.
    const forecast = forecastCompletion({ throughputHistory: [0, 1], remainingItems: 5, seed: 3, maxPeriods: 5, startDate: '2024-01-01' });
    expect(forecast.percentiles.map((p) => [p.periods, p.date])).toEqual([[null, null], [null, null], [null, null]]);
    expect(forecast.beyondHorizon / forecast.trials).toBeCloseTo(31 / 32, 2);
    expect(forecast.histogram).toEqual([{ from: 5, to: 5, count: forecast.trials - forecast.beyondHorizon }]);
  });

  it.each([
    ['an empty history', { throughputHistory: [] }, 'EMPTY_HISTORY'],
    ['an all-zero history', { throughputHistory: [0, 0, 0] }, 'ALL_ZERO_HISTORY'],
    ['a fractional throughput', { throughputHistory: [1.5] }, 'INVALID_INPUT'],
    ['a negative throughput', { throughputHistory: [3, -1] }, 'INVALID_INPUT'],
    ['negative remaining items', { remainingItems: -1 }, 'INVALID_INPUT'],
    ['zero trials', { trials: 0 }, 'INVALID_INPUT'],
    ['a NaN seed', { seed: Number.NaN }, 'INVALID_INPUT'],
    ['a zero period length', { periodDays: 0 }, 'INVALID_INPUT'],
  ])('refuses %s with a typed error', (_name, override, code) => {
    const call = (): unknown => forecastCompletion({ throughputHistory: [2], remainingItems: 4, seed: 1, ...override });
    expect(call).toThrow(ForecastError);
    expect(call).toThrow(expect.objectContaining({ code }));
  });
});

describe('forecastItemCount', () => {
  it('forecasts exactly 12 items in 4 periods at a constant 3 a period', () => {
    const forecast = forecastItemCount({ throughputHistory: [3, 3], periods: 4, seed: 9 });
    expect(forecast.percentiles).toEqual([
      { confidence: 50, items: 12 },
      { confidence: 85, items: 12 },
      { confidence: 95, items: 12 },
    ]);
  });

  // History [0, 5] over 4 periods: 5 × Binomial(4, ½) items. P(at least 5) = 15/16 = .9375,
  // P(at least 10) = 11/16 = .6875, P(at least 15) = 5/16. "At least N with c % confidence" is
  // the largest N reached by ≥ c % of trials: 50 % → 10, 85 % → 5, and 95 % → 0, since
  // .9375 < .95 (one trial in sixteen delivers nothing at all).
  it('reads "at least N items" off the low end of the [0, 5] distribution', () => {
    const forecast = forecastItemCount({ throughputHistory: [0, 5], periods: 4, seed: 11 });
    expect(forecast.percentiles.map((p) => p.items)).toEqual([10, 5, 0]);
    expect(forecast.histogram.filter((b) => b.count > 0).map((b) => b.from)).toEqual([0, 5, 10, 15, 20]);
    expect(forecast.histogram.find((b) => b.from === 10)?.count ?? 0).toBeGreaterThan(3_500); // 6/16 = 3,750
  });

  it('orders the item percentiles 50 ≥ 85 ≥ 95 and is seed-stable', () => {
    const input = { throughputHistory: [3, 5, 1, 7, 4, 0, 6, 2], periods: 6, seed: 5 };
    const forecast = forecastItemCount(input);
    const [i50, i85, i95] = forecast.percentiles.map((p) => p.items);
    expect(i50).toBeGreaterThanOrEqual(i85);
    expect(i85).toBeGreaterThanOrEqual(i95);
    expect(forecastItemCount(input)).toEqual(forecast);
  });

  it.each([
    [{ throughputHistory: [], periods: 2 }, 'EMPTY_HISTORY'],
    [{ throughputHistory: [0], periods: 2 }, 'ALL_ZERO_HISTORY'],
    [{ throughputHistory: [2], periods: 0 }, 'INVALID_INPUT'],
  ])('refuses %j', (input, code) => {
    expect(() => forecastItemCount({ ...input, seed: 1 })).toThrow(expect.objectContaining({ name: 'ForecastError', code }));
  });
});
