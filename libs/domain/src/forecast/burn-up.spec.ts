import { describe, expect, it } from 'vitest';
import { burnUp, throughputPerPeriod, type BurnUpEvent } from './burn-up';
import { ForecastError } from './errors';

const events: BurnUpEvent[] = [
  { date: '2024-02-28', type: 'SCOPE_ADDED', size: 10 }, // before the window: the starting scope
  { date: '2024-03-01', type: 'DONE', size: 2 },
  { date: '2024-03-02T09:30:00Z', type: 'SCOPE_ADDED', size: 3 },
  { date: '2024-03-03', type: 'DONE', size: 1 },
  { date: '2024-03-03', type: 'DONE', size: 2 },
  { date: '2024-03-04', type: 'SCOPE_REMOVED', size: 1 },
  { date: '2024-03-09', type: 'DONE', size: 5 },
];

describe('burnUp', () => {
  it('follows done work and scope day by day, marking scope changes', () => {
    const points = burnUp({ events, from: '2024-03-01', to: '2024-03-05' });
    expect(points.map((p) => [p.start, p.done, p.scope, p.scopeChanged])).toEqual([
      ['2024-03-01', 2, 10, false],
      ['2024-03-02', 2, 13, true],
      ['2024-03-03', 5, 13, false],
      ['2024-03-04', 5, 12, true],
      ['2024-03-05', 5, 12, false],
    ]);
    expect(points[1]).toMatchObject({ end: '2024-03-02', added: 3, removed: 0, doneInPeriod: 0 });
    expect(points[2]).toMatchObject({ doneInPeriod: 3 });
  });

  it('groups by 7-day weeks from `from`, the last one cut at `to`', () => {
    expect(burnUp({ events, from: '2024-03-01', to: '2024-03-10', granularity: 'WEEK' })).toEqual([
      { start: '2024-03-01', end: '2024-03-07', done: 5, scope: 12, doneInPeriod: 5, added: 3, removed: 1, scopeChanged: true },
      { start: '2024-03-08', end: '2024-03-10', done: 10, scope: 12, doneInPeriod: 5, added: 0, removed: 0, scopeChanged: false },
    ]);
  });

  it('refuses a window that ends before it starts and a negative size', () => {
    expect(() => burnUp({ events: [], from: '2024-03-02', to: '2024-03-01' })).toThrow(ForecastError);
    expect(() => burnUp({ events: [{ date: '2024-03-01', type: 'DONE', size: -1 }], from: '2024-03-01', to: '2024-03-01' })).toThrow(ForecastError);
  });
});

describe('throughputPerPeriod', () => {
  it('counts done items per period and flags the partial last one', () => {
    const done = ['2024-01-01', '2024-01-03', '2024-01-08T10:00:00Z', '2024-01-20', '2023-12-31'];
    expect(throughputPerPeriod(done, 7, '2024-01-01', '2024-01-17')).toEqual([
      { start: '2024-01-01', end: '2024-01-07', count: 2, partial: false },
      { start: '2024-01-08', end: '2024-01-14', count: 1, partial: false },
      { start: '2024-01-15', end: '2024-01-17', count: 0, partial: true },
    ]);
  });

  it.each([0, 1.5])('refuses a period of %d days', (periodDays) => {
    expect(() => throughputPerPeriod([], periodDays, '2024-01-01', '2024-01-17')).toThrow(ForecastError);
  });
});
