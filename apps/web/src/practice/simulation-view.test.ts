import { describe, expect, test } from 'vitest';
import { DEFAULT_SCENARIO, generateBacklog, runSimulation } from '@backlog-studio/domain';
import { customOrder, overlayRows, readSavedRun, strategyFor, strategyJson, strategyLabel } from './simulation-view';

const params = { ...DEFAULT_SCENARIO, backlogSize: 40 };

describe('custom strategies', () => {
  test('each basis orders every item of the generated backlog once; experiments go first when asked', () => {
    const backlog = generateBacklog(params);
    const items = backlog.items.map((i) => i.id);
    expect(customOrder(params, 'BACKLOG')).toEqual(items);
    const byValue = customOrder(params, 'ESTIMATED_VALUE');
    expect([...byValue].sort()).toEqual([...items].sort());
    const ratio = (id: string) => {
      const item = backlog.items.find((i) => i.id === id)!;
      return item.estimatedValue / item.size;
    };
    expect(byValue.every((id, k) => k === 0 || ratio(byValue[k - 1]!) >= ratio(id))).toBe(true);
    const experimentsFirst = customOrder(params, 'EXPERIMENTS_FIRST');
    expect(experimentsFirst.slice(0, backlog.experiments.length)).toEqual(backlog.experiments.map((e) => e.id));
    expect(backlog.experiments.length).toBeGreaterThan(0);
  });

  test('every choice runs, and is labelled in words', () => {
    for (const choice of [
      { kind: 'FEATURE_FACTORY', order: 'SMALLEST_FIRST' },
      { kind: 'FEATURE_FACTORY', order: 'BACKLOG_ORDER' },
      { kind: 'OUTCOME_FIRST' },
      { kind: 'CUSTOM', basis: 'EXPERIMENTS_FIRST', measure: true },
    ] as const) {
      const run = runSimulation(params, strategyFor(choice, params));
      expect(run.totals.sprints).toBe(params.sprints);
      expect(runSimulation(params, strategyJson(choice, params)).totals).toEqual(run.totals);
    }
    expect(strategyLabel({ kind: 'FEATURE_FACTORY', order: 'SMALLEST_FIRST' })).toBe('Feature factory (smallest first)');
    expect(strategyLabel({ kind: 'CUSTOM', basis: 'EXPERIMENTS_FIRST', measure: true })).toBe('Custom: experiments first, measured');
    expect(strategyJson({ kind: 'OUTCOME_FIRST' }, params)).toBe('OUTCOME_FIRST');
  });
});

describe('overlayRows', () => {
  test('lines the runs up sprint by sprint on one axis; a shorter run ends in nulls', () => {
    const a = runSimulation({ ...params, sprints: 5 }, 'FEATURE_FACTORY');
    const b = runSimulation({ ...params, sprints: 8 }, 'OUTCOME_FIRST');
    const rows = overlayRows([a, b], 'cumulativeValue');
    expect(rows.map((r) => r.sprint)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows.map((r) => r.r0)).toEqual([...a.sprints.map((s) => s.cumulativeValue), null, null, null]);
    expect(rows.map((r) => r.r1)).toEqual(b.sprints.map((s) => s.cumulativeValue));
    expect(overlayRows([b], 'wastePoints').map((r) => r.r0)).toEqual(b.sprints.map((s) => s.wastePoints));
    expect(overlayRows([], 'wastePoints')).toEqual([]);
  });
});

describe('readSavedRun', () => {
  const model = { id: 'r1', name: 'Run', createdAt: '2025-01-01T00:00:00Z' };
  test('reads the JSON fields back and fills missing parameters from the default scenario', () => {
    const run = runSimulation({ seed: 7 }, 'OUTCOME_FIRST');
    const saved = readSavedRun({ ...model, params: '{"seed":7}', strategy: '"OUTCOME_FIRST"', totals: JSON.stringify(run.totals) });
    expect(saved).toMatchObject({ name: 'Run', strategyLabel: 'Outcome first', params: { ...DEFAULT_SCENARIO, seed: 7 }, totals: run.totals });
    const custom = readSavedRun({ ...model, params: '{}', strategy: '{"kind":"CUSTOM","order":["PBI-001"],"measure":true}', totals: '{}' });
    expect(custom?.strategyLabel).toBe('Custom order of 1 (measured)');
  });

  test('is null for what cannot be replayed', () => {
    expect(readSavedRun({ ...model, params: '{oops', strategy: '"OUTCOME_FIRST"', totals: '{}' })).toBeNull();
    expect(readSavedRun({ ...model, params: '{}', strategy: '"SOMETHING"', totals: '{}' })).toBeNull();
    expect(readSavedRun({ ...model, params: '{"capacity":-3}', strategy: '"OUTCOME_FIRST"', totals: '{}' })).toBeNull();
  });
});
