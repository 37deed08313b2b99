import { describe, expect, it } from 'vitest';
import { readyRunway } from './runway';

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
