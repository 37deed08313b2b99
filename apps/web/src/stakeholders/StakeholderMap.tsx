import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MENDELOW_QUADRANT_INFO, mendelowQuadrant, type MendelowQuadrant } from '@backlog-studio/domain';
import { toProblem, type Problem } from '../api/errors';
import {
  RemoveStakeholderDocument,
  StakeholderMapDocument,
  StakeholderMembersDocument,
  UpdateStakeholderDocument,
  type StakeholderFieldsFragment,
  type StakeholderMapQuery,
} from '../api/generated/graphql';
import { useDocumentTitle } from '../components/AppLayout';
import { ConfirmDialog, EmptyState, Icon, Loading, ProblemBanner } from '../components/ui';
import { formatDate, plural } from '../lib/format';
import { useHub } from './hub';
import { groupLabel, num, quadrantLabel, techniqueLabel } from './labels';
import { MendelowGrid, type GridPerson, type GridPosition } from './MendelowGrid';
import { StakeholderForm, type MemberOption } from './StakeholderForm';

type Stakeholder = StakeholderFieldsFragment;
type Neglected = StakeholderMapQuery['neglectedKeyPlayers'][number];

const CONTEXT = { additionalTypenames: ['Stakeholder', 'Engagement'] };

/** A move on its way to the API: shown until the map's data reaches the version it saved. */
interface Override extends GridPosition {
  untilVersion: number;
}

function NeglectedWarning({ neglected, productId, canLog }: { neglected: readonly Neglected[]; productId: string; canLog: boolean }) {
  if (!neglected.length) return null;
  const ids = neglected.map((n) => n.stakeholder.id).join(',');
  return (
    <div className="banner banner-warning sh-neglected" role="status" data-testid="neglected-warning">
      <div>
        <strong>
          <Icon name="alert" /> {plural(neglected.length, 'key player')} not engaged for 30 days.
        </strong>{' '}
        Manage-closely stakeholders need frequent contact:{' '}
        {neglected.map((n, i) => (
          <span key={n.stakeholder.id}>
            {i > 0 ? '; ' : ''}
            {n.stakeholder.name} ({n.daysSince === null ? 'never engaged' : `${plural(n.daysSince, 'day')} ago`})
          </span>
        ))}
        .
      </div>
      {canLog ? (
        <div className="banner-actions">
          <Link className="btn btn-small" to={`/products/${productId}/stakeholders/engagements?with=${ids}`}>
            Log an engagement
          </Link>
        </div>
      ) : null}
    </div>
  );
}

function StakeholderDetails({
  stakeholder,
  isOwner,
  members,
  neglected,
  onEdit,
  onRemove,
}: {
  stakeholder: Stakeholder;
  isOwner: boolean;
  members: readonly MemberOption[];
  neglected: Neglected | undefined;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const info = MENDELOW_QUADRANT_INFO[stakeholder.quadrant as MendelowQuadrant];
  const linked = stakeholder.userId ? (members.find((m) => m.userId === stakeholder.userId)?.label ?? 'a member account') : null;
  return (
    <section className="card sh-details" aria-labelledby="sh-details-title" data-testid="stakeholder-details">
      <p className="eyebrow">{groupLabel(stakeholder.group)}</p>
      <h2 id="sh-details-title">{stakeholder.name}</h2>
      <p className={`sh-quadrant-badge q-${stakeholder.quadrant.toLowerCase()}`}>
        <strong>{info.label}</strong> · power {num(stakeholder.power)}, interest {num(stakeholder.interest)}
      </p>
      <p className="small">{info.meaning}</p>
      <dl className="sh-facts">
        <div>
          <dt>Last engaged</dt>
          <dd>
            {stakeholder.lastEngagedOn ? formatDate(stakeholder.lastEngagedOn) : 'never'}
            {neglected ? <span className="badge sh-badge-warn">not engaged for 30 days</span> : null}
          </dd>
        </div>
        <div>
          <dt>Engaged through</dt>
          <dd>{stakeholder.techniques.length ? stakeholder.techniques.map(techniqueLabel).join(', ') : <span className="muted">not set</span>}</dd>
        </div>
        <div>
          <dt>Suggested</dt>
          <dd>{info.techniques.map(techniqueLabel).join(', ')}</dd>
        </div>
        {isOwner ? (
          <div>
            <dt>Contact</dt>
            <dd data-testid="stakeholder-contact">{stakeholder.contact || <span className="muted">none</span>}</dd>
          </div>
        ) : null}
        {linked ? (
          <div>
            <dt>Speaks through</dt>
            <dd>{linked}</dd>
          </div>
        ) : null}
      </dl>
      {stakeholder.notes ? <p className="sh-notes">{stakeholder.notes}</p> : null}
      {isOwner ? (
        <div className="form-actions">
          <button type="button" className="btn btn-small" onClick={onEdit}>
            <Icon name="edit" /> Edit
          </button>
          <button type="button" className="btn btn-small btn-danger-outline" onClick={onRemove}>
            Remove
          </button>
        </div>
      ) : null}
    </section>
  );
}

export function StakeholderMapScreen() {
  const hub = useHub();
  const { productId } = hub;
  const isOwner = hub.can('MANAGE_STAKEHOLDERS');
  useDocumentTitle(hub.productName ? `Stakeholder map · ${hub.productName}` : 'Stakeholder map');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: StakeholderMapDocument, variables: { productId }, context: CONTEXT });
  const [membersResult] = useQuery({ query: StakeholderMembersDocument, variables: { productId }, pause: !isOwner });
  const [, update] = useMutation(UpdateStakeholderDocument);
  const [removal, remove] = useMutation(RemoveStakeholderDocument);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'new' | 'edit'>('view');
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [overrides, setOverrides] = useState<Record<string, Override>>({});
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [moveProblem, setMoveProblem] = useState<Problem | null>(null);
  const versions = useRef(new Map<string, number>());
  const inFlight = useRef(new Set<string>());
  const queued = useRef(new Map<string, GridPosition>());

  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const members: MemberOption[] = useMemo(
    () =>
      (membersResult.data?.members ?? [])
        .filter((m) => m.status === 'ACTIVE' && m.userId)
        .map((m) => ({ userId: m.userId!, label: `${m.displayName || m.email} (${m.email})` })),
    [membersResult.data],
  );
  const stakeholders = useMemo(() => {
    return (data?.stakeholders ?? []).map((s) => {
      const o = overrides[s.id];
      if (!o || s.version >= o.untilVersion) return s;
      return { ...s, power: o.power, interest: o.interest, quadrant: mendelowQuadrant(o.power, o.interest) };
    });
  }, [data, overrides]);
  const neglected = data?.neglectedKeyPlayers ?? [];
  const neglectedIds = new Set(neglected.map((n) => n.stakeholder.id));
  const selected = stakeholders.find((s) => s.id === selectedId) ?? null;

  const people: GridPerson[] = stakeholders.map((s) => ({
    id: s.id,
    name: s.name,
    group: s.group,
    power: s.power,
    interest: s.interest,
    neglected: neglectedIds.has(s.id),
    saving: saving.has(s.id),
  }));

  const saveMove = async (id: string, position: GridPosition): Promise<void> => {
    const current = (data?.stakeholders ?? []).find((s) => s.id === id);
    if (!current) return;
    setOverrides((o) => ({ ...o, [id]: { ...position, untilVersion: Number.POSITIVE_INFINITY } }));
    if (inFlight.current.has(id)) {
      queued.current.set(id, position);
      return;
    }
    inFlight.current.add(id);
    setSaving((s) => new Set(s).add(id));
    setMoveProblem(null);
    const expectedVersion = Math.max(current.version, versions.current.get(id) ?? 0);
    const result = await update({ input: { id, expectedVersion, power: position.power, interest: position.interest } });
    inFlight.current.delete(id);
    setSaving((s) => {
      const next = new Set(s);
      next.delete(id);
      return next;
    });
    if (result.data) {
      const saved = result.data.updateStakeholder;
      versions.current.set(id, saved.version);
      setOverrides((o) => (o[id] && o[id].untilVersion === Number.POSITIVE_INFINITY ? { ...o, [id]: { ...o[id], untilVersion: saved.version } } : o));
      setAnnouncement(`Saved: ${saved.name} is in ${quadrantLabel(saved.quadrant)} (power ${num(saved.power)}, interest ${num(saved.interest)}).`);
    } else {
      queued.current.delete(id);
      setOverrides((o) => {
        const next = { ...o };
        delete next[id];
        return next;
      });
      const problem = toProblem(result.error);
      setMoveProblem(
        problem?.kind === 'conflict'
          ? { kind: 'other', message: `${current.name} was changed by someone else meanwhile. The map now shows the latest position; move them again.` }
          : problem,
      );
      setAnnouncement('');
      refresh();
      return;
    }
    const next = queued.current.get(id);
    if (next) {
      queued.current.delete(id);
      await saveMove(id, next);
    }
  };

  const doRemove = async () => {
    if (!selected) return;
    const name = selected.name;
    setConfirmRemove(false);
    const result = await remove({ id: selected.id });
    if (result.error) {
      setMoveProblem(toProblem(result.error));
      return;
    }
    setSelectedId(null);
    setMode('view');
    setAnnouncement(`${name} was removed from the map.`);
    refresh();
  };

  const problem = toProblem(error);
  if (!data) {
    if (problem) return <ProblemBanner problem={problem} onRetry={refresh} />;
    return <Loading label={fetching ? 'Loading the stakeholder map…' : 'Loading…'} />;
  }

  const byQuadrant = (q: MendelowQuadrant) => stakeholders.filter((s) => s.quadrant === q).length;

  return (
    <div className="sh-map-screen">
      <div className="section-head">
        <div>
          <h1 id="map-title">Stakeholder map</h1>
          <p className="muted section-sub">
            Mendelow’s power/interest grid: {plural(stakeholders.length, 'stakeholder')}, {byQuadrant('MANAGE_CLOSELY')} to manage closely. 5 and above counts as high.
          </p>
        </div>
        {isOwner && mode !== 'new' ? (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              setMode('new');
              setSelectedId(null);
            }}
          >
            <Icon name="plus" /> Add a stakeholder
          </button>
        ) : null}
      </div>
      <NeglectedWarning neglected={neglected} productId={productId} canLog={hub.can('LOG_ENGAGEMENT')} />
      <ProblemBanner problem={moveProblem} onDismiss={() => setMoveProblem(null)} />
      <div className="sh-map-layout">
        <div className="sh-map-main">
          {stakeholders.length === 0 ? (
            <EmptyState title="Nobody on the map yet">{isOwner ? 'Add the people who affect the product or are affected by it.' : 'The product owner has not mapped any stakeholders yet.'}</EmptyState>
          ) : null}
          <MendelowGrid
            people={people}
            canMove={isOwner}
            selectedId={selectedId}
            labelledBy="map-title"
            onSelect={(id) => {
              setSelectedId(id);
              if (mode === 'new') setMode('view');
            }}
            onCommit={(id, position) => void saveMove(id, position)}
          />
          <p className="sh-announce" role="status" aria-live="polite" data-testid="map-status">
            {announcement}
          </p>
        </div>
        <aside className="sh-map-side" aria-label="Selected stakeholder">
          {mode === 'new' ? (
            <StakeholderForm
              productId={productId}
              stakeholder={null}
              members={members}
              onCancel={() => setMode('view')}
              onDone={(s) => {
                setMode('view');
                setSelectedId(s.id);
                setAnnouncement(`${s.name} was added in ${quadrantLabel(s.quadrant)}.`);
                refresh();
              }}
            />
          ) : mode === 'edit' && selected ? (
            <StakeholderForm
              key={`${selected.id}-${selected.version}`}
              productId={productId}
              stakeholder={selected}
              members={members}
              onCancel={() => {
                setMode('view');
                refresh();
              }}
              onDone={(s) => {
                setMode('view');
                versions.current.set(s.id, s.version);
                setAnnouncement(`Saved ${s.name}.`);
              }}
            />
          ) : selected ? (
            <StakeholderDetails
              stakeholder={selected}
              isOwner={isOwner}
              members={members}
              neglected={neglected.find((n) => n.stakeholder.id === selected.id)}
              onEdit={() => setMode('edit')}
              onRemove={() => setConfirmRemove(true)}
            />
          ) : (
            <div className="card sh-details sh-details-empty">
              <h2>Select a person</h2>
              <p className="muted">Click someone on the map, or in the list below, to see how to engage them.</p>
            </div>
          )}
        </aside>
      </div>

      <section className="workspace-section" aria-labelledby="sh-list-title">
        <h2 id="sh-list-title" className="sh-list-title">
          Everyone on the map
        </h2>
        <div className="table-scroll">
          <table className="sh-table" data-testid="stakeholder-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Group</th>
                <th scope="col">Quadrant</th>
                <th scope="col" className="num">
                  Power
                </th>
                <th scope="col" className="num">
                  Interest
                </th>
                <th scope="col">Last engaged</th>
                {isOwner ? <th scope="col">Contact</th> : null}
              </tr>
            </thead>
            <tbody>
              {stakeholders.map((s) => (
                <tr key={s.id} className={s.id === selectedId ? 'is-selected' : undefined} data-testid="stakeholder-row">
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => setSelectedId(s.id)} aria-pressed={s.id === selectedId}>
                      {s.name}
                    </button>
                  </th>
                  <td>{groupLabel(s.group)}</td>
                  <td>{quadrantLabel(s.quadrant)}</td>
                  <td className="num">{num(s.power)}</td>
                  <td className="num">{num(s.interest)}</td>
                  <td>
                    {s.lastEngagedOn ? formatDate(s.lastEngagedOn) : 'never'}
                    {neglectedIds.has(s.id) ? (
                      <span className="badge sh-badge-warn">
                        <Icon name="alert" /> due
                      </span>
                    ) : null}
                  </td>
                  {isOwner ? <td>{s.contact || <span className="muted">—</span>}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {confirmRemove && selected ? (
        <ConfirmDialog
          title={`Remove ${selected.name}?`}
          confirmLabel={removal.fetching ? 'Removing…' : 'Remove'}
          cancelLabel="Keep"
          onCancel={() => setConfirmRemove(false)}
          onConfirm={() => void doRemove()}
        >
          Their place on the map, their part in logged engagements and their value ratings are removed too.
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

export default StakeholderMapScreen;
