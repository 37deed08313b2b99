/**
 * Calendar arithmetic on ISO dates as epoch days (days since 1970-01-01, UTC), with
 * Howard Hinnant's civil-date algorithms: no Date object, no time zone, no clock.
 */

export class IsoDateError extends Error {
  readonly code = 'INVALID_ISO_DATE' as const;
  readonly value: unknown;

  constructor(value: unknown) {
    super(`expected an ISO date YYYY-MM-DD (or a UTC timestamp ending in Z), got ${JSON.stringify(value)}`);
    this.name = 'IsoDateError';
    this.value = value;
  }
}

// A date, or a UTC timestamp (as from toISOString()) whose time of day is dropped.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?Z)?$/;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Epoch day of an ISO date; throws IsoDateError for anything else (including 2023-02-29). */
export function isoToEpochDay(value: string): number {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) throw new IsoDateError(value);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const monthDays = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (month < 1 || month > 12 || monthDays === undefined || day < 1 || day > monthDays) throw new IsoDateError(value);
  return daysFromCivil(year, month, day);
}

/** The ISO date (YYYY-MM-DD) of an epoch day. */
export function epochDayToIso(epochDay: number): string {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A plain YYYY-MM-DD calendar date (no timestamp). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10) return false;
  try {
    isoToEpochDay(value);
    return true;
  } catch {
    return false;
  }
}

/** `date` moved by `days` (negative goes back). */
export function isoAddDays(date: string, days: number): string {
  return epochDayToIso(isoToEpochDay(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function isoDaysBetween(from: string, to: string): number {
  return isoToEpochDay(to) - isoToEpochDay(from);
}
