import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ENGAGEMENT_TECHNIQUES, MENDELOW_QUADRANTS, type EngagementTechnique } from '@backlog-studio/domain';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import { EngagementLogDocument, LogEngagementDocument, type EngagementLogQuery } from '../api/generated/graphql';
import { useDocumentTitle } from '../components/AppLayout';
import { EmptyState, Field, Icon, Loading, ProblemBanner, Spinner } from '../components/ui';
import { formatDate, plural } from '../lib/format';
import { useHub } from './hub';
import { ItemSearch } from './ItemPicker';
import { useItemTitles, type ItemOption } from './items';
import { quadrantLabel, techniqueLabel, todayIso } from './labels';

type Person = EngagementLogQuery['stakeholders'][number];

const CONTEXT = { additionalTypenames: ['Engagement', 'Stakeholder'] };

function EngagementForm({ productId, people, initial, onLogged }: { productId: string; people: readonly Person[]; initial: readonly string[]; onLogged: () => void }) {
  const [date, setDate] = useState(todayIso);
  const [technique, setTechnique] = useState<EngagementTechnique>('SPRINT_REVIEW');
  const [who, setWho] = useState<string[]>(() => initial.filter((id) => people.some((p) => p.id === id)));
  const [developersPresent, setDevelopersPresent] = useState(false);
  const [notes, setNotes] = useState('');
  const [items, setItems] = useState<ItemOption[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, log] = useMutation(LogEngagementDocument);
  const errors = fieldErrorMap(problem);
  const whoError = errors.stakeholderIds;

  const toggle = (id: string) => setWho((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!who.length) {
      setProblem({ kind: 'fields', message: 'Choose who you engaged.', fields: [{ field: 'stakeholderIds', rule: 'required', message: 'Choose at least one stakeholder.' }] });
      return;
    }
    const result = await log({ input: { productId, date, technique, stakeholderIds: who, developersPresent, notes, itemIds: items.map((i) => i.id) } });
    if (result.error || !result.data) {
      setProblem(toProblem(result.error));
      return;
    }
    setWho([]);
    setNotes('');
    setItems([]);
    setDevelopersPresent(false);
    onLogged();
  };

  // Key players first: they are the ones the warning is about.
  const ordered = MENDELOW_QUADRANTS.flatMap((q) => people.filter((p) => p.quadrant === q));
  return (
    <form className="card form-card sh-engagement-form" onSubmit={submit} noValidate aria-labelledby="engagement-form-title" data-testid="engagement-form">
      <h2 id="engagement-form-title">Log an engagement</h2>
      <p className="muted">A review, a one-on-one, a visit: who took part, what you learned and which items it touched.</p>
      <ProblemBanner problem={problem} />
      <div className="form-row">
        <Field label="Date" error={errors.date}>
          {(c) => <input {...c} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label="Technique" error={errors.technique}>
          {(c) => (
            <select {...c} value={technique} onChange={(e) => setTechnique(e.target.value as EngagementTechnique)}>
              {ENGAGEMENT_TECHNIQUES.map((t) => (
                <option key={t} value={t}>
                  {techniqueLabel(t)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset className={`sh-fieldset${whoError ? ' field-invalid' : ''}`} aria-describedby={whoError ? 'engagement-who-error' : undefined}>
        <legend className="field-label">Who took part</legend>
        <div className="sh-people-checks">
          {ordered.map((p) => (
            <label key={p.id} className="switch">
              <input type="checkbox" checked={who.includes(p.id)} onChange={() => toggle(p.id)} />
              {p.name} <span className="muted small">· {quadrantLabel(p.quadrant)}</span>
            </label>
          ))}
        </div>
        {whoError ? (
          <p className="field-error" id="engagement-who-error">
            <Icon name="alert" /> {whoError}
          </p>
        ) : null}
      </fieldset>
      <label className="switch sh-devs">
        <input type="checkbox" checked={developersPresent} onChange={(e) => setDevelopersPresent(e.target.checked)} />
        Developers were there
      </label>
      <Field label="Notes" error={errors.notes} hint="What you showed, heard and agreed.">
        {(c) => <textarea {...c} rows={3} maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
      <ItemSearch productId={productId} label="Items discussed" actionLabel="Link" exclude={items.map((i) => i.id)} onPick={(item) => setItems((list) => [...list, item])} />
      {errors.itemIds ? (
        <p className="field-error">
          <Icon name="alert" /> {errors.itemIds}
        </p>
      ) : null}
      {items.length ? (
        <ul className="sh-linked-items" aria-label="Linked items">
          {items.map((item) => (
            <li key={item.id} className="chip is-on">
              {item.title}
              <button type="button" className="btn btn-icon btn-ghost" aria-label={`Unlink ${item.title}`} onClick={() => setItems((list) => list.filter((i) => i.id !== item.id))}>
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={fetching}>
          {fetching ? <Spinner size={14} /> : null} Log engagement
        </button>
      </div>
    </form>
  );
}

export function EngagementLogScreen() {
  const hub = useHub();
  const { productId } = hub;
  const [params] = useSearchParams();
  useDocumentTitle(hub.productName ? `Engagements · ${hub.productName}` : 'Engagements');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: EngagementLogDocument, variables: { productId }, context: CONTEXT });
  const { byId: itemsById } = useItemTitles(productId);
  const [logged, setLogged] = useState(false);
  const initial = useMemo(() => (params.get('with') ?? '').split(',').filter(Boolean), [params]);
  const names = useMemo(() => new Map((data?.stakeholders ?? []).map((s) => [s.id, s.name])), [data]);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const problem = toProblem(error);
  if (!data) {
    if (problem) return <ProblemBanner problem={problem} onRetry={refresh} />;
    return <Loading label={fetching ? 'Loading the engagement log…' : 'Loading…'} />;
  }
  const canLog = hub.can('LOG_ENGAGEMENT');
  return (
    <div className="sh-engagements">
      <div className="section-head">
        <div>
          <h1>Engagement log</h1>
          <p className="muted section-sub">How and when the stakeholders were involved, newest first. Key players need contact at least every 30 days.</p>
        </div>
      </div>
      {logged ? (
        <p className="banner banner-success" role="status">
          Engagement logged.
        </p>
      ) : null}
      <div className="sh-two-col">
        {canLog ? (
          data.stakeholders.length ? (
            <EngagementForm
              key={initial.join()}
              productId={productId}
              people={data.stakeholders}
              initial={initial}
              onLogged={() => {
                setLogged(true);
                refresh();
              }}
            />
          ) : (
            <EmptyState title="Nobody to engage yet">Put stakeholders on the map first.</EmptyState>
          )
        ) : null}
        <section aria-labelledby="engagement-list-title" className="sh-engagement-list">
          <h2 id="engagement-list-title">{plural(data.engagements.length, 'engagement')}</h2>
          {data.engagements.length === 0 ? <EmptyState title="Nothing logged yet" /> : null}
          <ol className="sh-timeline" data-testid="engagement-list">
            {data.engagements.map((e) => (
              <li key={e.id} className="sh-engagement" data-testid="engagement">
                <div className="sh-engagement-head">
                  <strong>{techniqueLabel(e.technique)}</strong>
                  <time dateTime={e.date}>{formatDate(e.date)}</time>
                  {e.developersPresent ? <span className="badge">developers there</span> : null}
                </div>
                <p className="sh-engagement-who">{e.stakeholderIds.map((id) => names.get(id) ?? 'a removed stakeholder').join(', ')}</p>
                {e.notes ? <p className="sh-engagement-notes">{e.notes}</p> : null}
                {e.itemIds.length ? (
                  <p className="small">
                    Items:{' '}
                    {e.itemIds.map((id, i) => (
                      <span key={id}>
                        {i > 0 ? ', ' : ''}
                        <Link to={`/products/${productId}/items/${id}/perspectives`}>{itemsById.get(id)?.title ?? 'an item'}</Link>
                      </span>
                    ))}
                  </p>
                ) : null}
                <p className="muted small">Logged by {e.loggedBy}</p>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}

export default EngagementLogScreen;
