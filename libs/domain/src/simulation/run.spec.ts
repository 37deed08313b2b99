import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, SimulationParameterError, type SimulationParams } from './parameters';
import { runSimulation } from './run';
import type { SimulationStrategyInput } from './strategies';
import type { SimulationRun } from './types';

const STRATEGIES: SimulationStrategyInput[] = [
  'FEATURE_FACTORY',
  { kind: 'FEATURE_FACTORY', order: 'BACKLOG_ORDER' },
  'OUTCOME_FIRST',
  { kind: 'CUSTOM', order: ['EXP-01', 'PBI-010', 'PBI-003', 'PBI-001', 'PBI-007'], measure: true },
];
const sumOf = (run: SimulationRun, pick: (s: SimulationRun['sprints'][number]) => number): number =>
  run.sprints.reduce((acc, s) => acc + pick(s), 0);

describe('runSimulation: reproducible', () => {
  it.each(STRATEGIES.map((s) => [typeof s === 'string' ? s : s.kind, s] as const))('replays %s identically for the same seed and parameters', (_, strategy) => {
    expect(runSimulation({ seed: 7, capacity: 25 }, strategy)).toEqual(runSimulation({ seed: 7, capacity: 25 }, strategy));
  });

  it('plays a different product for a different seed', () => {
    const a = runSimulation({ seed: 1 }, 'OUTCOME_FIRST');
    const b = runSimulation({ seed: 2 }, 'OUTCOME_FIRST');
    expect(b.sprints).not.toEqual(a.sprints);
    expect(b.totals.valueRealised).not.toBe(a.totals.valueRealised);
  });

  it('uses the default scenario and OUTCOME_FIRST when given nothing', () => {
    expect(runSimulation()).toEqual(runSimulation(DEFAULT_SCENARIO, 'OUTCOME_FIRST'));
  });
});

describe('runSimulation: bookkeeping', () => {
  const grid: Partial<SimulationParams>[] = [
    {},
    { capacity: 10, experimentCost: 10, seed: 3 },
    { capacity: 13, sprints: 26, backlogSize: 10 },
    { capacity: 80, backlogSize: 300, goalTarget: 100, noValueShare: 0.9 },
    { estimateNoise: 0, noValueShare: 0, seed: 0 },
  ];
  const runs = grid.flatMap((params) => STRATEGIES.map((strategy) => runSimulation(params, strategy)));

  it('never exceeds capacity, and points spent are exactly the sizes of what was done', () => {
    for (const run of runs) {
      const sizes = new Map([...run.backlog.items, ...run.backlog.experiments].map((u) => [u.id, u.size]));
      for (const sprint of run.sprints) {
        expect(sprint.pointsSpent).toBeLessThanOrEqual(run.params.capacity);
        const done = [...sprint.shippedItemIds, ...sprint.experimentIds].reduce((acc, id) => acc + (sizes.get(id) ?? NaN), 0);
        expect(done).toBe(sprint.pointsSpent);
      }
    }
  });

  it('adds the sprints up to the totals', () => {
    for (const run of runs) {
      const { totals, sprints } = run;
      expect(sprints).toHaveLength(run.params.sprints);
      expect(totals.pointsSpent).toBe(sumOf(run, (s) => s.pointsSpent));
      expect(totals.pointsSpent + totals.pointsUnspent).toBe(run.params.sprints * run.params.capacity);
      expect(totals.itemsShipped).toBe(sumOf(run, (s) => s.itemsShipped));
      expect(totals.valueRealised).toBe(sumOf(run, (s) => s.valueRealised));
      expect(totals.wastePoints).toBe(sumOf(run, (s) => s.wastePoints));
      expect(totals.experimentsRun).toBe(sumOf(run, (s) => s.experimentIds.length));
      expect(totals.learningEvents).toBe(sumOf(run, (s) => s.learningEvents.length));
      expect(sprints.at(-1)?.cumulativeValue).toBe(totals.valueRealised);
      expect(sprints.at(-1)?.cumulativeItems).toBe(totals.itemsShipped);
      expect(totals.wastePoints).toBeLessThanOrEqual(totals.pointsSpent);
      // Every item ships at most once, and value is what the shipped items are truly worth.
      const shipped = sprints.flatMap((s) => s.shippedItemIds);
      expect(new Set(shipped).size).toBe(shipped.length);
      const worth = new Map(run.backlog.items.map((i) => [i.id, i.trueValue]));
      expect(shipped.reduce((acc, id) => acc + (worth.get(id) ?? NaN), 0)).toBe(totals.valueRealised);
      expect(totals.goalProgress).toBe(Math.min(100, Math.round((totals.valueRealised / run.params.goalTarget) * 1000) / 10));
    }
  });
});

describe('runSimulation: outcome versus output (CSPO C5.1, C5.2)', () => {
  const factory = runSimulation(DEFAULT_SCENARIO, 'FEATURE_FACTORY');
  const outcomeFirst = runSimulation(DEFAULT_SCENARIO, 'OUTCOME_FIRST');

  it('realises more value with OUTCOME_FIRST than with FEATURE_FACTORY while shipping fewer items', () => {
    // Why: the outcome-first team runs cheap experiments in sprint 1 that reveal which ideas are
    // worthless and drops them before building them, builds the highest expected value per point
    // first, and measures every release so it stops once the product goal is reached. The feature
    // factory ships the smallest items first, never measures, and so keeps spending points on items
    // nobody uses: more output, less outcome.
    expect(outcomeFirst.totals.valueRealised).toBeGreaterThan(factory.totals.valueRealised);
    expect(outcomeFirst.totals.itemsShipped).toBeLessThanOrEqual(factory.totals.itemsShipped);
    expect(outcomeFirst.totals.goalReachedInSprint).not.toBeNull();
    expect(outcomeFirst.totals.itemsDropped).toBeGreaterThan(0);
    expect(outcomeFirst.totals.wastePoints).toBeLessThan(factory.totals.wastePoints);
    expect(outcomeFirst.sprints[0].experimentIds.length).toBeGreaterThan(0);
  });

  it('ships more items with FEATURE_FACTORY (more output), and less value per item', () => {
    expect(factory.totals.itemsShipped).toBeGreaterThan(outcomeFirst.totals.itemsShipped);
    expect(factory.totals.valuePerItem).toBeLessThan(outcomeFirst.totals.valuePerItem);
  });

  it('holds beyond one lucky seed: on 20 seeds the factory ships more and realises less per point spent', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const f = runSimulation({ seed }, 'FEATURE_FACTORY').totals;
      const o = runSimulation({ seed }, 'OUTCOME_FIRST').totals;
      expect(f.itemsShipped).toBeGreaterThan(o.itemsShipped);
      expect(o.valuePerPoint).toBeGreaterThan(f.valuePerPoint);
    }
  });
});

describe('runSimulation: strategies', () => {
  it('FEATURE_FACTORY ships smallest first (or in backlog order), never measures and never stops', () => {
    const smallest = runSimulation({ goalTarget: 100 }, 'FEATURE_FACTORY');
    const sizes = smallest.sprints.flatMap((s) => s.shippedItemIds).map((id) => smallest.backlog.items.find((i) => i.id === id)?.size ?? 0);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(smallest.totals.experimentsRun).toBe(0);
    expect(smallest.totals.learningEvents).toBe(0);
    const goal = smallest.totals.goalReachedInSprint ?? Infinity;
    expect(goal).toBeLessThan(DEFAULT_SCENARIO.sprints);
    for (const sprint of smallest.sprints.filter((s) => s.sprint > goal)) {
      // It keeps building after the goal is met: all of that work counts as waste.
      expect(sprint.status).toBe('WORKING');
      expect(sprint.wastePoints).toBe(sprint.pointsSpent);
    }
    const inOrder = runSimulation({}, { kind: 'FEATURE_FACTORY', order: 'BACKLOG_ORDER' });
    for (const sprint of inOrder.sprints) expect(sprint.shippedItemIds).toEqual([...sprint.shippedItemIds].sort());
  });

  it('OUTCOME_FIRST never builds an item an experiment showed worthless, and stops once it measures the goal', () => {
    const run = runSimulation({ goalTarget: 300 }, 'OUTCOME_FIRST');
    const shipped = new Set(run.sprints.flatMap((s) => s.shippedItemIds));
    const revealed = run.sprints.flatMap((s) => s.learningEvents).filter((e) => e.kind === 'EXPERIMENT').flatMap((e) => e.itemIds);
    expect(revealed.length).toBe(run.totals.itemsDropped);
    for (const id of revealed) expect(shipped.has(id)).toBe(false);
    const goal = run.totals.goalReachedInSprint ?? Infinity;
    expect(run.sprints[goal - 1].learningEvents.map((e) => e.kind)).toContain('GOAL_REACHED');
    for (const sprint of run.sprints.filter((s) => s.sprint > goal)) {
      expect(sprint).toMatchObject({ status: 'STOPPED_GOAL_REACHED', pointsSpent: 0, wastePoints: 0 });
    }
  });

  it('skips experiments when nothing is worthless, so there is nothing to learn', () => {
    const run = runSimulation({ noValueShare: 0 }, 'OUTCOME_FIRST');
    expect(run.totals.experimentsRun).toBe(0);
    expect(run.totals.noValueItemsShipped).toBe(0);
  });

  it('CUSTOM works strictly through the given order: no skipping ahead when the next one does not fit', () => {
    const backlog = runSimulation({}, 'FEATURE_FACTORY').backlog;
    const order = ['EXP-02', ...backlog.items.map((i) => i.id).reverse()];
    const run = runSimulation({ capacity: 12 }, { kind: 'CUSTOM', order });
    const sizes = new Map([...backlog.items, ...backlog.experiments].map((u) => [u.id, u.size]));
    let position = 0;
    for (const sprint of run.sprints) {
      const done = [sprint.experimentIds, sprint.shippedItemIds].flat();
      done.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      expect(done).toEqual(order.slice(position, position + done.length));
      position += done.length;
      expect(sizes.get(order[position]) ?? 0).toBeGreaterThan(12 - sprint.pointsSpent);
    }
    expect(run.totals.learningEvents).toBe(1);
  });

  it('CUSTOM with measure stops at the goal and skips items its experiments showed worthless', () => {
    const backlog = runSimulation({}, 'FEATURE_FACTORY').backlog;
    const order = ['EXP-01', ...backlog.items.map((i) => i.id)];
    const run = runSimulation({ goalTarget: 150 }, { kind: 'CUSTOM', order, measure: true });
    const shipped = run.sprints.flatMap((s) => s.shippedItemIds);
    const worthless = run.sprints[0].learningEvents.find((e) => e.kind === 'EXPERIMENT')?.itemIds ?? [];
    expect(worthless.length).toBeGreaterThan(0);
    for (const id of worthless) expect(shipped).not.toContain(id);
    expect(run.sprints.at(-1)?.status).toBe('STOPPED_GOAL_REACHED');
  });

  it('refuses a custom order naming unknown or repeated ids, and unknown strategies, naming the parameter', () => {
    const refused = (strategy: unknown): SimulationParameterError => {
      try {
        runSimulation({}, strategy as SimulationStrategyInput);
      } catch (error) {
        if (error instanceof SimulationParameterError) return error;
      }
      throw new Error('expected a SimulationParameterError');
    };
    expect(refused({ kind: 'CUSTOM', order: ['PBI-001', 'PBI-999'] })).toMatchObject({ code: 'INVALID_STRATEGY', parameter: 'strategy.order', value: 'PBI-999' });
    expect(refused({ kind: 'CUSTOM', order: ['PBI-001', 'PBI-001'] })).toMatchObject({ parameter: 'strategy.order', value: 'PBI-001' });
    expect(refused({ kind: 'CUSTOM' })).toMatchObject({ parameter: 'strategy.order' });
    expect(refused({ kind: 'FEATURE_FACTORY', order: 'LARGEST_FIRST' })).toMatchObject({ parameter: 'strategy.order' });
    expect(refused('GUESSWORK')).toMatchObject({ parameter: 'strategy.kind', value: 'GUESSWORK' });
  });

  it('idles when a custom order runs out of work', () => {
    const run = runSimulation({ sprints: 3 }, { kind: 'CUSTOM', order: ['PBI-001'] });
    expect(run.sprints.map((s) => s.status)).toEqual(['WORKING', 'IDLE', 'IDLE']);
    expect(run.totals.itemsShipped).toBe(1);
  });
});

describe('runSimulation: explanation', () => {
  it('says what each team got for its output, in words the group can follow', () => {
    const factory = runSimulation({}, 'FEATURE_FACTORY');
    const outcomeFirst = runSimulation({}, 'OUTCOME_FIRST');
    expect(factory.explanation.join(' ')).toContain(`${factory.totals.itemsShipped} items shipped`);
    expect(factory.explanation.join(' ')).toContain('nobody measured');
    expect(outcomeFirst.explanation.join(' ')).toContain(`goal reached in sprint ${outcomeFirst.totals.goalReachedInSprint}`);
    expect(outcomeFirst.explanation.join(' ')).toContain('dropped before anyone built them');
  });
});
