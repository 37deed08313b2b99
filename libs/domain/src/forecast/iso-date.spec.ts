import { describe, expect, it } from 'vitest';
import { epochDayToIso, isIsoDate, isoAddDays, isoDaysBetween, IsoDateError, isoToEpochDay } from './iso-date';

describe('ISO date arithmetic', () => {
  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-02-29', 11016],
    ['2000-03-01', 11017],
    ['2024-03-31', 19813],
    ['1600-03-01', -135080],
  ])('%s is epoch day %d', (date, day) => {
    expect(isoToEpochDay(date)).toBe(day);
    expect(epochDayToIso(day)).toBe(date);
  });

  it('agrees with Date.UTC every 97 days over four centuries', () => {
    for (let day = -80_000; day <= 80_000; day += 97) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(epochDayToIso(day)).toBe(iso);
      expect(isoToEpochDay(iso)).toBe(day);
    }
  });

  it.each([
    ['2024-02-28', 2, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-01', 34, '2024-02-04'],
  ])('%s + %d days = %s', (date, days, expected) => {
    expect(isoAddDays(date, days)).toBe(expected);
    expect(isoDaysBetween(date, expected)).toBe(days);
  });

  it('drops the time of day of a UTC timestamp', () => {
    expect(isoToEpochDay('2024-01-08T23:59:59.999Z')).toBe(isoToEpochDay('2024-01-08'));
    expect(isoToEpochDay('2024-01-08T00:00Z')).toBe(isoToEpochDay('2024-01-08'));
  });

  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-01', '2024-01-01T10:00:00+02:00', '', 'today'])(
    'refuses %j',
    (value) => {
      expect(() => isoToEpochDay(value)).toThrow(IsoDateError);
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it('recognises plain dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2024-02-29T00:00:00Z')).toBe(false);
    expect(isIsoDate(20240229)).toBe(false);
  });
});
