import type { Ref } from 'react';
import type { Problem } from '../api/errors';
import { formatChangeValue, formatDateTime, formatRelative } from '../lib/format';
import { fieldLabel } from '../lib/labels';
import { Icon, Spinner } from './ui';

type Conflict = Extract<Problem, { kind: 'conflict' }>;

/**
 * The item changed since it was opened: what changed, by whom, and the two ways on —
 * re-apply my edits on top of the new version, or reload it and drop mine.
 */
export function ConflictPanel({
  problem,
  editedVersion,
  mine,
  busy,
  onReapply,
  onReload,
  ref,
}: {
  problem: Conflict;
  editedVersion: number;
  mine: string[];
  busy: string | null;
  onReapply: () => void;
  onReload: () => void;
  ref?: Ref<HTMLElement>;
}) {
  const theirs = new Set(problem.changes.map((c) => c.field));
  const overlap = mine.filter((f) => theirs.has(f));
  const actors = [...new Set(problem.changes.map((c) => c.actor))];
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-title" tabIndex={-1} ref={ref}>
      <h2 id="conflict-title">
        <Icon name="alert" /> {actors.length ? actors.join(', ') : 'Someone else'} changed this item while you were editing
      </h2>
      <p>
        You edited version {editedVersion}; it is now at version {problem.currentVersion}. Your changes are not saved yet.
      </p>
      {problem.changes.length ? (
        <div className="table-scroll">
          <table className="conflict-table">
            <caption className="visually-hidden">Changes made since version {editedVersion}</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Was</th>
                <th scope="col">Now</th>
                <th scope="col">By</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {problem.changes.map((c, i) => (
                <tr key={`${c.field}-${c.version}-${i}`} className={mine.includes(c.field) ? 'is-overlap' : undefined}>
                  <th scope="row">
                    {fieldLabel(c.field)}
                    {mine.includes(c.field) ? <span className="badge overlap">you changed it too</span> : null}
                  </th>
                  <td>{formatChangeValue(c.oldValue, 160, c.field)}</td>
                  <td>{formatChangeValue(c.newValue, 160, c.field)}</td>
                  <td>{c.actor}</td>
                  <td>
                    <time dateTime={c.at} title={formatDateTime(c.at)}>
                      {formatRelative(c.at)}
                    </time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p>
        Your unsaved changes: {mine.length ? mine.map(fieldLabel).join(', ') : 'none'}.
        {overlap.length ? ` Re-applying overwrites their ${overlap.map(fieldLabel).join(', ')}.` : ' Re-applying keeps their changes and adds yours.'}
      </p>
      <div className="conflict-actions">
        <button type="button" className="btn btn-primary" onClick={onReapply} disabled={busy !== null || mine.length === 0}>
          {busy === 'save' ? <Spinner size={14} /> : null} Re-apply my changes
        </button>
        <button type="button" className="btn" onClick={onReload} disabled={busy !== null}>
          {busy === 'reload' ? <Spinner size={14} /> : <Icon name="restore" />} Reload and discard mine
        </button>
      </div>
    </section>
  );
}
