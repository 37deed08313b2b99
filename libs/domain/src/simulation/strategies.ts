import type { SimulatedBacklog, SimulatedItem } from './backlog';
import { SimulationParameterError, type SimulationParams } from './parameters';

/** How the team decides what to build next. */
export type SimulationStrategy =
  /** Ship as many items as possible; never measure, never stop. */
  | { kind: 'FEATURE_FACTORY'; order?: 'SMALLEST_FIRST' | 'BACKLOG_ORDER' }
  /** Highest expected value per point first, experiments early, measure every release, stop at the goal. */
  | { kind: 'OUTCOME_FIRST' }
  /** Exactly the given order of item and experiment ids; with `measure`, also stop at the goal and skip items an experiment showed worthless. */
  | { kind: 'CUSTOM'; order: readonly string[]; measure?: boolean };

export type SimulationStrategyKind = SimulationStrategy['kind'];
export type SimulationStrategyInput = SimulationStrategy | 'FEATURE_FACTORY' | 'OUTCOME_FIRST';

export const SIMULATION_STRATEGIES: Readonly<Record<SimulationStrategyKind, { label: string; description: string }>> = {
  FEATURE_FACTORY: {
    label: 'Feature factory',
    description: 'Ships as many items as possible (smallest first), never measures and never stops work whose outcome is already reached.',
  },
  OUTCOME_FIRST: {
    label: 'Outcome first',
    description:
      'Builds the highest expected value per point first, runs experiments early to learn true values, measures every release, ' +
      'drops items shown to have no value and stops once the product goal is reached.',
  },
  CUSTOM: { label: 'Custom order', description: 'Works through the given order of items and experiments, one after the other.' },
};

/** One thing the team can spend points on. */
export interface WorkUnit {
  kind: 'ITEM' | 'EXPERIMENT';
  id: string;
  size: number;
}

/** What the team has done and learnt so far; the run engine updates it, planners read it. */
export interface PlanState {
  /** Shipped items and run experiments. */
  done: Set<string>;
  /** True values revealed by experiments (item id → value). */
  known: Map<string, number>;
  /** Items the team decided not to build because evidence showed no value. */
  dropped: Set<string>;
}

export interface Planner {
  /** Measures outcomes after each release: stops at the goal and drops items shown worthless. */
  measures: boolean;
  /** The next unit of work that fits in `remaining` points, or null to end the sprint. */
  next(remaining: number): WorkUnit | null;
}

/** Turns the shorthand into a strategy and checks a custom order against the backlog. */
export function normaliseStrategy(input: SimulationStrategyInput, backlog: SimulatedBacklog): SimulationStrategy {
  const strategy: SimulationStrategy = typeof input === 'string' ? { kind: input } : input;
  switch (strategy.kind) {
    case 'FEATURE_FACTORY': {
      const order = strategy.order ?? 'SMALLEST_FIRST';
      if (order !== 'SMALLEST_FIRST' && order !== 'BACKLOG_ORDER') {
        throw new SimulationParameterError('INVALID_STRATEGY', 'strategy.order', order, `Unknown feature factory order "${String(order)}"`);
      }
      return { kind: 'FEATURE_FACTORY', order };
    }
    case 'OUTCOME_FIRST':
      return { kind: 'OUTCOME_FIRST' };
    case 'CUSTOM': {
      if (!Array.isArray(strategy.order)) {
        throw new SimulationParameterError('INVALID_STRATEGY', 'strategy.order', strategy.order, 'A custom strategy needs an order of ids');
      }
      const ids = new Set<string>([...backlog.items.map((i) => i.id), ...backlog.experiments.map((e) => e.id)]);
      const seen = new Set<string>();
      for (const id of strategy.order) {
        if (!ids.has(id)) {
          throw new SimulationParameterError('INVALID_STRATEGY', 'strategy.order', id, `The custom order names "${id}", which is not in the generated backlog`);
        }
        if (seen.has(id)) {
          throw new SimulationParameterError('INVALID_STRATEGY', 'strategy.order', id, `The custom order names "${id}" twice`);
        }
        seen.add(id);
      }
      return { kind: 'CUSTOM', order: [...strategy.order], measure: strategy.measure ?? false };
    }
    default: {
      const kind = (strategy as { kind?: unknown }).kind;
      throw new SimulationParameterError('INVALID_STRATEGY', 'strategy.kind', kind, `Unknown strategy "${String(kind)}"`);
    }
  }
}

const itemUnit = (item: SimulatedItem): WorkUnit => ({ kind: 'ITEM', id: item.id, size: item.size });

/** The first of `ordered` not yet done or dropped that fits in `remaining`. */
function firstFitting(ordered: readonly SimulatedItem[], state: PlanState, remaining: number): WorkUnit | null {
  const item = ordered.find((i) => !state.done.has(i.id) && !state.dropped.has(i.id) && i.size <= remaining);
  return item ? itemUnit(item) : null;
}

function featureFactory(order: 'SMALLEST_FIRST' | 'BACKLOG_ORDER', backlog: SimulatedBacklog, state: PlanState): Planner {
  const ordered = order === 'BACKLOG_ORDER' ? backlog.items : [...backlog.items].sort((a, b) => a.size - b.size || a.backlogIndex - b.backlogIndex);
  return { measures: false, next: (remaining) => firstFitting(ordered, state, remaining) };
}

/**
 * Outcome first. The team knows roughly how many ideas fail (`noValueShare`), so an item's
 * expected value is its estimate discounted by that rate until an experiment reveals the truth.
 * An experiment is worth running when it costs less than the points it is expected to save:
 * the failure rate times the points of the theme's items still unbuilt and unknown.
 */
function outcomeFirst(backlog: SimulatedBacklog, params: SimulationParams, state: PlanState): Planner {
  const expectedValue = (item: SimulatedItem): number => state.known.get(item.id) ?? item.estimatedValue * (1 - params.noValueShare);
  const pointsSaved = (revealsItemIds: readonly string[]): number => {
    const points = backlog.items
      .filter((i) => revealsItemIds.includes(i.id) && !state.done.has(i.id) && !state.known.has(i.id))
      .reduce((sum, i) => sum + i.size, 0);
    return params.noValueShare * points;
  };
  return {
    measures: true,
    next(remaining) {
      const experiment = backlog.experiments
        .filter((e) => !state.done.has(e.id) && e.size <= remaining)
        .map((e) => ({ e, saved: pointsSaved(e.revealsItemIds) }))
        .filter(({ e, saved }) => saved > e.size)
        .sort((a, b) => b.saved - a.saved)[0];
      if (experiment) return { kind: 'EXPERIMENT', id: experiment.e.id, size: experiment.e.size };
      const ranked = backlog.items
        .filter((i) => !state.done.has(i.id) && !state.dropped.has(i.id))
        .sort((a, b) => expectedValue(b) / b.size - expectedValue(a) / a.size || a.backlogIndex - b.backlogIndex);
      return firstFitting(ranked, state, remaining);
    },
  };
}

/** Strictly in the given order: when the next unit does not fit, the sprint ends (no skipping ahead). */
function custom(order: readonly string[], measure: boolean, backlog: SimulatedBacklog, state: PlanState): Planner {
  const units = new Map<string, WorkUnit>([
    ...backlog.items.map((i): [string, WorkUnit] => [i.id, itemUnit(i)]),
    ...backlog.experiments.map((e): [string, WorkUnit] => [e.id, { kind: 'EXPERIMENT', id: e.id, size: e.size }]),
  ]);
  return {
    measures: measure,
    next(remaining) {
      const id = order.find((candidate) => !state.done.has(candidate) && !state.dropped.has(candidate));
      const unit = id === undefined ? undefined : units.get(id);
      return unit && unit.size <= remaining ? unit : null;
    },
  };
}

export function createPlanner(strategy: SimulationStrategy, backlog: SimulatedBacklog, params: SimulationParams, state: PlanState): Planner {
  switch (strategy.kind) {
    case 'FEATURE_FACTORY':
      return featureFactory(strategy.order ?? 'SMALLEST_FIRST', backlog, state);
    case 'OUTCOME_FIRST':
      return outcomeFirst(backlog, params, state);
    case 'CUSTOM':
      return custom(strategy.order, strategy.measure ?? false, backlog, state);
  }
}
