import { describe, expect, it } from 'vitest';
import { readyRunway, weeklyDoneSize } from './runway';

describe('readyRunway', () => {
  it('divides the ready size by the mean weekly throughput', () => {
    const r = readyRunway({ readySizes: [5, 3, 8, 4], weeklyDoneSize: [10, 8, 12] });
    expect(r.readySize).toBe(20);
    expect(r.weeklyThroughput).toBe(10);
    expect(r.weeks).toBe(2);
    expect(r.explanation).toBe('20 ready ÷ 10 done per week = 2 weeks of ready work');
  });

  it('counts an unsized ready item as one point unless told otherwise', () => {
    expect(readyRunway({ readySizes: [null, 2], weeklyDoneSize: [3] }).readySize).toBe(3);
    expect(readyRunway({ readySizes: [null, 2], weeklyDoneSize: [3], unsizedAs: 5 }).readySize).toBe(7);
  });

  it('gives no runway without finished work, and says why', () => {
    const r = readyRunway({ readySizes: [3], weeklyDoneSize: [0, 0] });
    expect(r.weeks).toBeNull();
    expect(r.weeklyThroughput).toBeNull();
    expect(r.explanation).toContain('no finished work');
  });

  it('is zero weeks when nothing is ready', () => {
    const r = readyRunway({ readySizes: [], weeklyDoneSize: [4, 6] });
    expect(r).toMatchObject({ readyItems: 0, readySize: 0, weeks: 0 });
  });
});

describe('weeklyDoneSize', () => {
  // Saturday 2026-11-28: the current week began on Sunday 2026-11-22.
  const now = new Date('2026-11-28T12:00:00Z');

  it('sums sizes per full week, oldest first, leaving out the current week and older work', () => {
    const done = [
      { at: new Date('2026-11-21T23:59:00Z'), size: 5 }, // last full week (Nov 15–21)
      { at: new Date('2026-11-14T23:00:00Z'), size: 3 }, // the week before (Nov 8–14)
      { at: new Date('2026-11-09T10:00:00Z'), size: null }, // same week, unsized: one point
      { at: new Date('2026-11-23T09:00:00Z'), size: 8 }, // this week: not yet full
      { at: new Date('2026-10-01T09:00:00Z'), size: 13 }, // older than the window
    ];
    expect(weeklyDoneSize(done, now, 3)).toEqual([0, 4, 5]);
  });

  it('gives zeros without finished work', () => {
    expect(weeklyDoneSize([], now, 2)).toEqual([0, 0]);
  });
});
