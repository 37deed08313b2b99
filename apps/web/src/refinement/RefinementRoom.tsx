import { memo, useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { toProblem, type Problem } from '../api/errors';
import { RefinementCloseSessionDocument, RefinementStartSessionDocument } from '../api/generated/graphql';
import { useSession } from '../api/session';
import { useDocumentTitle } from '../components/AppLayout';
import { ConfirmDialog, Icon, Loading, ProblemBanner, Spinner } from '../components/ui';
import { formatDateTime, plural } from '../lib/format';
import { STATUS_LABEL } from '../lib/labels';
import { useProductPermissions, type ProductPermissions } from '../lib/permissions';
import { NotFound } from '../screens/NotFound';
import { Agenda } from './Agenda';
import { Criteria } from './Criteria';
import { Estimation } from './Estimation';
import { INVEST_LETTERS, SESSION_STATUS_LABEL } from './labels';
import { LiveIndicator } from './LiveIndicator';
import { ProblemNote } from './ProblemNote';
import { Questions } from './Questions';
import { Readiness } from './Readiness';
import { secondsNow, timeboxState, timeVsTimebox } from './room';
import { SplitDialog } from './SplitDialog';
import { Summary } from './Summary';
import { useNow, useRefinementSession, type AgendaEntry, type Session } from './useRefinementSession';
import './refinement.css';

const LARGE_KEY = 'backlog-studio:refinement-large';

/** Larger type for a facilitator sharing the screen; remembered on this device. */
function useLargeText(): [boolean, (on: boolean) => void] {
  const [large, setLarge] = useState(() => {
    try {
      return localStorage.getItem(LARGE_KEY) === '1';
    } catch {
      return false;
    }
  });
  const set = useCallback((on: boolean) => {
    setLarge(on);
    try {
      localStorage.setItem(LARGE_KEY, on ? '1' : '0');
    } catch {
      // storage unavailable: the choice lasts for this page
    }
  }, []);
  return [large, set];
}

const Participants = memo(function Participants({ session, userId }: { session: Session; userId: string | null }) {
  // Presence means something while the room is open; a closed session lists who took part.
  const closed = session.status === 'CLOSED';
  const present = session.participants.filter((p) => p.present).length;
  return (
    <section className="rf-panel rf-participants" aria-labelledby="participants-title" data-testid="participants">
      <div className="rf-panel-head">
        <h2 id="participants-title">Participants</h2>
        <span className="muted small">{closed ? `${session.participants.length} took part` : `${present} present`}</span>
      </div>
      {session.participants.length === 0 ? <p className="muted small">Nobody has joined yet.</p> : null}
      <ul className="rf-people">
        {session.participants.map((p) => (
          <li key={p.userId} className={closed ? 'is-away' : p.present ? 'is-present' : 'is-away'} data-testid="participant">
            <span className="rf-presence-dot" aria-hidden="true" />
            <span className="rf-person">
              {p.label}
              {p.userId === userId ? ' (you)' : ''}
              {p.userId === session.facilitator.userId ? <span className="muted small"> · facilitator</span> : null}
            </span>
            {closed ? <span /> : <span className={p.present ? 'rf-present' : 'muted small'}>{p.present ? 'present' : 'away'}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
});

const InvestHints = memo(function InvestHints({ entry }: { entry: AgendaEntry }) {
  return (
    <section className="rf-panel rf-hints" aria-labelledby="hints-title" data-testid="invest-hints">
      <h3 id="hints-title">INVEST hints</h3>
      {entry.hints.length === 0 ? (
        <p className="muted small">Nothing to flag: independent, valuable, estimable, small and testable as far as the tool can tell.</p>
      ) : (
        <ul className="rf-hint-list">
          {entry.hints.map((h) => (
            <li key={`${h.letter}-${h.hint}`}>
              <abbr className="rf-hint-letter" title={INVEST_LETTERS[h.letter] ?? h.letter}>
                {h.letter}
              </abbr>
              <span>
                <span className="visually-hidden">{INVEST_LETTERS[h.letter] ?? h.letter}: </span>
                {h.hint}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

/** The item in focus: what it is for, its estimation, criteria, readiness, hints and the split. */
function FocusItem({ session, entry, perms, userId, seconds }: { session: Session; entry: AgendaEntry; perms: ProductPermissions; userId: string | null; seconds: number }) {
  const [splitting, setSplitting] = useState(false);
  const live = session.status === 'LIVE';
  const state = timeboxState(seconds, entry.timeboxMinutes);
  const canEdit = perms.can('EDIT_ITEM') && session.status !== 'CLOSED';
  const closeSplit = useCallback(() => setSplitting(false), []);
  return (
    <section className="rf-focus" aria-labelledby="focus-title" data-testid="focus-item">
      <div className="rf-focus-head">
        <div>
          <p className="eyebrow">In focus · item {entry.position + 1} of {session.agenda.length}</p>
          <h2 id="focus-title" className="rf-focus-title">
            {entry.title}
          </h2>
          <p className="rf-outcome">
            <span className="rf-label">Desired outcome </span>
            {entry.outcome ? entry.outcome : <span className="rf-missing">Not stated yet: what should change for whom?</span>}
          </p>
          <p className="rf-focus-facts small">
            <span className="badge">{STATUS_LABEL[entry.status as keyof typeof STATUS_LABEL] ?? entry.status}</span>
            <span>{typeof entry.size === 'number' ? `Size ${entry.size}` : 'Not estimated'}</span>
            <span className={`rf-time rf-time-${state}`}>
              <Icon name="history" /> {timeVsTimebox(seconds, entry.timeboxMinutes)}
            </span>
          </p>
        </div>
        {live && perms.can('CREATE_ITEM') && perms.can('EDIT_ITEM') ? (
          <button type="button" className="btn" onClick={() => setSplitting(true)}>
            Split this item…
          </button>
        ) : null}
      </div>
      {entry.splits.length ? (
        <p className="rf-split-note small">
          Split into: {entry.splits.map((s) => `${s.title} (${s.pattern.toLowerCase()})`).join('; ')}
        </p>
      ) : null}
      <Estimation session={session} entry={entry} can={perms.can} userId={userId} />
      <div className="rf-focus-grid">
        <Criteria key={`c-${entry.itemId}`} sessionId={session.id} entry={entry} canEdit={canEdit} />
        <Readiness key={`r-${entry.itemId}`} session={session} entry={entry} canEdit={canEdit} canOverride={perms.can('OVERRIDE_READINESS')} />
      </div>
      <InvestHints entry={entry} />
      {splitting ? <SplitDialog sessionId={session.id} entry={entry} onClose={closeSplit} /> : null}
    </section>
  );
}

function SessionControls({ session, canRun }: { session: Session; canRun: boolean }) {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const [starting, start] = useMutation(RefinementStartSessionDocument);
  const [closing, close] = useMutation(RefinementCloseSessionDocument);
  if (!canRun) return null;
  return (
    <>
      {session.status === 'PLANNED' ? (
        <button type="button" className="btn btn-primary" disabled={starting.fetching} onClick={() => void start({ sessionId: session.id }).then((r) => setProblem(toProblem(r.error)))}>
          {starting.fetching ? <Spinner size={14} /> : null} Start session
        </button>
      ) : null}
      {session.status === 'LIVE' ? (
        <button type="button" className="btn btn-danger-outline" disabled={closing.fetching} onClick={() => setConfirmClose(true)}>
          {closing.fetching ? <Spinner size={14} /> : null} Close session
        </button>
      ) : null}
      <ProblemNote problem={problem} onDismiss={() => setProblem(null)} />
      {confirmClose ? (
        <ConfirmDialog
          title={`Close “${session.title}”?`}
          confirmLabel="Close the session"
          cancelLabel="Keep it live"
          onCancel={() => setConfirmClose(false)}
          onConfirm={() => {
            setConfirmClose(false);
            void close({ sessionId: session.id }).then((r) => setProblem(toProblem(r.error)));
          }}
        >
          Open rounds end without a result; the summary stays readable for everyone.
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function Room({ productId, sessionId }: { productId: string; sessionId: string }) {
  const perms = useProductPermissions(productId);
  const userId = useSession().session?.user.id ?? null;
  const live = useRefinementSession(sessionId);
  const [large, setLarge] = useLargeText();
  const session = live.session;
  const isLive = session?.status === 'LIVE';
  const now = useNow(isLive);
  useDocumentTitle(session ? `${session.title} · Refinement` : 'Refinement');

  if (live.problem?.kind === 'notFound') return <NotFound what="refinement session" />;
  if (!session) {
    if (live.problem) {
      return (
        <div className="page">
          <ProblemBanner problem={live.problem} onRetry={live.refetch} />
        </div>
      );
    }
    return <Loading label="Opening the refinement session…" />;
  }
  const canRun = perms.can('RUN_REFINEMENT');
  const focus = session.agenda.find((a) => a.inFocus) ?? null;
  const liveRefusal = live.liveProblem && live.liveProblem.kind !== 'network' ? live.liveProblem.message : null;

  return (
    <div className={`page rf-room${large ? ' is-large' : ''}`} data-status={session.status}>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to={`/products/${productId}/refinement`}>
          <Icon name="back" /> Refinement sessions
        </Link>
      </nav>
      <header className="rf-room-head">
        <div>
          <p className="eyebrow">
            Refinement session · <span data-testid="session-status">{SESSION_STATUS_LABEL[session.status] ?? session.status}</span>
          </p>
          <h1>{session.title}</h1>
          <p className="muted small">
            Facilitated by {session.facilitator.label}
            {session.startedAt ? ` · started ${formatDateTime(session.startedAt)}` : session.scheduledFor ? ` · planned for ${formatDateTime(session.scheduledFor)}` : ''}
            {session.closedAt ? ` · closed ${formatDateTime(session.closedAt)}` : ''} · {plural(session.agenda.length, 'item')} on the agenda
          </p>
        </div>
        <div className="rf-room-actions">
          <LiveIndicator status={live.liveStatus} refusedReason={liveRefusal} />
          <label className="switch rf-large-toggle">
            <input type="checkbox" checked={large} onChange={(e) => setLarge(e.target.checked)} /> Large text for screen sharing
          </label>
          <SessionControls session={session} canRun={canRun} />
        </div>
      </header>
      <p className="visually-hidden" aria-live="polite" data-testid="announcement">
        {live.announcement}
      </p>
      {session.status === 'CLOSED' ? (
        <section className="rf-panel rf-summary-panel" aria-labelledby="summary-title">
          <h2 id="summary-title">Summary</h2>
          <Summary session={session} />
        </section>
      ) : null}
      {session.status === 'PLANNED' ? (
        <p className="banner banner-warning" role="status">
          This session has not started yet.{canRun ? ' Start it when everyone is here; the first item on the agenda comes into focus.' : ' The room opens when the facilitator starts it.'}
        </p>
      ) : null}
      <div className="rf-room-grid">
        <Agenda session={session} canRun={canRun} receivedAt={live.receivedAt} now={now} onStale={live.refetch} />
        <div className="rf-room-main">
          {focus ? (
            <FocusItem
              key={focus.itemId}
              session={session}
              entry={focus}
              perms={perms}
              userId={userId}
              seconds={secondsNow(focus, isLive, live.receivedAt, now)}
            />
          ) : session.status === 'LIVE' ? (
            <p className="rf-panel muted">No item in focus. {canRun ? 'Choose one on the agenda.' : 'The facilitator chooses the next one.'}</p>
          ) : null}
        </div>
        <div className="rf-room-side">
          <Participants session={session} userId={userId} />
          {focus ? <Questions key={focus.itemId} sessionId={session.id} entry={focus} canAsk={perms.can('JOIN_REFINEMENT')} canAnswer={perms.can('EDIT_ITEM')} live={isLive} /> : null}
        </div>
      </div>
      {isLive ? (
        <details className="rf-panel rf-summary-panel">
          <summary>
            <h2 className="rf-inline-heading">Summary so far</h2>
          </summary>
          <Summary session={session} />
        </details>
      ) : null}
    </div>
  );
}

/** One room per session: moving to another session starts with fresh local state. */
export default function RefinementRoomScreen() {
  const { productId = '', sessionId = '' } = useParams();
  return <Room key={sessionId} productId={productId} sessionId={sessionId} />;
}
