import { describe, expect, it } from 'vitest';
import { compareRuns } from './compare';
import { runSimulation } from './run';

describe('compareRuns', () => {
  const factory = runSimulation({}, 'FEATURE_FACTORY');
  const outcomeFirst = runSimulation({}, 'OUTCOME_FIRST');
  const comparison = compareRuns(factory, outcomeFirst);

  it('aligns every series on one sprint axis, a and b in the order given', () => {
    expect(comparison.labels).toEqual({ a: 'Feature factory', b: 'Outcome first' });
    expect(comparison.sprints).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const series of comparison.series) {
      expect(series.a).toHaveLength(10);
      expect(series.b).toHaveLength(10);
    }
    const value = comparison.series.find((s) => s.key === 'cumulativeValue');
    expect(value?.a).toEqual(factory.sprints.map((s) => s.cumulativeValue));
    expect(value?.b).toEqual(outcomeFirst.sprints.map((s) => s.cumulativeValue));
    const learning = comparison.series.find((s) => s.key === 'learningEvents');
    expect(learning?.b).toEqual(outcomeFirst.sprints.map((s) => s.learningEvents.length));
  });

  it('pads the shorter run with nulls when the runs have different numbers of sprints', () => {
    const short = runSimulation({ sprints: 4 }, 'OUTCOME_FIRST');
    const padded = compareRuns(short, factory).series.find((s) => s.key === 'itemsShipped');
    expect(padded?.a).toEqual([...short.sprints.map((s) => s.itemsShipped), null, null, null, null, null, null]);
    expect(padded?.b.every((n) => n !== null)).toBe(true);
  });

  it('puts the totals side by side with b − a', () => {
    const items = comparison.totals.find((t) => t.key === 'itemsShipped');
    expect(items).toEqual({
      key: 'itemsShipped',
      label: 'Items shipped (output)',
      a: factory.totals.itemsShipped,
      b: outcomeFirst.totals.itemsShipped,
      difference: outcomeFirst.totals.itemsShipped - factory.totals.itemsShipped,
    });
    expect(comparison.totals.find((t) => t.key === 'valueRealised')?.difference).toBeGreaterThan(0);
  });

  it('sums output and outcome up in two sentences', () => {
    expect(comparison.summary).toEqual([
      `Output: Outcome first shipped ${factory.totals.itemsShipped - outcomeFirst.totals.itemsShipped} fewer items than Feature factory ` +
        `(${outcomeFirst.totals.itemsShipped} vs ${factory.totals.itemsShipped}).`,
      `Outcome: Outcome first realised ${outcomeFirst.totals.valueRealised - factory.totals.valueRealised} more value than Feature factory ` +
        `(${outcomeFirst.totals.valueRealised} vs ${factory.totals.valueRealised}).`,
    ]);
    expect(compareRuns(factory, factory).summary[0]).toContain('the same items');
    expect(compareRuns(outcomeFirst, factory).summary[1]).toContain('less value');
  });
});
