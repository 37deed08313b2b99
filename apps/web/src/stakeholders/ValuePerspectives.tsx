import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { DEFAULT_VALUE_PERSPECTIVE, VALUE_PERSPECTIVES, VALUE_RATING_SCALE, type StakeholderGroup, type ValuePerspective } from '@backlog-studio/domain';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import { ContestedItemsDocument, ItemPerspectivesDocument, RateValueDocument, type ItemPerspectivesQuery, type ValueViewFieldsFragment } from '../api/generated/graphql';
import { useDocumentTitle } from '../components/AppLayout';
import { EmptyState, Field, Icon, KindBadge, Loading, ProblemBanner, Spinner, StatusBadge } from '../components/ui';
import { plural } from '../lib/format';
import { CommentThread } from './CommentThread';
import { useHub } from './hub';
import { ItemSearch } from './ItemPicker';
import { useItemTitles } from './items';
import { groupLabel, num, perspectiveLabel } from './labels';

type Person = ItemPerspectivesQuery['stakeholders'][number];
const CONTEXT = { additionalTypenames: ['ValueRating', 'ValueView'] };

/** How strongly the groups disagree, on the 0–20 scale. */
function spreadLevel(spread: number | null | undefined): { level: 'none' | 'agree' | 'some' | 'strong'; words: string } {
  if (spread === null || spread === undefined) return { level: 'none', words: 'Fewer than two groups rated: nobody to disagree with yet.' };
  if (spread >= 8) return { level: 'strong', words: 'The groups disagree strongly: talk to them before ordering this item.' };
  if (spread >= 4) return { level: 'some', words: 'The groups see it somewhat differently.' };
  return { level: 'agree', words: 'The groups broadly agree.' };
}

function Bar({ value, label, emphasis }: { value: number; label: string; emphasis?: 'high' | 'low' }) {
  const pct = Math.max(0, Math.min(100, (value / VALUE_RATING_SCALE.max) * 100));
  return (
    <div className={`sh-bar${emphasis ? ` is-${emphasis}` : ''}`}>
      <span className="sh-bar-label">{label}</span>
      <span className="sh-bar-track" aria-hidden="true">
        <span className="sh-bar-fill" style={{ width: `${pct}%` }} />
      </span>
      <span className="sh-bar-value">{num(value)}</span>
    </div>
  );
}

function ValueSummary({ view, names }: { view: ValueViewFieldsFragment; names: ReadonlyMap<string, string> }) {
  const level = spreadLevel(view.spread);
  const byGroup = view.byGroup;
  const highest = byGroup[0]?.key;
  const lowest = byGroup.length > 1 ? byGroup[byGroup.length - 1].key : undefined;
  return (
    <div className="sh-value">
      <div className={`sh-spread is-${level.level}`} data-testid="value-spread">
        <p className="sh-spread-number">
          <span className="sh-spread-label">Spread</span> <strong>{view.spread === null || view.spread === undefined ? '—' : num(view.spread)}</strong>
          <span className="muted small"> of 20</span>
        </p>
        <div>
          {view.spreadExplanation ? <p className="sh-spread-explanation">{view.spreadExplanation}</p> : null}
          <p className="small">{level.words}</p>
        </div>
      </div>
      <div className="sh-value-cols">
        <section aria-labelledby="by-perspective-title">
          <h3 id="by-perspective-title">By perspective</h3>
          <ul className="sh-bars">
            {VALUE_PERSPECTIVES.map((p) => {
              const m = view.byPerspective.find((x) => x.key === p);
              return (
                <li key={p}>
                  {m ? <Bar value={m.mean} label={`${perspectiveLabel(p)} (${plural(m.count, 'rating')})`} /> : <span className="muted small">{perspectiveLabel(p)}: not rated</span>}
                </li>
              );
            })}
          </ul>
        </section>
        <section aria-labelledby="by-group-title">
          <h3 id="by-group-title">By group</h3>
          {byGroup.length === 0 ? <p className="muted small">No group has rated yet.</p> : null}
          <ul className="sh-bars">
            {byGroup.map((g) => (
              <li key={g.key}>
                <Bar
                  value={g.mean}
                  label={`${groupLabel(g.key)} (${plural(g.count, 'rating')})${g.key === highest && lowest ? ', highest' : ''}${g.key === lowest ? ', lowest' : ''}`}
                  emphasis={lowest && view.spread && view.spread >= 4 ? (g.key === highest ? 'high' : g.key === lowest ? 'low' : undefined) : undefined}
                />
              </li>
            ))}
          </ul>
        </section>
      </div>
      {view.ratings.length ? (
        <div className="table-scroll">
          <table className="sh-table" data-testid="ratings-table">
            <caption className="visually-hidden">Every rating of this item</caption>
            <thead>
              <tr>
                <th scope="col">Stakeholder</th>
                <th scope="col">Group</th>
                <th scope="col">Perspective</th>
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {view.ratings.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {names.get(r.stakeholderId) ?? 'A removed stakeholder'}
                    <span className="muted small"> · by {r.ratedBy}</span>
                  </th>
                  <td>{groupLabel(r.group)}</td>
                  <td>{perspectiveLabel(r.perspective)}</td>
                  <td className="num">{r.value}</td>
                  <td>{r.rationale || <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

function RatingForm({ itemId, view, people, isOwner, userId }: { itemId: string; view: ValueViewFieldsFragment; people: readonly Person[]; isOwner: boolean; userId: string | null }) {
  const own = people.find((p) => p.userId && p.userId === userId) ?? null;
  const choices = isOwner ? people : own ? [own] : [];
  const [stakeholderId, setStakeholderId] = useState(own?.id ?? choices[0]?.id ?? '');
  const existing = view.ratings.find((r) => r.stakeholderId === stakeholderId);
  const [value, setValue] = useState(existing ? String(existing.value) : '');
  const [perspective, setPerspective] = useState<ValuePerspective | ''>(existing ? (existing.perspective as ValuePerspective) : '');
  const [rationale, setRationale] = useState(existing?.rationale ?? '');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState('');
  const [{ fetching }, rate] = useMutation(RateValueDocument);
  const errors = fieldErrorMap(problem);
  const person = choices.find((p) => p.id === stakeholderId) ?? null;

  if (!choices.length) {
    return (
      <div className="card sh-rating-form">
        <h2>Your rating</h2>
        <p className="muted">Your account does not speak for a stakeholder of this product yet. Ask the product owner to link it on the stakeholder map.</p>
      </div>
    );
  }

  const pick = (id: string) => {
    setStakeholderId(id);
    const r = view.ratings.find((x) => x.stakeholderId === id);
    setValue(r ? String(r.value) : '');
    setPerspective(r ? (r.perspective as ValuePerspective) : '');
    setRationale(r?.rationale ?? '');
    setSaved('');
  };

  const n = Number(value);
  const valueError = value.trim() === '' ? null : !Number.isInteger(n) || n < VALUE_RATING_SCALE.min || n > VALUE_RATING_SCALE.max ? 'A whole number from 0 to 20.' : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setSaved('');
    if (value.trim() === '' || valueError) {
      setProblem({ kind: 'fields', message: 'Give a value.', fields: [{ field: 'value', rule: 'range', message: 'A whole number from 0 to 20.' }] });
      return;
    }
    const result = await rate({ input: { itemId, stakeholderId, value: n, rationale, ...(perspective ? { perspective } : {}) } });
    if (result.error) {
      setProblem(toProblem(result.error));
      return;
    }
    setSaved(`Saved: ${person?.name ?? 'the stakeholder'} rates ${n}.`);
  };

  const defaultPerspective = person ? DEFAULT_VALUE_PERSPECTIVE[person.group as StakeholderGroup] : null;
  return (
    <form className="card form-card sh-rating-form" onSubmit={submit} noValidate aria-labelledby="rating-title" data-testid="rating-form">
      <h2 id="rating-title">{isOwner ? 'Rate the value' : 'Your rating'}</h2>
      <p className="muted">
        {isOwner ? 'As product owner you may record a rating on any stakeholder’s behalf.' : `You rate as ${own?.name ?? 'your stakeholder'}.`} 0 is no value, 20 the most.
      </p>
      <ProblemBanner problem={problem} />
      {isOwner ? (
        <Field label="On behalf of" error={errors.stakeholderId}>
          {(c) => (
            <select {...c} value={stakeholderId} onChange={(e) => pick(e.target.value)}>
              {choices.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({groupLabel(p.group)})
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <div className="form-row">
        <Field label="Value (0–20)" error={valueError ?? errors.value}>
          {(c) => <input {...c} type="number" inputMode="numeric" min={0} max={20} step={1} value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
        <Field label="Perspective" error={errors.perspective}>
          {(c) => (
            <select {...c} value={perspective} onChange={(e) => setPerspective(e.target.value as ValuePerspective | '')}>
              <option value="">{defaultPerspective ? `The group’s own (${perspectiveLabel(defaultPerspective).toLowerCase()})` : 'The group’s own'}</option>
              {VALUE_PERSPECTIVES.map((p) => (
                <option key={p} value={p}>
                  {perspectiveLabel(p)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="Why (one line)" error={errors.rationale}>
        {(c) => <input {...c} value={rationale} maxLength={200} onChange={(e) => setRationale(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={fetching}>
          {fetching ? <Spinner size={14} /> : null} {existing ? 'Update rating' : 'Save rating'}
        </button>
        <span role="status" className="muted small">
          {saved}
        </span>
      </div>
    </form>
  );
}

/** An item's value as the stakeholders see it, with the caller's rating form and the comments. */
export function ItemPerspectivesScreen() {
  const hub = useHub();
  const { itemId = '' } = useParams();
  const navigate = useNavigate();
  const { productId } = hub;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ItemPerspectivesDocument, variables: { itemId, productId }, context: CONTEXT });
  const names = useMemo(() => new Map((data?.stakeholders ?? []).map((s) => [s.id, s.name])), [data]);
  useDocumentTitle(data ? `Value perspectives · ${data.backlogItem.title}` : 'Value perspectives');
  const problem = toProblem(error);
  if (!data) {
    if (problem) return <ProblemBanner problem={problem} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading label={fetching ? 'Loading the item’s value…' : 'Loading…'} />;
  }
  const item = data.backlogItem;
  const canRate = hub.can('RATE_VALUE');
  const isOwner = hub.role === 'PRODUCT_OWNER';
  return (
    <div className="sh-perspectives">
      <div className="section-head">
        <div>
          <p className="eyebrow">Value perspectives</p>
          <h1>{item.title}</h1>
          <p className="editor-badges">
            <KindBadge kind={item.kind} /> <StatusBadge status={item.status} />{' '}
            <span className="muted small">
              Item value: customer {num(item.value.customer)} · business {num(item.value.business)} · team {num(item.value.team)}
            </span>
          </p>
        </div>
        <Link className="btn" to={`/products/${productId}/items/${item.id}`}>
          <Icon name="edit" /> Open the item
        </Link>
      </div>
      <div className="sh-two-col sh-two-col-wide">
        <section className="card" aria-labelledby="value-title">
          <h2 id="value-title">How the stakeholders value it</h2>
          <ValueSummary view={data.itemValue} names={names} />
        </section>
        <div className="sh-side-stack">
          {canRate ? <RatingForm key={`${item.id}-${hub.userId}`} itemId={item.id} view={data.itemValue} people={data.stakeholders} isOwner={isOwner} userId={hub.userId} /> : null}
          <div className="card">
            <ItemSearch
              productId={productId}
              label="Another item"
              actionLabel="Open"
              onPick={(picked) => void navigate(`/products/${productId}/items/${picked.id}/perspectives`)}
            />
          </div>
        </div>
      </div>
      <div className="card sh-comments-card">
        <CommentThread productId={productId} targetId={item.id} userId={hub.userId} canComment={hub.can('COMMENT')} />
      </div>
    </div>
  );
}

/** Pick an item: the contested ones first, or any by its title. */
export function ValueHomeScreen() {
  const hub = useHub();
  const { productId } = hub;
  const navigate = useNavigate();
  useDocumentTitle(hub.productName ? `Value & comments · ${hub.productName}` : 'Value & comments');
  const [{ data, fetching, error }] = useQuery({ query: ContestedItemsDocument, variables: { productId }, context: CONTEXT });
  const { byId, items } = useItemTitles(productId);
  const problem = toProblem(error);
  return (
    <div className="sh-value-home">
      <div className="section-head">
        <div>
          <h1>Value perspectives &amp; comments</h1>
          <p className="muted section-sub">Each stakeholder group values an item from its own perspective. Where they disagree, the Product Owner has a conversation to have.</p>
        </div>
      </div>
      <div className="sh-two-col">
        <section className="card" aria-labelledby="contested-title">
          <h2 id="contested-title">Most contested items</h2>
          <ProblemBanner problem={problem} />
          {!data && fetching ? <Loading label="Loading…" /> : null}
          {data && data.contestedItems.length === 0 ? <EmptyState title="No item has ratings from two groups yet" /> : null}
          <ol className="sh-contested" data-testid="contested-items">
            {data?.contestedItems.map((c) => (
              <li key={c.itemId}>
                <Link to={`/products/${productId}/items/${c.itemId}/perspectives`}>{byId.get(c.itemId)?.title ?? 'An item'}</Link>
                <span className={`badge ${spreadLevel(c.spread).level === 'strong' ? 'sh-badge-warn' : ''}`}>spread {num(c.spread)}</span>
                <p className="small muted">{c.explanation}</p>
              </li>
            ))}
          </ol>
        </section>
        <section className="card" aria-labelledby="pick-title">
          <h2 id="pick-title">Any item</h2>
          <ItemSearch productId={productId} label="Find an item" actionLabel="Open" onPick={(item) => void navigate(`/products/${productId}/items/${item.id}/perspectives`)} />
          {items.length ? (
            <>
              <h3 className="sh-subhead">Top of the backlog</h3>
              <ol className="sh-top-items">
                {items.slice(0, 10).map((item) => (
                  <li key={item.id}>
                    <Link to={`/products/${productId}/items/${item.id}/perspectives`}>{item.title}</Link>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}
