/** Shared shapes of the benchmark harness. */

export type TargetOp = '>=' | '<=';

export interface Target {
  op: TargetOp;
  threshold: number;
}

/** One line of the report (and one element of the --json array). */
export interface ScenarioResult {
  scenario: string;
  /** What value and reference measure, in words and unit. */
  metric: string;
  value: number;
  reference: number;
  /** Median of the per-round value/reference ratios (side-by-side rounds). */
  ratio: number;
  target: Target;
  pass: boolean;
  /** Decimals printed for value and reference (0 for counts); default 1. */
  decimals?: number;
  /** Extra `key=value` text appended to the printed line. */
  extra?: string[];
  /** Extra fields merged into the JSON element. */
  details?: Record<string, unknown>;
}

/** Sizes and durations of one mode (full or --quick). */
export interface Sizes {
  mode: 'full' | 'quick';
  items: number;
  /** Items at the head of the backlog that get goals, parents, dependencies (statements-per-page). */
  relatedItems: number;
  connections: number;
  rounds: number;
  roundSeconds: number;
  warmupSeconds: number;
  updateWorkers: number;
  itemsPerWorker: number;
  statementRepeats: number;
}

export const FULL: Sizes = {
  mode: 'full',
  items: 100_000,
  relatedItems: 200,
  connections: 50,
  rounds: 5,
  roundSeconds: 5,
  warmupSeconds: 2,
  updateWorkers: 16,
  itemsPerWorker: 8,
  statementRepeats: 3,
};

export const QUICK: Sizes = {
  mode: 'quick',
  items: 20_000,
  relatedItems: 200,
  connections: 20,
  rounds: 5,
  roundSeconds: 2,
  warmupSeconds: 1,
  updateWorkers: 8,
  itemsPerWorker: 8,
  statementRepeats: 3,
};

export function meets(target: Target, ratio: number): boolean {
  if (!Number.isFinite(ratio)) return false;
  return target.op === '>=' ? ratio >= target.threshold : ratio <= target.threshold;
}

export function formatTarget(target: Target): string {
  return `${target.op}${Number.isInteger(target.threshold) ? target.threshold.toFixed(1) : target.threshold}`;
}
