import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import type { ProgressReportFieldsFragment } from '../api/generated/graphql';
import { EmptyState } from '../components/ui';
import { formatDate, plural } from '../lib/format';
import { num } from './labels';

type Report = ProgressReportFieldsFragment;

const COLOR = {
  scope: '#525d6e',
  done: '#3442c4',
  changed: '#844600',
  grid: '#d9dde4',
  text: '#3a4350',
  bar: '#3442c4',
  partial: '#9aa3c7',
  average: '#166240',
};
const FORECAST_COLOR: Record<number, string> = { 50: '#166240', 85: '#844600', 95: '#b3261e' };
const FORECAST_DASH: Record<number, string> = { 50: '6 3', 85: '3 3', 95: '1 3' };

const DAY = 86_400_000;
const toMs = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
const epochIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const shortDate = (ms: number): string => new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const AXIS_TICK = { fill: COLOR.text, fontSize: 12 };

/** The scope line's point: a diamond where the scope changed in that week, nothing elsewhere. */
function ScopeDot(props: DotItemDotProps) {
  const { cx, cy, payload } = props as DotItemDotProps & { payload?: { scopeChanged?: boolean } };
  if (!payload?.scopeChanged || cx === undefined || cy === undefined || cx === null || cy === null) return <g />;
  const x = Number(cx);
  const y = Number(cy);
  return <path d={`M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z`} fill={COLOR.changed} stroke="#fff" strokeWidth={1.5} />;
}

function BurnUp({ report }: { report: Report }) {
  const points = report.burnUp.map((p) => ({ ...p, x: toMs(p.end) }));
  const forecast = (report.forecast?.percentiles ?? []).filter((p) => p.date);
  const target = report.activeGoal?.targetDate ? toMs(report.activeGoal.targetDate) : null;
  const first = Math.min(...points.map((p) => toMs(p.start)));
  const last = points[points.length - 1];
  const lastX = last?.x ?? first;
  const farthest = Math.max(lastX, ...forecast.map((f) => toMs(f.date!)), ...(target ? [target] : []));
  // Far-off forecasts would squeeze the history into a corner: then they are shown on request.
  const fits = farthest - lastX <= 1.5 * Math.max(lastX - first, 7 * DAY);
  const [extend, setExtend] = useState(fits);
  const toggleId = useId();
  const domain: [number, number] = [first, (extend ? farthest : lastX) + 3 * DAY];
  const shown = (x: number) => x >= domain[0] && x <= domain[1];
  const changes = points.filter((p) => p.scopeChanged);
  const summary = last
    ? `Burn-up over ${plural(points.length, 'week')}: ${num(last.done)} of ${num(last.scope)} points done by ${formatDate(last.end)}; the scope changed in ${plural(changes.length, 'week')}.` +
      (forecast.length ? ` Forecast: ${forecast.map((f) => `${f.confidence} % by ${formatDate(f.date)}`).join(', ')}.` : '')
    : 'No history yet.';
  return (
    <figure className="sh-chart" data-testid="burn-up">
      <figcaption>
        <h2>Burn-up: done against scope</h2>
        <p className="small muted">{summary}</p>
      </figcaption>
      <ComposedChart
        responsive
        style={{ width: '100%', height: 320 }}
        data={points}
        margin={{ top: 24, right: 24, bottom: 8, left: 0 }}
        title="Burn-up chart: points done and total scope per week, with the forecast dates"
        desc={summary}
      >
        <CartesianGrid stroke={COLOR.grid} strokeDasharray="3 3" />
        <XAxis dataKey="x" type="number" scale="time" domain={domain} tickFormatter={shortDate} tick={AXIS_TICK} stroke={COLOR.scope} />
        <YAxis tick={AXIS_TICK} stroke={COLOR.scope} width={44} allowDecimals={false} label={{ value: 'points', angle: -90, position: 'insideLeft', fill: COLOR.text, fontSize: 12 }} />
        <Tooltip
          labelFormatter={(v) => `Week ending ${shortDate(Number(v))}`}
          formatter={(value, name) => [num(Number(value)), name === 'scope' ? 'Scope' : 'Done']}
        />
        {forecast.filter((f) => shown(toMs(f.date!))).map((f) => (
          <ReferenceLine
            key={f.confidence}
            x={toMs(f.date!)}
            stroke={FORECAST_COLOR[f.confidence] ?? COLOR.text}
            strokeDasharray={FORECAST_DASH[f.confidence] ?? '4 4'}
            strokeWidth={2}
            label={{ value: `${f.confidence} %`, position: 'top', fill: FORECAST_COLOR[f.confidence] ?? COLOR.text, fontSize: 12, fontWeight: 600 }}
          />
        ))}
        {last
          ? forecast
              .filter((f) => shown(toMs(f.date!)))
              .map((f) => (
                <ReferenceLine
                  key={`p${f.confidence}`}
                  segment={[
                    { x: last.x, y: last.done },
                    { x: toMs(f.date!), y: last.scope },
                  ]}
                  stroke={FORECAST_COLOR[f.confidence] ?? COLOR.text}
                  strokeDasharray={FORECAST_DASH[f.confidence] ?? '4 4'}
                  strokeWidth={1.5}
                  ifOverflow="extendDomain"
                />
              ))
          : null}
        {target && shown(target) ? <ReferenceLine x={target} stroke={COLOR.text} strokeWidth={1} label={{ value: 'goal date', position: 'insideTopRight', fill: COLOR.text, fontSize: 11 }} /> : null}
        <Line type="stepAfter" dataKey="scope" name="scope" stroke={COLOR.scope} strokeWidth={2} dot={ScopeDot} activeDot={{ r: 4 }} isAnimationActive={false} />
        <Line type="monotone" dataKey="done" name="done" stroke={COLOR.done} strokeWidth={3} dot={false} activeDot={{ r: 4 }} isAnimationActive={false} />
      </ComposedChart>
      <ul className="sh-legend" aria-label="Legend">
        <li>
          <span className="sh-key sh-key-line" style={{ background: COLOR.done }} aria-hidden="true" /> Done
        </li>
        <li>
          <span className="sh-key sh-key-line" style={{ background: COLOR.scope }} aria-hidden="true" /> Scope
        </li>
        <li>
          <span className="sh-key sh-key-diamond" style={{ background: COLOR.changed }} aria-hidden="true" /> Scope changed that week
        </li>
        {forecast.map((f) => (
          <li key={f.confidence}>
            <span className="sh-key sh-key-dash" style={{ borderColor: FORECAST_COLOR[f.confidence] }} aria-hidden="true" /> {f.confidence} % forecast: {formatDate(f.date)}
          </li>
        ))}
      </ul>
      {forecast.length ? (
        <label className="switch sh-extend" htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={extend} onChange={(e) => setExtend(e.target.checked)} />
          Stretch the chart to the forecast dates{fits ? '' : ` (up to ${formatDate(epochIso(farthest))})`}
        </label>
      ) : null}
      <details className="sh-numbers">
        <summary>The numbers behind the burn-up</summary>
        <div className="table-scroll">
          <table className="sh-table">
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col" className="num">
                  Done
                </th>
                <th scope="col" className="num">
                  Total scope
                </th>
                <th scope="col" className="num">
                  Added
                </th>
                <th scope="col" className="num">
                  Removed
                </th>
                <th scope="col">Scope</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.start}>
                  <th scope="row">
                    {formatDate(p.start)} – {formatDate(p.end)}
                  </th>
                  <td className="num">{num(p.done)}</td>
                  <td className="num">{num(p.scope)}</td>
                  <td className="num">{num(p.added)}</td>
                  <td className="num">{num(p.removed)}</td>
                  <td>{p.scopeChanged ? 'changed' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

function Throughput({ report }: { report: Report }) {
  const weeks = report.throughput.map((t) => ({ ...t, label: shortDate(toMs(t.end)) }));
  const full = weeks.filter((w) => !w.partial);
  const average = full.length ? full.reduce((n, w) => n + w.count, 0) / full.length : null;
  const summary = `${plural(weeks.length, 'week')}; ${average === null ? 'no full week yet' : `on average ${num(average)} items a week`}${weeks.some((w) => w.partial) ? '; the last week is not over yet' : ''}.`;
  return (
    <figure className="sh-chart" data-testid="throughput">
      <figcaption>
        <h2>Throughput: items done per week</h2>
        <p className="small muted">{summary}</p>
      </figcaption>
      <BarChart responsive style={{ width: '100%', height: 240 }} data={weeks} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} title="Throughput: items done per week" desc={summary}>
        <CartesianGrid stroke={COLOR.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={AXIS_TICK} stroke={COLOR.scope} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} stroke={COLOR.scope} width={44} />
        <Tooltip formatter={(value) => [String(value), 'items done']} labelFormatter={(l) => `Week ending ${String(l)}`} />
        {average !== null ? (
          <ReferenceLine y={average} stroke={COLOR.average} strokeDasharray="4 4" label={{ value: `average ${num(average)}`, position: 'insideTopLeft', fill: COLOR.average, fontSize: 12 }} />
        ) : null}
        <Bar dataKey="count" name="items done" isAnimationActive={false}>
          {weeks.map((w) => (
            <Cell key={w.start} fill={w.partial ? COLOR.partial : COLOR.bar} />
          ))}
        </Bar>
      </BarChart>
      <ul className="sh-legend" aria-label="Legend">
        <li>
          <span className="sh-key" style={{ background: COLOR.bar }} aria-hidden="true" /> Items done in the week
        </li>
        <li>
          <span className="sh-key" style={{ background: COLOR.partial }} aria-hidden="true" /> Week not over yet (left out of the forecast)
        </li>
      </ul>
      <details className="sh-numbers">
        <summary>The numbers behind the throughput</summary>
        <div className="table-scroll">
          <table className="sh-table">
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col" className="num">
                  Items done
                </th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((w) => (
                <tr key={w.start}>
                  <th scope="row">
                    {formatDate(w.start)} – {formatDate(w.end)}
                    {w.partial ? ' (not over yet)' : ''}
                  </th>
                  <td className="num">{w.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

function Forecast({ report }: { report: Report }) {
  const f = report.forecast;
  return (
    <section className="sh-forecast" aria-labelledby="forecast-title" data-testid="forecast">
      <h2 id="forecast-title">Forecast: when the remaining items are done</h2>
      {f ? (
        <>
          <ul className="sh-forecast-cards">
            {f.percentiles.map((p) => (
              <li key={p.confidence} className={`sh-forecast-card c-${p.confidence}`}>
                <span className="sh-forecast-confidence">{p.confidence} %</span>
                <strong>{p.date ? formatDate(p.date) : 'beyond the horizon'}</strong>
                <span className="small muted">{p.weeks === null || p.weeks === undefined ? 'more weeks than simulated' : plural(p.weeks, 'week')}</span>
              </li>
            ))}
          </ul>
          <p className="small">
            {plural(f.remainingItems, 'item')} left. Monte Carlo over 10,000 simulated futures, drawing from the weekly throughput of the last{' '}
            {plural(f.basedOn.length, 'full week')} ({f.basedOn.join(', ')}). “85 %” means 85 of 100 futures finished by then.
          </p>
        </>
      ) : (
        <p className="muted">No forecast until items have been done.</p>
      )}
      {report.forecastNote ? <p className="small muted">{report.forecastNote}</p> : null}
    </section>
  );
}

/** The progress report: toward the active Product Goal, with burn-up, throughput and forecast. */
export function ProgressReportView({ report }: { report: Report }) {
  return (
    <div className="sh-report" data-testid="progress-report">
      <dl className="sh-stats">
        <div>
          <dt>Product Goal</dt>
          <dd>{report.activeGoal ? report.activeGoal.statement : <span className="muted">no active goal</span>}</dd>
          {report.activeGoal?.targetDate ? <dd className="small muted">target {formatDate(report.activeGoal.targetDate)}</dd> : null}
        </div>
        <div>
          <dt>Done</dt>
          <dd className="sh-stat-number">{report.doneItems}</dd>
          <dd className="small muted">items</dd>
        </div>
        <div>
          <dt>Remaining</dt>
          <dd className="sh-stat-number">{report.remainingItems}</dd>
          <dd className="small muted">items</dd>
        </div>
        <div>
          <dt>As of</dt>
          <dd>{formatDate(report.generatedOn)}</dd>
        </div>
      </dl>
      {report.burnUp.length === 0 ? (
        <EmptyState title="No history yet">The burn-up starts once items are created and done.</EmptyState>
      ) : (
        <>
          <BurnUp report={report} />
          <Forecast report={report} />
          <Throughput report={report} />
        </>
      )}
    </div>
  );
}
