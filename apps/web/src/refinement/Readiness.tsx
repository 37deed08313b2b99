import { memo, useId, useState } from 'react';
import { useMutation } from 'urql';
import { toProblem, type Problem } from '../api/errors';
import { RefinementMarkReadyDocument } from '../api/generated/graphql';
import { Icon, Spinner } from '../components/ui';
import { ProblemNote } from './ProblemNote';
import { readinessChecklist, readinessProblems } from './room';
import type { AgendaEntry, Session } from './useRefinementSession';

const REFINABLE = new Set(['IDEA', 'REFINED']);

/**
 * The Definition of Ready for the item in focus: the lines the tool checks shown met or not,
 * the MANUAL lines as checkboxes the team ticks. "Mark ready" sends the ticked ids; the API names
 * every unmet line when it refuses. The product owner may override with a reason.
 */
export const Readiness = memo(function Readiness({ session, entry, canEdit, canOverride }: { session: Session; entry: AgendaEntry; canEdit: boolean; canOverride: boolean }) {
  const id = useId();
  const definition = session.settings.definitionOfReady;
  const [ticked, setTicked] = useState<string[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [reason, setReason] = useState('');
  const [{ fetching }, markReady] = useMutation(RefinementMarkReadyDocument);
  const lines = readinessChecklist(definition, entry.readiness, ticked);
  const unmet = lines.filter((l) => !l.met).length;
  const refinable = REFINABLE.has(entry.status) && session.status !== 'CLOSED';
  const isReady = entry.status === 'READY' || !!entry.madeReadyAt;

  const send = (overrideReason?: string) =>
    void markReady({
      input: { itemId: entry.itemId, sessionId: session.id, expectedVersion: entry.itemVersion, ticked, ...(overrideReason ? { overrideReason } : {}) },
    }).then((r) => {
      setProblem(toProblem(r.error));
      if (!r.error) setReason('');
    });

  return (
    <section className="rf-panel rf-readiness" aria-labelledby="dor-title" data-testid="readiness">
      <div className="rf-panel-head">
        <h3 id="dor-title">Definition of Ready</h3>
        {isReady ? (
          <span className="badge rf-badge-ready" data-testid="item-ready">
            <Icon name="check" /> Ready
          </span>
        ) : (
          <span className="muted small" data-testid="unmet-count">
            {unmet ? `${unmet} of ${lines.length} not met` : 'all lines met'}
          </span>
        )}
      </div>
      <ul className="rf-dor" data-testid="dor-lines">
        {lines.map((line) =>
          line.manual ? (
            <li key={line.id} className={line.met ? 'is-met' : 'is-unmet'}>
              <label className="rf-dor-manual">
                <input
                  type="checkbox"
                  checked={isReady || line.met}
                  disabled={!canEdit || !refinable || isReady}
                  onChange={() => setTicked((t) => (t.includes(line.id) ? t.filter((x) => x !== line.id) : [...t, line.id]))}
                />
                <span>{line.text}</span>
              </label>
              <span className="muted small">ticked by the team</span>
            </li>
          ) : (
            <li key={line.id} className={line.met || isReady ? 'is-met' : 'is-unmet'} data-testid="dor-auto">
              <span className="rf-dor-mark" aria-hidden="true">
                <Icon name={line.met ? 'check' : 'close'} />
              </span>
              <span>{line.text}</span>
              <span className={line.met ? 'rf-met' : 'rf-unmet'}>{line.met ? 'met' : 'not met'}</span>
            </li>
          ),
        )}
      </ul>
      <ProblemNote problem={problem} lines={readinessProblems(problem, definition)} onDismiss={() => setProblem(null)} testId="readiness-problem" />
      {canEdit && refinable && !isReady ? (
        <div className="rf-actions">
          <button type="button" className="btn btn-primary" disabled={fetching} onClick={() => send()}>
            {fetching ? <Spinner size={14} /> : <Icon name="check" />} Mark ready
          </button>
          {unmet ? <span className="muted small">The API checks every line again and names those not met.</span> : null}
        </div>
      ) : null}
      {canOverride && refinable && !isReady ? (
        <details className="rf-override">
          <summary>Override with reason</summary>
          <p className="small muted">As product owner you may mark the item ready although lines are not met. The reason goes into the item’s history.</p>
          <label htmlFor={`${id}-reason`} className="field-label">
            Why is it ready anyway?
          </label>
          <textarea id={`${id}-reason`} rows={2} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
          <div className="rf-actions">
            <button type="button" className="btn btn-danger-outline" disabled={fetching || reason.trim().length < 5} onClick={() => send(reason.trim())}>
              Mark ready anyway
            </button>
            <span className="muted small">At least 5 characters.</span>
          </div>
        </details>
      ) : null}
    </section>
  );
});
