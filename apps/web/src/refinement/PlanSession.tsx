import { useId, useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import { RefinementAgendaOptionsDocument, RefinementPlanSessionDocument } from '../api/generated/graphql';
import { Field, Icon, Loading, Spinner } from '../components/ui';
import { STATUS_LABEL } from '../lib/labels';
import { ProblemNote } from './ProblemNote';
import { moveEntry, parseTimebox } from './room';

interface Planned {
  itemId: string;
  title: string;
  timebox: string;
}

/** datetime-local gives "2026-05-04T14:30" in the person's time zone; the API wants an instant. */
const toInstant = (local: string): string | null => {
  if (!local) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

/**
 * Plan a session: a title, when (optional), and the agenda picked from the backlog in its order
 * (items not yet in a sprint), each with an optional timebox in minutes. The agenda keeps the
 * backlog's order as items are picked; ↑ ↓ change it.
 */
export function PlanSession({ productId, onCancel }: { productId: string; onCancel: () => void }) {
  const id = useId();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState('');
  const [text, setText] = useState('');
  const [agenda, setAgenda] = useState<Planned[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, plan] = useMutation(RefinementPlanSessionDocument);
  const [all] = useQuery({ query: RefinementAgendaOptionsDocument, variables: { productId } });
  const search = text.trim();
  const [found] = useQuery({ query: RefinementAgendaOptionsDocument, variables: { productId, text: search, first: 50 }, pause: search.length < 2 });
  const backlog = useMemo(() => all.data?.backlogItems.edges.map((e) => e.node) ?? [], [all.data]);
  const order = useMemo(() => new Map(backlog.map((item, i) => [item.id, i])), [backlog]);
  const shown = search.length >= 2 ? (found.data?.backlogItems.edges.map((e) => e.node) ?? []) : backlog;
  const errors = fieldErrorMap(problem);
  const badTimebox = agenda.filter((a) => parseTimebox(a.timebox) === undefined).map((a) => a.itemId);

  const toggle = (item: { id: string; title: string }) =>
    setAgenda((list) => {
      if (list.some((a) => a.itemId === item.id)) return list.filter((a) => a.itemId !== item.id);
      // In backlog order: before the first picked item that comes later in the backlog.
      const at = order.get(item.id) ?? Number.POSITIVE_INFINITY;
      const index = list.findIndex((a) => (order.get(a.itemId) ?? Number.POSITIVE_INFINITY) > at);
      const next = [...list];
      next.splice(index === -1 ? list.length : index, 0, { itemId: item.id, title: item.title, timebox: '' });
      return next;
    });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!title.trim()) {
      setProblem({ kind: 'fields', message: 'Give the session a title', fields: [{ field: 'title', rule: 'required', message: 'Give the session a title' }] });
      return;
    }
    if (badTimebox.length) return;
    const result = await plan({
      input: {
        productId,
        title: title.trim(),
        scheduledFor: toInstant(when),
        agenda: agenda.map((a) => ({ itemId: a.itemId, timeboxMinutes: parseTimebox(a.timebox) ?? null })),
      },
    });
    if (result.error || !result.data) {
      setProblem(toProblem(result.error));
      return;
    }
    void navigate(`/products/${productId}/refinement/${result.data.planRefinementSession.id}`);
  };

  return (
    <form className="card form-card rf-plan" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-testid="plan-session">
      <h2 id={`${id}-title`}>Plan a refinement session</h2>
      <ProblemNote problem={problem?.kind === 'fields' && Object.keys(errors).every((k) => k === 'title') ? null : problem} onDismiss={() => setProblem(null)} />
      <div className="form-row">
        <Field label="Title" error={errors.title}>
          {(c) => <input {...c} value={title} maxLength={200} placeholder="e.g. Sprint 8 refinement" onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label="When (optional)" error={errors.scheduledFor}>
          {(c) => <input {...c} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />}
        </Field>
      </div>
      <div className="rf-plan-grid">
        <fieldset className="rf-fieldset">
          <legend className="field-label">Backlog items, in backlog order</legend>
          <label htmlFor={`${id}-q`} className="visually-hidden">
            Find items by words in the title
          </label>
          <input id={`${id}-q`} type="search" value={text} placeholder="Find by words in the title" autoComplete="off" onChange={(e) => setText(e.target.value)} />
          {all.fetching && !backlog.length ? <Loading label="Loading the backlog…" /> : null}
          {!all.fetching && !shown.length ? <p className="muted small">{search.length >= 2 ? 'No item not yet in a sprint has those words.' : 'No item to refine: every item is in a sprint or done.'}</p> : null}
          <ul className="rf-pick-list" data-testid="agenda-candidates">
            {shown.map((item) => (
              <li key={item.id}>
                <label className="switch">
                  <input type="checkbox" checked={agenda.some((a) => a.itemId === item.id)} onChange={() => toggle(item)} />
                  <span>
                    {item.title}{' '}
                    <span className="muted small">
                      · {STATUS_LABEL[item.status]}
                      {typeof item.size === 'number' ? ` · size ${item.size}` : ''}
                      {item.outcomeStated ? '' : ' · outcome missing'}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {all.data && all.data.backlogItems.totalCount > backlog.length && search.length < 2 ? (
            <p className="muted small">The first {backlog.length} of {all.data.backlogItems.totalCount} shown; find others by words in their title.</p>
          ) : null}
        </fieldset>
        <fieldset className="rf-fieldset">
          <legend className="field-label">Agenda ({agenda.length})</legend>
          {agenda.length === 0 ? <p className="muted small">Pick the items to refine on the left.</p> : null}
          {errors.agenda ? <p className="field-error">{errors.agenda}</p> : null}
          <ol className="rf-plan-agenda" data-testid="planned-agenda">
            {agenda.map((a, i) => (
              <li key={a.itemId}>
                <span className="rf-plan-title">{a.title}</span>
                <span className="rf-timebox">
                  <label htmlFor={`${id}-tb-${a.itemId}`}>
                    Timebox<span className="visually-hidden"> in minutes for {a.title}</span>
                  </label>
                  <input
                    id={`${id}-tb-${a.itemId}`}
                    inputMode="numeric"
                    value={a.timebox}
                    placeholder="min"
                    aria-invalid={badTimebox.includes(a.itemId) ? true : undefined}
                    onChange={(e) => setAgenda((list) => list.map((x) => (x.itemId === a.itemId ? { ...x, timebox: e.target.value } : x)))}
                  />
                </span>
                <button type="button" className="btn btn-icon btn-ghost" aria-label={`Move ${a.title} up`} disabled={i === 0} onClick={() => setAgenda((list) => moveEntry(list, i, -1))}>
                  <Icon name="up" />
                </button>
                <button type="button" className="btn btn-icon btn-ghost" aria-label={`Move ${a.title} down`} disabled={i === agenda.length - 1} onClick={() => setAgenda((list) => moveEntry(list, i, 1))}>
                  <Icon name="down" />
                </button>
                <button type="button" className="btn btn-icon btn-ghost" aria-label={`Remove ${a.title} from the agenda`} onClick={() => toggle({ id: a.itemId, title: a.title })}>
                  <Icon name="close" />
                </button>
              </li>
            ))}
          </ol>
          {badTimebox.length ? <p className="field-error">A timebox is a whole number of minutes from 1 to 240, or empty.</p> : null}
        </fieldset>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={fetching}>
          {fetching ? <Spinner size={14} /> : null} Plan session
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
