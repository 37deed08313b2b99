import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { toProblem, type Problem } from '../api/errors';
import { RefinementFocusItemDocument, RefinementSetAgendaDocument } from '../api/generated/graphql';
import { Icon } from '../components/ui';
import { ItemSearch } from '../stakeholders/ItemPicker';
import { ProblemNote } from './ProblemNote';
import { moveEntry, secondsNow, timeboxState, timeVsTimebox } from './room';
import type { AgendaEntry, Session } from './useRefinementSession';

function Marks({ entry }: { entry: AgendaEntry }) {
  return (
    <span className="rf-marks">
      {entry.madeReadyAt || entry.status === 'READY' ? (
        <span className="badge rf-badge-ready">
          <Icon name="check" /> Ready
        </span>
      ) : null}
      {typeof entry.size === 'number' ? <span className="badge">Size {entry.size}</span> : <span className="badge rf-badge-muted">Not estimated</span>}
      {entry.splits.length ? <span className="badge">Split in {entry.splits.length}</span> : null}
    </span>
  );
}

/** Where the keyboard focus goes after a change: an entry's button by its action, or the heading. */
interface FocusAfter {
  itemId: string | null;
  action: 'up' | 'down' | 'remove';
}

/**
 * The agenda in order: per item its time against the timebox (the item in focus runs live), and
 * whether it is estimated and ready. Those who run the room move the focus, reorder, add items
 * found by title and take items off. Every change is made from the agenda shown (its version):
 * when it changed meanwhile (a split, another facilitator) the room reloads it instead of
 * overwriting that change.
 */
export function Agenda({ session, canRun, receivedAt, now, onStale }: { session: Session; canRun: boolean; receivedAt: number; now: number; onStale: () => void }) {
  const live = session.status === 'LIVE';
  const [problem, setProblem] = useState<Problem | null>(null);
  const [focusing, focus] = useMutation(RefinementFocusItemDocument);
  const [changing, setAgenda] = useMutation(RefinementSetAgendaDocument);
  const busy = focusing.fetching || changing.fetching;
  // What a change said (for screen readers) and where the keyboard focus goes once it has landed:
  // the entry's own button (it may have moved), the next entry after one is taken off, or the heading.
  const [said, setSaid] = useState('');
  const focusNext = useRef<(FocusAfter & { version: number }) | null>(null);
  const listRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const want = focusNext.current;
    const panel = listRef.current;
    if (!want || !panel) return;
    // Once the session shown is the one the change made (the answer and the live refetch may come
    // in either order); a later change that came first makes the target moot.
    if (session.version < want.version) return;
    focusNext.current = null;
    if (session.version > want.version) return;
    const entry = want.itemId ? panel.querySelector(`[data-agenda-item="${want.itemId}"]`) : null;
    const buttons = entry ? [...entry.querySelectorAll<HTMLButtonElement>('button[data-action]')] : [];
    const target = buttons.find((b) => b.dataset.action === want.action && !b.disabled) ?? buttons.find((b) => !b.disabled);
    (target ?? panel.querySelector<HTMLElement>('#agenda-title'))?.focus();
  });

  const change = (next: readonly Pick<AgendaEntry, 'itemId' | 'timeboxMinutes'>[], done: string, focusAfter: FocusAfter | null) => {
    void setAgenda({
      input: { sessionId: session.id, expectedVersion: session.version, agenda: next.map((a) => ({ itemId: a.itemId, timeboxMinutes: a.timeboxMinutes })) },
    }).then((r) => {
      const refused = toProblem(r.error);
      setProblem(refused);
      if (refused?.kind === 'conflict') onStale();
      if (refused) return;
      const version = r.data?.setRefinementAgenda.version;
      focusNext.current = focusAfter && version !== undefined ? { ...focusAfter, version } : null;
      setSaid(done);
    });
  };
  const move = (index: number, delta: number) => {
    const entry = session.agenda[index];
    change(moveEntry(session.agenda, index, delta), `${entry.title} is now number ${index + delta + 1} of the agenda.`, { itemId: entry.itemId, action: delta < 0 ? 'up' : 'down' });
  };
  const remove = (itemId: string) => {
    const at = session.agenda.findIndex((a) => a.itemId === itemId);
    const next = session.agenda[at + 1] ?? session.agenda[at - 1] ?? null;
    change(
      session.agenda.filter((a) => a.itemId !== itemId),
      `${session.agenda[at]?.title ?? 'The item'} is off the agenda; it stays on the backlog.`,
      { itemId: next?.itemId ?? null, action: 'remove' },
    );
  };
  // The search keeps the focus (it goes back to its field), ready for the next item.
  const add = (itemId: string, title: string) => change([...session.agenda, { itemId, timeboxMinutes: null }], `${title} joins the agenda as number ${session.agenda.length + 1}.`, null);
  const editable = canRun && session.status !== 'CLOSED';

  return (
    <section className="rf-panel rf-agenda" aria-labelledby="agenda-title" data-testid="agenda" ref={listRef}>
      <div className="rf-panel-head">
        <h2 id="agenda-title" tabIndex={-1}>
          Agenda
        </h2>
        <span className="muted small">{session.agenda.length} items</span>
      </div>
      <p className="visually-hidden" role="status" data-testid="agenda-said">
        {said}
      </p>
      <ProblemNote problem={problem} conflict="The agenda changed meanwhile; it is shown as it is now. Make your change again." onDismiss={() => setProblem(null)} />
      {session.agenda.length === 0 ? <p className="muted">Nothing on the agenda.</p> : null}
      <ol className="rf-agenda-list">
        {session.agenda.map((entry, i) => {
          const seconds = secondsNow(entry, live, receivedAt, now);
          const state = timeboxState(seconds, entry.timeboxMinutes);
          return (
            <li
              key={entry.id}
              className={`rf-agenda-entry${entry.inFocus ? ' is-focus' : ''}`}
              aria-current={entry.inFocus ? 'step' : undefined}
              data-testid="agenda-entry"
              data-agenda-item={entry.itemId}
            >
              <div className="rf-agenda-top">
                <span className="rf-agenda-pos" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="rf-agenda-title">
                  {entry.inFocus ? <span className="visually-hidden">In focus: </span> : null}
                  {entry.title}
                </span>
              </div>
              <Marks entry={entry} />
              <p className={`rf-time rf-time-${state}`} data-testid={entry.inFocus ? 'focus-clock' : undefined}>
                <Icon name="history" /> <span>{timeVsTimebox(seconds, entry.timeboxMinutes)}</span>
                {state === 'over' ? <strong> · over the timebox</strong> : null}
              </p>
              {editable ? (
                <div className="rf-agenda-actions">
                  {live && !entry.inFocus ? (
                    <button type="button" className="btn btn-small" disabled={busy} onClick={() => void focus({ input: { sessionId: session.id, itemId: entry.itemId } }).then((r) => setProblem(toProblem(r.error)))}>
                      Focus<span className="visually-hidden"> on {entry.title}</span>
                    </button>
                  ) : null}
                  <button type="button" className="btn btn-icon btn-ghost" disabled={busy || i === 0} data-action="up" aria-label={`Move ${entry.title} up`} onClick={() => move(i, -1)}>
                    <Icon name="up" />
                  </button>
                  <button type="button" className="btn btn-icon btn-ghost" disabled={busy || i === session.agenda.length - 1} data-action="down" aria-label={`Move ${entry.title} down`} onClick={() => move(i, 1)}>
                    <Icon name="down" />
                  </button>
                  <button type="button" className="btn btn-icon btn-ghost" disabled={busy} data-action="remove" aria-label={`Take ${entry.title} off the agenda`} title="Take off the agenda (the item stays on the backlog)" onClick={() => remove(entry.itemId)}>
                    <Icon name="close" />
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {editable ? (
        <ItemSearch
          productId={session.productId}
          label="Add an item to the agenda"
          actionLabel="Add to the agenda:"
          hint="Type at least two letters of its title; it joins the end of the agenda."
          exclude={session.agenda.map((a) => a.itemId)}
          disabled={busy}
          onPick={(item) => add(item.id, item.title)}
        />
      ) : null}
    </section>
  );
}
