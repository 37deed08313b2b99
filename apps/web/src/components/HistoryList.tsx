import type { HistoryEntryFragment } from '../api/generated/graphql';
import { formatChangeValue, formatDateTime, formatRelative } from '../lib/format';
import { fieldLabel } from '../lib/labels';

interface Group {
  version: number;
  actor: string;
  at: string;
  entries: HistoryEntryFragment[];
}

/** Entries come newest first, one per changed field; one group per version reads better. */
function groupByVersion(entries: readonly HistoryEntryFragment[]): Group[] {
  const groups: Group[] = [];
  for (const e of entries) {
    const last = groups[groups.length - 1];
    if (last && last.version === e.version && last.actor === e.actor) last.entries.push(e);
    else groups.push({ version: e.version, actor: e.actor, at: e.at, entries: [e] });
  }
  return groups;
}

function Change({ entry }: { entry: HistoryEntryFragment }) {
  if (entry.field === 'created') return <>Created as “{formatChangeValue(entry.newValue)}”</>;
  if (entry.field === 'archived') return <>Archived</>;
  if (entry.field === 'restored') return <>Restored to the backlog</>;
  return (
    <>
      <span className="history-field">{fieldLabel(entry.field)}</span>{' '}
      <del title="before">{formatChangeValue(entry.oldValue, 80, entry.field)}</del> <span aria-hidden="true">→</span>
      <span className="visually-hidden"> changed to </span>{' '}
      <ins title="after">{formatChangeValue(entry.newValue, 80, entry.field)}</ins>
    </>
  );
}

export function HistoryList({ entries }: { entries: readonly HistoryEntryFragment[] }) {
  if (entries.length === 0) return <p className="muted">No changes recorded yet.</p>;
  return (
    <ol className="history">
      {groupByVersion(entries).map((g) => (
        <li key={`${g.version}-${g.at}`} className="history-group">
          <p className="history-meta">
            <span className="history-version">v{g.version}</span> {g.actor} ·{' '}
            <time dateTime={g.at} title={formatDateTime(g.at)}>
              {formatRelative(g.at)}
            </time>
          </p>
          <ul>
            {g.entries.map((e) => (
              <li key={e.id}>
                <Change entry={e} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
