import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { compareRuns, type ComparedSeriesKey, type SimulationRun } from '@backlog-studio/domain';
import { formatCount } from '../lib/format';
import { overlayRows, type StrategyChoice } from './simulation-view';

/** Colour and dash per run, so runs differ by more than colour. Each colour has AA contrast on white. */
export const RUN_STYLES = [
  { color: '#3442c4', dash: undefined, key: 'solid' },
  { color: '#b3261e', dash: '8 4', key: 'dashed' },
  { color: '#166240', dash: '2 3', key: 'dotted' },
  { color: '#844600', dash: '12 3 2 3', key: 'dash-dot' },
] as const;

const GRID = '#d9dde4';
const AXIS = '#525d6e';
const TICK = { fill: '#3a4350', fontSize: 12 };

export interface ChartRun {
  readonly label: string;
  readonly run: SimulationRun;
}

const styleOf = (i: number) => RUN_STYLES[i % RUN_STYLES.length] ?? RUN_STYLES[0];

function Legend({ runs }: { runs: readonly ChartRun[] }) {
  return (
    <ul className="pr-legend" aria-label="Legend" data-testid="chart-legend">
      {runs.map((r, i) => (
        <li key={`${r.label}-${i}`} data-testid="legend-entry">
          <svg width="28" height="10" aria-hidden="true" focusable="false">
            <line x1="1" y1="5" x2="27" y2="5" stroke={styleOf(i).color} strokeWidth="3" strokeDasharray={styleOf(i).dash} />
          </svg>
          {r.label}
        </li>
      ))}
    </ul>
  );
}

/** The numbers behind a chart, for reading without it. */
function Numbers({ runs, rows, unit }: { runs: readonly ChartRun[]; rows: ReturnType<typeof overlayRows>; unit: string }) {
  return (
    <details className="pr-reference">
      <summary>The numbers behind the chart</summary>
      <div className="table-scroll">
        <table className="pr-table">
          <thead>
            <tr>
              <th scope="col">Sprint</th>
              {runs.map((r, i) => (
                <th key={i} scope="col">
                  {r.label} ({unit})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.sprint}>
                <th scope="row">{row.sprint}</th>
                {runs.map((_, i) => (
                  <td key={i}>{row[`r${i}`] === null || row[`r${i}`] === undefined ? '—' : formatCount(row[`r${i}`] as number)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * One chart with every run overlaid: a line (cumulative series) or a group of bars (per-sprint
 * series) per run, sharing the sprint axis through `compareRuns`.
 */
export function OverlayChart({
  runs,
  series,
  title,
  summary,
  unit,
  testId,
  goal,
  bars = false,
}: {
  runs: readonly ChartRun[];
  series: ComparedSeriesKey;
  title: string;
  summary: string;
  unit: string;
  testId: string;
  /** A horizontal line at the Product Goal's target. */
  goal?: number;
  bars?: boolean;
}) {
  const rows = overlayRows(
    runs.map((r) => r.run),
    series,
  );
  const common = {
    responsive: true,
    style: { width: '100%', height: 280 },
    data: rows as unknown as Record<string, number | null>[],
    margin: { top: 16, right: 24, bottom: 8, left: 0 },
    title,
    desc: summary,
  };
  const axes = (
    <>
      <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
      <XAxis dataKey="sprint" tick={TICK} stroke={AXIS} label={{ value: 'sprint', position: 'insideBottomRight', offset: -4, fill: '#3a4350', fontSize: 12 }} />
      <YAxis tick={TICK} stroke={AXIS} width={48} allowDecimals={false} />
      <Tooltip labelFormatter={(s) => `Sprint ${String(s)}`} formatter={(v, name) => [formatCount(Number(v)), String(name)]} />
    </>
  );
  return (
    <figure className="pr-chart" data-testid={testId} data-series={runs.length}>
      <figcaption>
        <h3>{title}</h3>
        <p className="small muted">{summary}</p>
      </figcaption>
      {bars ? (
        <BarChart {...common}>
          {axes}
          {runs.map((r, i) => (
            <Bar key={i} dataKey={`r${i}`} name={r.label} fill={styleOf(i).color} isAnimationActive={false} />
          ))}
        </BarChart>
      ) : (
        <LineChart {...common}>
          {axes}
          {goal !== undefined ? <ReferenceLine y={goal} stroke={AXIS} strokeDasharray="4 4" label={{ value: `goal ${formatCount(goal)}`, position: 'insideTopLeft', fill: '#3a4350', fontSize: 12 }} ifOverflow="extendDomain" /> : null}
          {runs.map((r, i) => (
            <Line
              key={i}
              type="monotone"
              dataKey={`r${i}`}
              name={r.label}
              stroke={styleOf(i).color}
              strokeDasharray={styleOf(i).dash}
              strokeWidth={3}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
      <Legend runs={runs} />
      <Numbers runs={runs} rows={rows} unit={unit} />
    </figure>
  );
}

export interface LabelledRun extends ChartRun {
  readonly choice: StrategyChoice;
}

/** Totals side by side, with the difference from the first run (`compareRuns`). */
export function TotalsTable({ runs }: { runs: readonly LabelledRun[] }) {
  const [first] = runs;
  if (!first) return null;
  const comparisons = runs.map((r) => compareRuns(first.run, r.run));
  const keys = comparisons[0]?.totals ?? [];
  return (
    <div className="table-scroll">
      <table className="pr-table pr-totals" data-testid="sim-totals">
        <caption className="small muted">Totals over {formatCount(first.run.params.sprints)} sprints; in brackets, the difference from the first strategy.</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {runs.map((r, i) => (
              <th key={i} scope="col">
                {r.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((total, row) => (
            <tr key={total.key} data-total={total.key}>
              <th scope="row">{total.label}</th>
              {comparisons.map((c, i) => {
                const t = c.totals[row];
                return (
                  <td key={i} className="num">
                    {formatCount(t?.b ?? 0)}
                    {i > 0 && t && t.difference !== 0 ? <span className="small muted"> ({t.difference > 0 ? '+' : ''}{formatCount(t.difference)})</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Output against outcome, and waste: the three charts, every run overlaid on each. */
export function Charts({ runs, goal, prefix }: { runs: readonly ChartRun[]; goal: number; prefix: string }) {
  const line = (pick: (r: ChartRun) => string) => runs.map((r) => `${r.label}: ${pick(r)}`).join('; ');
  return (
    <div className="pr-charts">
      <OverlayChart
        runs={runs}
        series="cumulativeValue"
        title="Outcome: value realised"
        summary={`${line((r) => `${formatCount(r.run.totals.valueRealised)} value, ${formatCount(r.run.totals.goalProgress)} % of the goal`)}.`}
        unit="value"
        goal={goal}
        testId={`${prefix}-chart-outcome`}
      />
      <OverlayChart
        runs={runs}
        series="cumulativeItems"
        title="Output: items shipped"
        summary={`${line((r) => `${formatCount(r.run.totals.itemsShipped)} items`)}.`}
        unit="items"
        testId={`${prefix}-chart-output`}
      />
      <OverlayChart
        runs={runs}
        series="wastePoints"
        title="Waste per sprint (points)"
        summary={`${line((r) => `${formatCount(r.run.totals.wastePoints)} points wasted`)}.`}
        unit="points"
        bars
        testId={`${prefix}-chart-waste`}
      />
    </div>
  );
}
