import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { BurnUpPoint } from '@backlog-studio/domain';
import { formatDate } from '../lib/format';

const COLOR = { done: '#3442c4', scope: '#525d6e', grid: '#d9dde4', text: '#3a4350' };
const TICK = { fill: COLOR.text, fontSize: 12 };

/** The burn-up of a BURN_UP_DIAGNOSIS exercise: done against scope, week by week, with its numbers in a table. */
export default function BurnUpChart({ points, goal }: { points: readonly BurnUpPoint[]; goal: string }) {
  const rows = points.map((p, i) => ({ ...p, week: `W${i + 1}` }));
  const last = rows[rows.length - 1];
  const summary = last ? `${rows.length} weeks: ${last.done} of ${last.scope} items done by ${formatDate(last.end)}.` : 'No weeks yet.';
  return (
    <figure className="pr-chart" data-testid="burn-up-chart">
      <figcaption>
        <strong>Burn-up toward “{goal}”</strong>
        <span className="small muted"> {summary}</span>
      </figcaption>
      <LineChart responsive style={{ width: '100%', height: 260 }} data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 0 }} title="Burn-up: items done and total scope per week" desc={summary}>
        <CartesianGrid stroke={COLOR.grid} strokeDasharray="3 3" />
        <XAxis dataKey="week" tick={TICK} stroke={COLOR.scope} />
        <YAxis tick={TICK} stroke={COLOR.scope} width={40} allowDecimals={false} />
        <Tooltip />
        <Line type="stepAfter" dataKey="scope" name="Scope" stroke={COLOR.scope} strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="done" name="Done" stroke={COLOR.done} strokeWidth={3} dot={false} isAnimationActive={false} />
      </LineChart>
      <ul className="pr-legend" aria-label="Legend">
        <li>
          <span className="pr-key-line" style={{ background: COLOR.done }} aria-hidden="true" /> Done
        </li>
        <li>
          <span className="pr-key-line" style={{ background: COLOR.scope }} aria-hidden="true" /> Scope
        </li>
      </ul>
      <details className="pr-reference">
        <summary>The numbers behind the chart</summary>
        <div className="table-scroll">
          <table className="pr-table">
            <thead>
              <tr>
                <th scope="col">Week</th>
                <th scope="col">Ends</th>
                <th scope="col">Done</th>
                <th scope="col">Scope</th>
                <th scope="col">Added</th>
                <th scope="col">Removed</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={p.start}>
                  <th scope="row">{p.week}</th>
                  <td>{formatDate(p.end)}</td>
                  <td>{p.done}</td>
                  <td>{p.scope}</td>
                  <td>{p.added}</td>
                  <td>{p.removed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
