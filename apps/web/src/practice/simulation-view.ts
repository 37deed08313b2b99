/**
 * The coach's simulation screen without React: which strategies the coach picked and what they
 * mean for `runSimulation`, the runs lined up sprint by sprint for one chart (`compareRuns`), and
 * saved runs read back from the API's JSON. Pure.
 */
import {
  compareRuns,
  type ComparedSeriesKey,
  generateBacklog,
  resolveSimulationParameters,
  SIMULATION_STRATEGIES,
  type SimulationParams,
  type SimulationRun,
  type SimulationStrategy,
  type SimulationStrategyInput,
  type SimulationTotals,
} from '@backlog-studio/domain';

/** How a custom order is drawn up from the generated backlog. */
export const CUSTOM_BASES = {
  BACKLOG: 'The backlog as the stakeholders wrote it',
  ESTIMATED_VALUE: 'Highest estimated value per point first',
  EXPERIMENTS_FIRST: 'Every experiment first, then highest estimated value per point',
} as const;
export type CustomBasis = keyof typeof CUSTOM_BASES;

export type StrategyChoice =
  | { readonly kind: 'FEATURE_FACTORY'; readonly order: 'SMALLEST_FIRST' | 'BACKLOG_ORDER' }
  | { readonly kind: 'OUTCOME_FIRST' }
  | { readonly kind: 'CUSTOM'; readonly basis: CustomBasis; readonly measure: boolean };

/** The ids of a custom order over the backlog the parameters generate. */
export function customOrder(params: SimulationParams, basis: CustomBasis): string[] {
  const backlog = generateBacklog(params);
  const byValuePerPoint = [...backlog.items].sort((a, b) => b.estimatedValue / b.size - a.estimatedValue / a.size || a.backlogIndex - b.backlogIndex);
  switch (basis) {
    case 'BACKLOG':
      return backlog.items.map((i) => i.id);
    case 'ESTIMATED_VALUE':
      return byValuePerPoint.map((i) => i.id);
    case 'EXPERIMENTS_FIRST':
      return [...backlog.experiments.map((e) => e.id), ...byValuePerPoint.map((i) => i.id)];
  }
}

/** What `runSimulation` takes for a choice (a custom order is drawn up for these parameters). */
export function strategyFor(choice: StrategyChoice, params: SimulationParams): SimulationStrategy {
  switch (choice.kind) {
    case 'FEATURE_FACTORY':
      return { kind: 'FEATURE_FACTORY', order: choice.order };
    case 'OUTCOME_FIRST':
      return { kind: 'OUTCOME_FIRST' };
    case 'CUSTOM':
      return { kind: 'CUSTOM', order: customOrder(params, choice.basis), measure: choice.measure };
  }
}

/** A strategy in a few words, e.g. "Feature factory (smallest first)" or "Custom: experiments first, measured". */
export function strategyLabel(choice: StrategyChoice): string {
  switch (choice.kind) {
    case 'FEATURE_FACTORY':
      return `${SIMULATION_STRATEGIES.FEATURE_FACTORY.label} (${choice.order === 'SMALLEST_FIRST' ? 'smallest first' : 'backlog order'})`;
    case 'OUTCOME_FIRST':
      return SIMULATION_STRATEGIES.OUTCOME_FIRST.label;
    case 'CUSTOM': {
      const basis = { BACKLOG: 'backlog order', ESTIMATED_VALUE: 'estimated value first', EXPERIMENTS_FIRST: 'experiments first' }[choice.basis];
      return `Custom: ${basis}, ${choice.measure ? 'measured' : 'not measured'}`;
    }
  }
}

/**
 * What is saved with a run: the shorthand for the two named strategies, and the choice itself for a
 * custom one, so a saved run can be replayed and labelled. The API accepts any valid strategy.
 */
export function strategyJson(choice: StrategyChoice, params: SimulationParams): SimulationStrategyInput {
  if (choice.kind === 'OUTCOME_FIRST') return 'OUTCOME_FIRST';
  return strategyFor(choice, params);
}

export interface ChartRow {
  readonly sprint: number;
  /** One value per run, `r0`, `r1`, …; null where that run has fewer sprints. */
  readonly [run: `r${number}`]: number | null;
}

/**
 * The runs lined up sprint by sprint for one chart: each run against the first through `compareRuns`,
 * so every run shares the x axis even when their sprint counts differ.
 */
export function overlayRows(runs: readonly SimulationRun[], key: ComparedSeriesKey): ChartRow[] {
  const [first] = runs;
  if (first === undefined) return [];
  const comparisons = runs.map((run) => compareRuns(first, run));
  const sprints = comparisons.reduce<number[]>((longest, c) => (c.sprints.length > longest.length ? c.sprints : longest), []);
  return sprints.map((sprint, i) => {
    const row: Record<string, number | null> = { sprint };
    comparisons.forEach((c, r) => {
      const series = c.series.find((s) => s.key === key);
      row[`r${r}`] = series?.b[i] ?? null;
    });
    return row as unknown as ChartRow;
  });
}

export interface SavedRun {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly params: SimulationParams;
  readonly strategy: SimulationStrategyInput;
  readonly totals: SimulationTotals;
  /** A label for the strategy. */
  readonly strategyLabel: string;
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

function labelOfStored(strategy: unknown): string | null {
  if (strategy === 'OUTCOME_FIRST' || strategy === 'FEATURE_FACTORY') return SIMULATION_STRATEGIES[strategy].label;
  if (typeof strategy !== 'object' || strategy === null) return null;
  const s = strategy as { kind?: unknown; order?: unknown; measure?: unknown };
  if (s.kind === 'OUTCOME_FIRST') return SIMULATION_STRATEGIES.OUTCOME_FIRST.label;
  if (s.kind === 'FEATURE_FACTORY') return strategyLabel({ kind: 'FEATURE_FACTORY', order: s.order === 'BACKLOG_ORDER' ? 'BACKLOG_ORDER' : 'SMALLEST_FIRST' });
  if (s.kind === 'CUSTOM' && Array.isArray(s.order)) return `Custom order of ${s.order.length} (${s.measure === true ? 'measured' : 'not measured'})`;
  return null;
}

/** A saved run as the API returns it (JSON text fields); null when it cannot be read back. */
export function readSavedRun(model: { id: string; name: string; createdAt: string; params: string; strategy: string; totals: string }): SavedRun | null {
  const params = parse(model.params);
  const strategy = parse(model.strategy);
  const totals = parse(model.totals);
  const label = labelOfStored(strategy);
  if (label === null || typeof totals !== 'object' || totals === null || typeof params !== 'object' || params === null) return null;
  try {
    return {
      id: model.id,
      name: model.name,
      createdAt: model.createdAt,
      params: resolveSimulationParameters(params as Partial<SimulationParams>),
      strategy: strategy as SimulationStrategyInput,
      totals: totals as SimulationTotals,
      strategyLabel: label,
    };
  } catch {
    return null;
  }
}
