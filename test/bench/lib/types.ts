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
  /** Printed with PASS|FAIL but never fails the run (a target the project tracks, not enforces). */
  informational?: boolean;
}

/** Thrown by a scenario that cannot run here (e.g. no Chromium): one SKIPPED line, no failure. */
export class ScenarioSkipped extends Error {}

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
  /** move-100k: distinct random moves whose written rows are counted. */
  auditMoves: number;
  /** move-scaling: the small backlog a move in the big one is compared with. */
  smallItems: number;
  /** propose-100k: the small backlog, and the dependencies of the big (`items`) and of the small one. */
  proposeSmallItems: number;
  proposeDependencies: number;
  proposeSmallDependencies: number;
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
  auditMoves: 1_000,
  smallItems: 1_000,
  proposeSmallItems: 10_000,
  proposeDependencies: 10_000,
  proposeSmallDependencies: 1_000,
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
  auditMoves: 1_000,
  smallItems: 1_000,
  proposeSmallItems: 2_000,
  proposeDependencies: 2_000,
  proposeSmallDependencies: 200,
};

export function meets(target: Target, ratio: number): boolean {
  if (!Number.isFinite(ratio)) return false;
  return target.op === '>=' ? ratio >= target.threshold : ratio <= target.threshold;
}

export function formatTarget(target: Target): string {
  return `${target.op}${Number.isInteger(target.threshold) ? target.threshold.toFixed(1) : target.threshold}`;
}
