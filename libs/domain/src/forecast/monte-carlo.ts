import {
  buildHistogram,
  CONFIDENCE_LEVELS,
  type ConfidenceLevel,
  type HistogramBucket,
  quantileAtLeast,
  quantileAtMost,
} from './distribution';
import { ForecastError } from './errors';
import { isoAddDays, isoToEpochDay } from './iso-date';
import { mulberry32, randomIndex } from './prng';

/**
 * Monte Carlo forecasts over past throughput: each trial replays the future by drawing, for
 * every period, one past period's throughput at random (with replacement). The draws are
 * seeded, so a forecast is reproducible and testable.
 */
export const MONTE_CARLO_DEFAULTS = { trials: 10_000, periodDays: 7, maxPeriods: 1_000, maxTrials: 1_000_000 } as const;

export interface CompletionForecastInput {
  /** Items done in each past period (week or sprint): whole numbers ≥ 0, not all zero. */
  throughputHistory: readonly number[];
  remainingItems: number;
  trials?: number;
  /** Integer seed of the generator; the same seed and input give the same forecast. */
  seed: number;
  /** First day of the first forecast period; when given, each answer also gets a date. */
  startDate?: string;
  periodDays?: number;
  /** Trials still unfinished after this many periods are "beyond the horizon" (guards against runaway loops). */
  maxPeriods?: number;
}

export interface PeriodsAtConfidence {
  confidence: ConfidenceLevel;
  /** Done within this many periods with this confidence; null when beyond `maxPeriods`. */
  periods: number | null;
  /** Last day of that period (startDate + periods × periodDays − 1); startDate for 0 periods; null without startDate. */
  date: string | null;
}

export interface CompletionForecast {
  remainingItems: number;
  trials: number;
  periodDays: number;
  percentiles: PeriodsAtConfidence[];
  /** Trials by the number of periods they needed (beyond-horizon trials left out). */
  histogram: HistogramBucket[];
  /** Trials that had not finished after `maxPeriods`. */
  beyondHorizon: number;
}

export interface ItemCountForecastInput {
  throughputHistory: readonly number[];
  /** How many future periods to forecast. */
  periods: number;
  trials?: number;
  seed: number;
}

export interface ItemsAtConfidence {
  confidence: ConfidenceLevel;
  /** At least this many items with this confidence (the (100 − confidence)th percentile of simulated totals). */
  items: number;
}

export interface ItemCountForecast {
  periods: number;
  trials: number;
  percentiles: ItemsAtConfidence[];
  /** Trials by the total items they delivered. */
  histogram: HistogramBucket[];
}

const isWhole = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min;

function requireWhole(field: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!isWhole(value, min) || value > max) {
    throw new ForecastError('INVALID_INPUT', field, `${field} must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

function requireHistory(history: readonly number[]): readonly number[] {
  if (!Array.isArray(history) || history.length === 0) {
    throw new ForecastError('EMPTY_HISTORY', 'throughputHistory', 'cannot forecast without a throughput history');
  }
  history.forEach((value, i) => requireWhole(`throughputHistory[${i}]`, value, 0));
  if (history.every((value) => value === 0)) {
    throw new ForecastError('ALL_ZERO_HISTORY', 'throughputHistory', 'cannot forecast: nothing was ever done in the history');
  }
  return history;
}

function requireSeed(seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new ForecastError('INVALID_INPUT', 'seed', `seed must be an integer, got ${String(seed)}`);
  }
  return seed;
}

/** How many periods until `remainingItems` are done, at 50 / 85 / 95 % confidence. */
export function forecastCompletion(input: CompletionForecastInput): CompletionForecast {
  const history = requireHistory(input.throughputHistory);
  const remaining = requireWhole('remainingItems', input.remainingItems, 0);
  const trials = requireWhole('trials', input.trials ?? MONTE_CARLO_DEFAULTS.trials, 1, MONTE_CARLO_DEFAULTS.maxTrials);
  const periodDays = requireWhole('periodDays', input.periodDays ?? MONTE_CARLO_DEFAULTS.periodDays, 1);
  const maxPeriods = requireWhole('maxPeriods', input.maxPeriods ?? MONTE_CARLO_DEFAULTS.maxPeriods, 1);
  const random = mulberry32(requireSeed(input.seed));
  if (input.startDate !== undefined) isoToEpochDay(input.startDate);

  // A trial beyond the horizon is recorded as maxPeriods + 1, so it sorts after every finished one.
  const periodsNeeded = new Int32Array(trials);
  for (let t = 0; t < trials; t++) {
    let done = 0;
    let periods = 0;
    while (done < remaining && periods <= maxPeriods) {
      done += history[randomIndex(random, history.length)];
      periods++;
    }
    periodsNeeded[t] = periods;
  }
  periodsNeeded.sort();

  const beyond = maxPeriods + 1;
  let finished = trials;
  while (finished > 0 && periodsNeeded[finished - 1] === beyond) finished--;

  const percentiles = CONFIDENCE_LEVELS.map((confidence): PeriodsAtConfidence => {
    const value = quantileAtMost(periodsNeeded, confidence);
    const periods = value === beyond ? null : value;
    const date =
      input.startDate === undefined || periods === null
        ? null
        : isoAddDays(input.startDate, periods === 0 ? 0 : periods * periodDays - 1);
    return { confidence, periods, date };
  });

  return {
    remainingItems: remaining,
    trials,
    periodDays,
    percentiles,
    histogram: buildHistogram(periodsNeeded.subarray(0, finished)),
    beyondHorizon: trials - finished,
  };
}

/** How many items will be done in `periods` periods, at 50 / 85 / 95 % confidence. */
export function forecastItemCount(input: ItemCountForecastInput): ItemCountForecast {
  const history = requireHistory(input.throughputHistory);
  const periods = requireWhole('periods', input.periods, 1, MONTE_CARLO_DEFAULTS.maxPeriods);
  const trials = requireWhole('trials', input.trials ?? MONTE_CARLO_DEFAULTS.trials, 1, MONTE_CARLO_DEFAULTS.maxTrials);
  const random = mulberry32(requireSeed(input.seed));

  const totals = new Float64Array(trials);
  for (let t = 0; t < trials; t++) {
    let total = 0;
    for (let p = 0; p < periods; p++) total += history[randomIndex(random, history.length)];
    totals[t] = total;
  }
  totals.sort();

  return {
    periods,
    trials,
    percentiles: CONFIDENCE_LEVELS.map((confidence) => ({ confidence, items: quantileAtLeast(totals, confidence) })),
    histogram: buildHistogram(totals),
  };
}
