import { memo, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { toProblem, type Problem } from '../api/errors';
import { RefinementSetCriteriaDocument } from '../api/generated/graphql';
import { Icon, Spinner } from '../components/ui';
import { ProblemNote } from './ProblemNote';
import { criteriaFromText, criteriaToText, insertTemplate, isGivenWhenThen, unfilledCriteria } from './room';
import type { AgendaEntry } from './useRefinementSession';

/**
 * The acceptance criteria of the item in focus, one per line: typed as plain checkable sentences
 * or from the Given / When / Then template. Someone else's saved change replaces the text here
 * unless you are editing it; saving over a newer version is refused (CONFLICT), never lost.
 */
export const Criteria = memo(function Criteria({ sessionId, entry, canEdit }: { sessionId: string; entry: AgendaEntry; canEdit: boolean }) {
  const id = useId();
  const saved = criteriaToText(entry.acceptanceCriteria);
  const [draft, setDraft] = useState(saved);
  const [base, setBase] = useState(saved);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState('');
  const [{ fetching }, save] = useMutation(RefinementSetCriteriaDocument);
  const area = useRef<HTMLTextAreaElement>(null);
  if (saved !== base) {
    // A newer version arrived: take it unless the text here has unsaved edits.
    if (draft === base) setDraft(saved);
    setBase(saved);
  }
  const lines = criteriaFromText(draft);
  const unfilled = unfilledCriteria(lines);
  const dirty = criteriaToText(lines) !== saved;

  const insert = () => {
    const el = area.current;
    const r = insertTemplate(draft, el?.selectionStart ?? draft.length);
    setDraft(r.text);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(r.selectionStart, r.selectionEnd);
    });
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    const result = await save({ input: { itemId: entry.itemId, sessionId, expectedVersion: entry.itemVersion, criteria: lines } });
    const p = toProblem(result.error);
    setProblem(p);
    if (!p) {
      setDraft(criteriaToText(lines));
      setStatus(`Saved ${lines.length} acceptance criteri${lines.length === 1 ? 'on' : 'a'}.`);
    }
  };

  return (
    <section className="rf-panel rf-criteria" aria-labelledby="criteria-title" data-testid="criteria">
      <div className="rf-panel-head">
        <h3 id="criteria-title">Acceptance criteria</h3>
        <span className="muted small">{entry.acceptanceCriteria.length ? `${entry.acceptanceCriteria.length} saved` : 'none yet'}</span>
      </div>
      {canEdit ? (
        <form onSubmit={submit} noValidate>
          <ProblemNote problem={problem} onDismiss={() => setProblem(null)} />
          <label htmlFor={`${id}-text`} className="field-label">
            Acceptance criteria, one per line
          </label>
          <textarea
            id={`${id}-text`}
            ref={area}
            rows={Math.min(10, Math.max(3, lines.length + 1))}
            value={draft}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setDraft(e.target.value);
              setStatus('');
            }}
          />
          <p id={`${id}-hint`} className="field-hint">
            Given / When / Then, or a plain sentence someone can check. The template button puts one on a new line and selects its first blank.
            {unfilled.length ? <strong className="rf-warn"> Fill the blanks in criterion {unfilled.join(', ')} before saving.</strong> : null}
          </p>
          <div className="rf-actions">
            <button type="button" className="btn" onClick={insert}>
              <Icon name="plus" /> Given / When / Then
            </button>
            <button type="submit" className="btn btn-primary" disabled={fetching || !dirty || unfilled.length > 0}>
              {fetching ? <Spinner size={14} /> : null} Save criteria
            </button>
            <span className="muted small" role="status">
              {status}
            </span>
          </div>
        </form>
      ) : entry.acceptanceCriteria.length ? (
        <ol className="rf-criteria-list">
          {entry.acceptanceCriteria.map((c, i) => (
            <li key={i} className={isGivenWhenThen(c) ? 'is-gwt' : undefined}>
              {c}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No acceptance criteria yet.</p>
      )}
    </section>
  );
});
