import { SIMULATION_STRATEGIES } from './strategies';
import type { SimulationRun, SimulationTotals, SprintResult } from './types';

/** Per-sprint series a chart can plot for both runs. */
export type ComparedSeriesKey =
  | 'cumulativeValue'
  | 'cumulativeItems'
  | 'goalProgress'
  | 'valueRealised'
  | 'itemsShipped'
  | 'pointsSpent'
  | 'wastePoints'
  | 'learningEvents';

/** Totals shown side by side. */
export type ComparedTotalKey =
  | 'itemsShipped'
  | 'valueRealised'
  | 'goalProgress'
  | 'pointsSpent'
  | 'wastePoints'
  | 'experimentsRun'
  | 'learningEvents'
  | 'valuePerItem'
  | 'valuePerPoint';

export interface ComparedSeries {
  key: ComparedSeriesKey;
  label: string;
  /** One entry per sprint of `RunComparison.sprints`; null where that run has fewer sprints. */
  a: (number | null)[];
  b: (number | null)[];
}

export interface ComparedTotal {
  key: ComparedTotalKey;
  label: string;
  a: number;
  b: number;
  /** b − a, rounded to 2 decimals. */
  difference: number;
}

export interface RunComparison {
  labels: { a: string; b: string };
  /** Sprint numbers 1…max(sprints of a, sprints of b): the shared x axis. */
  sprints: number[];
  series: ComparedSeries[];
  totals: ComparedTotal[];
  /** One sentence on output and one on outcome, b against a. */
  summary: string[];
}

const SERIES: readonly { key: ComparedSeriesKey; label: string; pick: (s: SprintResult) => number }[] = [
  { key: 'cumulativeValue', label: 'Value realised (cumulative)', pick: (s) => s.cumulativeValue },
  { key: 'cumulativeItems', label: 'Items shipped (cumulative)', pick: (s) => s.cumulativeItems },
  { key: 'goalProgress', label: 'Goal progress (%)', pick: (s) => s.goalProgress },
  { key: 'valueRealised', label: 'Value realised per sprint', pick: (s) => s.valueRealised },
  { key: 'itemsShipped', label: 'Items shipped per sprint', pick: (s) => s.itemsShipped },
  { key: 'pointsSpent', label: 'Points spent per sprint', pick: (s) => s.pointsSpent },
  { key: 'wastePoints', label: 'Waste (points) per sprint', pick: (s) => s.wastePoints },
  { key: 'learningEvents', label: 'Learning events per sprint', pick: (s) => s.learningEvents.length },
];

const TOTALS: readonly { key: ComparedTotalKey; label: string }[] = [
  { key: 'itemsShipped', label: 'Items shipped (output)' },
  { key: 'valueRealised', label: 'Value realised (outcome)' },
  { key: 'goalProgress', label: 'Goal progress (%)' },
  { key: 'pointsSpent', label: 'Points spent' },
  { key: 'wastePoints', label: 'Waste (points)' },
  { key: 'experimentsRun', label: 'Experiments run' },
  { key: 'learningEvents', label: 'Learning events' },
  { key: 'valuePerItem', label: 'Value per item' },
  { key: 'valuePerPoint', label: 'Value per point' },
];

const labelOf = (run: SimulationRun): string => SIMULATION_STRATEGIES[run.strategy.kind].label;
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** "12 fewer items", "40 more value", "the same items": `fewer` for counts, `less` for amounts. */
function describeDelta(delta: number, unit: string, fewer: 'fewer' | 'less'): string {
  if (delta === 0) return `the same ${unit}`;
  return `${Math.abs(delta)} ${delta > 0 ? 'more' : fewer} ${unit}`;
}

/** Lines up two runs sprint by sprint for side-by-side charts (any two runs: strategies or parameters). */
export function compareRuns(a: SimulationRun, b: SimulationRun): RunComparison {
  const length = Math.max(a.sprints.length, b.sprints.length);
  const sprints = Array.from({ length }, (_, i) => i + 1);
  const aligned = (run: SimulationRun, pick: (s: SprintResult) => number): (number | null)[] =>
    sprints.map((_, i) => (i < run.sprints.length ? pick(run.sprints[i]) : null));
  const totals = TOTALS.map(({ key, label }) => {
    const pick = (t: SimulationTotals): number => t[key];
    return { key, label, a: pick(a.totals), b: pick(b.totals), difference: round2(pick(b.totals) - pick(a.totals)) };
  });
  const labels = { a: labelOf(a), b: labelOf(b) };
  const delta = (key: ComparedTotalKey): number => totals.find((t) => t.key === key)?.difference ?? 0;
  return {
    labels,
    sprints,
    series: SERIES.map(({ key, label, pick }) => ({ key, label, a: aligned(a, pick), b: aligned(b, pick) })),
    totals,
    summary: [
      `Output: ${labels.b} shipped ${describeDelta(delta('itemsShipped'), 'items', 'fewer')} than ${labels.a} (${b.totals.itemsShipped} vs ${a.totals.itemsShipped}).`,
      `Outcome: ${labels.b} realised ${describeDelta(delta('valueRealised'), 'value', 'less')} than ${labels.a} (${b.totals.valueRealised} vs ${a.totals.valueRealised}).`,
    ],
  };
}
