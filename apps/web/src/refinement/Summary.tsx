import { memo } from 'react';
import { formatClock, timeVsTimebox } from './room';
import type { Session } from './useRefinementSession';

type Line = Session['summary']['madeReady'][number];

function Lines({ title, lines, empty, testId, detail }: { title: string; lines: readonly Line[]; empty: string; testId: string; detail?: (l: Line) => string | null }) {
  return (
    <section className="rf-summary-block" aria-label={title} data-testid={testId}>
      <h3>
        {title} <span className="muted">({lines.length})</span>
      </h3>
      {lines.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <ul>
          {lines.map((l, i) => (
            <li key={`${l.itemId}-${i}`}>
              <span className="rf-summary-title">{l.title}</span>
              {detail?.(l) ? <span className="rf-summary-detail">{detail(l)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What the workshop produced: items made ready, estimates agreed, splits, open questions, time per item. */
export const Summary = memo(function Summary({ session }: { session: Session }) {
  const s = session.summary;
  return (
    <div className="rf-summary" data-testid="summary">
      <div className="rf-summary-grid">
        <Lines title="Made ready" lines={s.madeReady} empty="No item was made ready." testId="summary-ready" />
        <Lines title="Estimates agreed" lines={s.estimated} empty="No estimate was agreed." testId="summary-estimated" detail={(l) => (l.detail ? `size ${l.detail}` : null)} />
        <Lines title="Splits" lines={s.splits} empty="No item was split." testId="summary-splits" detail={(l) => l.detail} />
        <Lines title="Open questions" lines={s.openQuestions} empty="No question left open." testId="summary-questions" detail={(l) => l.detail} />
      </div>
      <div className="table-scroll">
        <table className="rf-table" data-testid="summary-time">
          <caption>
            Time per item · {formatClock(s.totalSeconds)} in all
          </caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Time against timebox</th>
            </tr>
          </thead>
          <tbody>
            {s.timePerItem.map((t) => (
              <tr key={t.itemId} className={t.overTimebox ? 'is-over' : undefined}>
                <th scope="row">{t.title}</th>
                <td>{timeVsTimebox(t.seconds, t.timeboxMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});
