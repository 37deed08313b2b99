import { ForecastError } from './errors';
import { epochDayToIso, isoToEpochDay } from './iso-date';

/**
 * Burn-up series and throughput counts from dated events.
 * Periods start at `from` and are `periodDays` long (a WEEK is 7 days from `from`, not an ISO
 * week); the last period is cut short at `to`. Dates may be YYYY-MM-DD or UTC timestamps.
 */

export const BURN_UP_EVENT_TYPES = ['DONE', 'SCOPE_ADDED', 'SCOPE_REMOVED'] as const;
export type BurnUpEventType = (typeof BURN_UP_EVENT_TYPES)[number];

export interface BurnUpEvent {
  date: string;
  type: BurnUpEventType;
  /** Size of the item (points, or 1 to count items); ≥ 0. */
  size: number;
}

export type BurnUpGranularity = 'DAY' | 'WEEK';

export interface BurnUpInput {
  events: readonly BurnUpEvent[];
  from: string;
  to: string;
  granularity?: BurnUpGranularity;
}

export interface BurnUpPoint {
  start: string;
  end: string;
  /** Cumulative size done at the end of the period (events before `from` included). */
  done: number;
  /** Total scope at the end of the period, done work included. */
  scope: number;
  doneInPeriod: number;
  added: number;
  removed: number;
  /** Whether scope was added or removed during the period: the marker on the chart. */
  scopeChanged: boolean;
}

export interface ThroughputPeriod {
  start: string;
  end: string;
  count: number;
  /** Shorter than periodDays because `to` cut it: leave it out of a Monte Carlo history. */
  partial: boolean;
}

function dayRange(from: string, to: string): { first: number; last: number } {
  const first = isoToEpochDay(from);
  const last = isoToEpochDay(to);
  if (last < first) throw new ForecastError('INVALID_INPUT', 'to', `to (${to}) is before from (${from})`);
  return { first, last };
}

function periodStarts(first: number, last: number, periodDays: number): number[] {
  const starts: number[] = [];
  for (let day = first; day <= last; day += periodDays) starts.push(day);
  return starts;
}

/** Done work against total scope per day or week, marking the periods whose scope changed. */
export function burnUp(input: BurnUpInput): BurnUpPoint[] {
  const { first, last } = dayRange(input.from, input.to);
  const periodDays = (input.granularity ?? 'DAY') === 'WEEK' ? 7 : 1;
  const starts = periodStarts(first, last, periodDays);
  const points: BurnUpPoint[] = starts.map((start) => ({
    start: epochDayToIso(start),
    end: epochDayToIso(Math.min(last, start + periodDays - 1)),
    done: 0,
    scope: 0,
    doneInPeriod: 0,
    added: 0,
    removed: 0,
    scopeChanged: false,
  }));

  let baseDone = 0;
  let baseScope = 0;
  input.events.forEach((event, i) => {
    if (typeof event.size !== 'number' || !Number.isFinite(event.size) || event.size < 0) {
      throw new ForecastError('INVALID_INPUT', `events[${i}].size`, `size must be a number ≥ 0, got ${String(event.size)}`);
    }
    if (!BURN_UP_EVENT_TYPES.includes(event.type)) {
      throw new ForecastError('INVALID_INPUT', `events[${i}].type`, `unknown event type ${String(event.type)}`);
    }
    const day = isoToEpochDay(event.date);
    if (day > last) return;
    if (day < first) {
      // Work before the window is where the chart starts from.
      if (event.type === 'DONE') baseDone += event.size;
      else baseScope += event.type === 'SCOPE_ADDED' ? event.size : -event.size;
      return;
    }
    const point = points[Math.floor((day - first) / periodDays)];
    if (event.type === 'DONE') point.doneInPeriod += event.size;
    else if (event.type === 'SCOPE_ADDED') point.added += event.size;
    else point.removed += event.size;
  });

  let done = baseDone;
  let scope = baseScope;
  for (const point of points) {
    done += point.doneInPeriod;
    scope += point.added - point.removed;
    point.done = done;
    point.scope = scope;
    point.scopeChanged = point.added > 0 || point.removed > 0;
  }
  return points;
}

/** Items done per period from `from` to `to` (both included), e.g. to feed forecastCompletion. */
export function throughputPerPeriod(
  doneDates: readonly string[],
  periodDays: number,
  from: string,
  to: string,
): ThroughputPeriod[] {
  if (!Number.isInteger(periodDays) || periodDays < 1) {
    throw new ForecastError('INVALID_INPUT', 'periodDays', `periodDays must be a whole number ≥ 1, got ${String(periodDays)}`);
  }
  const { first, last } = dayRange(from, to);
  const periods = periodStarts(first, last, periodDays).map((start) => {
    const end = Math.min(last, start + periodDays - 1);
    return { start: epochDayToIso(start), end: epochDayToIso(end), count: 0, partial: end - start + 1 < periodDays };
  });
  for (const date of doneDates) {
    const day = isoToEpochDay(date);
    if (day >= first && day <= last) periods[Math.floor((day - first) / periodDays)].count++;
  }
  return periods;
}
