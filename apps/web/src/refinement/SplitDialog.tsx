import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { SpidrPattern } from '@backlog-studio/domain';
import { toProblem, type Problem } from '../api/errors';
import { RefinementSplitItemDocument } from '../api/generated/graphql';
import { Icon, Spinner } from '../components/ui';
import { SPIDR_OPTIONS } from './labels';
import { ProblemNote } from './ProblemNote';
import { MIN_SPLIT_CHILDREN, splitIssues, type SplitChildDraft } from './room';
import type { AgendaEntry } from './useRefinementSession';

const MAX_CHILDREN = 10;
const blank = (): SplitChildDraft => ({ title: '', pattern: '' });

/**
 * Split the item in focus into smaller items, each tagged with the SPIDR pattern that sliced it
 * (spike, paths, interfaces, data, rules). The children keep the parent's goal and outcome and
 * join the agenda right after it. A modal dialog: focus starts on the first title, Escape closes.
 */
export function SplitDialog({ sessionId, entry, onClose }: { sessionId: string; entry: AgendaEntry; onClose: () => void }) {
  const titleId = useId();
  const [children, setChildren] = useState<SplitChildDraft[]>([blank(), blank()]);
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, split] = useMutation(RefinementSplitItemDocument);
  const first = useRef<HTMLInputElement>(null);
  const issues = splitIssues(children);

  useEffect(() => {
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const update = (i: number, patch: Partial<SplitChildDraft>) => setChildren((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (issues.length) return;
    const result = await split({
      input: {
        itemId: entry.itemId,
        sessionId,
        expectedVersion: entry.itemVersion,
        children: children.map((c) => ({ title: c.title.trim(), pattern: c.pattern as SpidrPattern })),
      },
    });
    if (result.error) setProblem(toProblem(result.error));
    else onClose();
  };

  return (
    <div className="modal-backdrop">
      <div className="modal rf-split" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="split-dialog">
        <h2 id={titleId}>Split “{entry.title}”</h2>
        <form onSubmit={submit} noValidate>
          <div className="modal-body">
            <p className="small muted">
              Slice it into at least {MIN_SPLIT_CHILDREN} smaller items that each still deliver value. The children keep the item’s Product Goal and outcome.
            </p>
            <ProblemNote problem={problem} onDismiss={() => setProblem(null)} />
            <ol className="rf-split-list">
              {children.map((c, i) => (
                <li key={i} className="rf-split-child">
                  <div className="field">
                    <label htmlFor={`${titleId}-t${i}`} className="field-label">
                      Child {i + 1} title
                    </label>
                    <input id={`${titleId}-t${i}`} ref={i === 0 ? first : undefined} value={c.title} maxLength={200} onChange={(e) => update(i, { title: e.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${titleId}-p${i}`} className="field-label">
                      Child {i + 1} SPIDR pattern
                    </label>
                    <select id={`${titleId}-p${i}`} value={c.pattern} onChange={(e) => update(i, { pattern: e.target.value as SpidrPattern | '' })}>
                      <option value="">Choose how it was sliced…</option>
                      {SPIDR_OPTIONS.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.hint}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button
                    type="button"
                    className="btn btn-icon btn-ghost"
                    aria-label={`Remove child ${i + 1}`}
                    disabled={children.length <= MIN_SPLIT_CHILDREN}
                    onClick={() => setChildren((list) => list.filter((_, j) => j !== i))}
                  >
                    <Icon name="close" />
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" className="btn btn-small" disabled={children.length >= MAX_CHILDREN} onClick={() => setChildren((list) => [...list, blank()])}>
              <Icon name="plus" /> Add a child
            </button>
            {tried && issues.length ? (
              <ul className="field-error rf-problem-list" role="alert">
                {issues.map((issue) => (
                  <li key={issue}>
                    <Icon name="alert" /> {issue}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
          <div className="modal-actions">
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={fetching}>
              {fetching ? <Spinner size={14} /> : null} Split into {children.length}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
