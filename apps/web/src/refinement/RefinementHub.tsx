import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { toProblem } from '../api/errors';
import { RefinementHubDocument, type RefinementHubQuery } from '../api/generated/graphql';
import { useDocumentTitle } from '../components/AppLayout';
import { EmptyState, Icon, Loading, ProblemBanner } from '../components/ui';
import { formatDateTime, plural } from '../lib/format';
import { useProductPermissions } from '../lib/permissions';
import { NotFound } from '../screens/NotFound';
import { SESSION_STATUS_LABEL } from './labels';
import { PlanSession } from './PlanSession';
import { SettingsPanel } from './SettingsPanel';
import './refinement.css';

type Header = RefinementHubQuery['refinementSessions'][number];
type Runway = RefinementHubQuery['readyRunway'];
/** Sessions planned, started or closed elsewhere, and settings saved, make this screen stale. */
const CONTEXT = { additionalTypenames: ['RefinementSession', 'RefinementSettings', 'BacklogItem'] };

const when = (s: Header): string =>
  s.closedAt ? `closed ${formatDateTime(s.closedAt)}` : s.startedAt ? `started ${formatDateTime(s.startedAt)}` : s.scheduledFor ? `planned for ${formatDateTime(s.scheduledFor)}` : 'not scheduled';

function SessionList({ productId, sessions }: { productId: string; sessions: readonly Header[] }) {
  return (
    <ul className="rf-session-list" data-testid="refinement-sessions">
      {sessions.map((s) => (
        <li key={s.id} className={`card rf-session-card is-${s.status.toLowerCase()}`} data-testid="session-card">
          <div className="rf-session-card-head">
            <h3>
              <Link to={`/products/${productId}/refinement/${s.id}`}>{s.title}</Link>
            </h3>
            <span className={`badge rf-status-${s.status.toLowerCase()}`}>{SESSION_STATUS_LABEL[s.status] ?? s.status}</span>
          </div>
          <p className="small muted">
            {plural(s.agendaSize, 'item')} · facilitated by {s.facilitator.label} · {when(s)}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** How many weeks of ready work lie ahead at the recent pace; two or three sprints is the usual aim. */
function RunwayCard({ runway }: { runway: Runway }) {
  return (
    <section className="card rf-runway" aria-labelledby="runway-title" data-testid="ready-runway">
      <h2 id="runway-title">Ready runway</h2>
      <p className="rf-runway-figure">
        {runway.weeks === null || runway.weeks === undefined ? (
          <span className="muted">No pace measured yet</span>
        ) : (
          <>
            <strong>{runway.weeks}</strong> {runway.weeks === 1 ? 'week' : 'weeks'} of ready work
          </>
        )}
      </p>
      <dl className="rf-facts">
        <div>
          <dt>Ready items</dt>
          <dd data-testid="runway-ready-items">{runway.readyItems}</dd>
        </div>
        <div>
          <dt>Ready size</dt>
          <dd>{runway.readySize}</dd>
        </div>
        <div>
          <dt>Done per week</dt>
          <dd>{runway.weeklyThroughput === null || runway.weeklyThroughput === undefined ? '—' : Math.round(runway.weeklyThroughput * 10) / 10}</dd>
        </div>
      </dl>
      <p className="small muted">{runway.explanation}.</p>
    </section>
  );
}

/**
 * The refinement hub of a product: its sessions (live first), planning a new one, the ready
 * runway, and the estimation scale and Definition of Ready the sessions use.
 */
export default function RefinementHubScreen() {
  const { productId = '' } = useParams();
  const perms = useProductPermissions(productId);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RefinementHubDocument, variables: { productId }, context: CONTEXT, requestPolicy: 'cache-and-network' });
  const [planning, setPlanning] = useState(false);
  useDocumentTitle(data ? `Refinement · ${data.product.name}` : 'Refinement');
  const problem = toProblem(error);
  if (problem?.kind === 'notFound') return <NotFound what="product" />;
  if (!data) {
    if (problem) {
      return (
        <div className="page">
          <ProblemBanner problem={problem} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        </div>
      );
    }
    return <Loading label={fetching ? 'Opening refinement…' : 'Loading…'} />;
  }
  const canRun = perms.can('RUN_REFINEMENT');
  const live = data.refinementSessions.find((s) => s.status === 'LIVE');
  return (
    <div className="page rf-hub">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to={`/products/${productId}`}>
          <Icon name="back" /> {data.product.name}
        </Link>
      </nav>
      <div className="page-head">
        <div>
          <p className="eyebrow">Refinement</p>
          <h1>Refinement sessions</h1>
          <p className="muted">Workshops where the team sizes items, writes acceptance criteria and checks them against the Definition of Ready.</p>
        </div>
        {canRun && !planning ? (
          <button type="button" className="btn btn-primary" onClick={() => setPlanning(true)}>
            <Icon name="plus" /> Plan a session
          </button>
        ) : null}
      </div>
      {live ? (
        <p className="banner banner-success rf-live-banner" role="status">
          <span>
            <strong>{live.title}</strong> is live now.
          </span>
          <Link to={`/products/${productId}/refinement/${live.id}`} className="btn btn-small btn-primary">
            Join the room
          </Link>
        </p>
      ) : null}
      {planning ? <PlanSession productId={productId} onCancel={() => setPlanning(false)} /> : null}
      <div className="rf-hub-grid">
        <section aria-labelledby="sessions-title">
          <h2 id="sessions-title" className="rf-section-title">
            Sessions
          </h2>
          {data.refinementSessions.length === 0 ? (
            <EmptyState title="No refinement session yet">{canRun ? 'Plan one: pick the items to refine and how long each may take.' : 'The team has not planned one yet.'}</EmptyState>
          ) : (
            <SessionList productId={productId} sessions={data.refinementSessions} />
          )}
        </section>
        <div className="rf-hub-side">
          <RunwayCard runway={data.readyRunway} />
          <SettingsPanel settings={data.refinementSettings} canEdit={perms.can('EDIT_PRODUCT')} />
        </div>
      </div>
    </div>
  );
}
