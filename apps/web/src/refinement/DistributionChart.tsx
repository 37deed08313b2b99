import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import { plural } from '../lib/format';
import { distributionRows } from './room';

const AXIS = '#525d6e';
const TICK = { fill: '#3a4350', fontSize: 13 };
const BAR = '#3442c4';
const BAR_EMPTY = '#d9dde4';

/** Votes per card of the scale, as bars; the same counts in words for those who do not see the chart. */
export function DistributionChart({ cards, counts, explanation }: { cards: readonly string[]; counts: ReadonlyArray<{ card: string; votes: number }>; explanation: string }) {
  const rows = distributionRows(cards, counts);
  const max = Math.max(1, ...rows.map((r) => r.votes));
  const inWords = rows
    .filter((r) => r.votes > 0)
    .map((r) => `${r.card}: ${plural(r.votes, 'vote')}`)
    .join(', ');
  return (
    <figure className="rf-chart" data-testid="distribution-chart">
      <BarChart
        responsive
        style={{ width: '100%', height: 220 }}
        data={rows}
        margin={{ top: 20, right: 12, bottom: 4, left: 0 }}
        title="Votes per card"
        desc={`${inWords}. ${explanation}`}
      >
        <CartesianGrid stroke="#e6e9ee" vertical={false} />
        <XAxis dataKey="card" tick={TICK} stroke={AXIS} interval={0} />
        <YAxis allowDecimals={false} domain={[0, max]} tick={TICK} stroke={AXIS} width={32} />
        <Bar dataKey="votes" name="Votes" isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.card} fill={r.votes ? BAR : BAR_EMPTY} />
          ))}
          <LabelList dataKey="votes" position="top" fill="#1a2130" fontSize={13} formatter={(v: unknown) => (Number(v) > 0 ? String(v) : '')} />
        </Bar>
      </BarChart>
      <figcaption className="small muted rf-chart-words" data-testid="distribution-counts">
        Votes per card: {inWords}
      </figcaption>
    </figure>
  );
}
