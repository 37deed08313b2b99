import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { validateRound } from '@backlog-studio/domain';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import {
  AllocateBudgetDocument,
  CloseVotingRoundDocument,
  OpenVotingRoundDocument,
  StakeholderMembersDocument,
  VotingRoundDetailDocument,
  VotingRoundsDocument,
  type VotingRoundFieldsFragment,
} from '../api/generated/graphql';
import { useDocumentTitle } from '../components/AppLayout';
import { ConfirmDialog, EmptyState, Field, Icon, Loading, ProblemBanner, Spinner } from '../components/ui';
import { formatCount, formatDateTime, plural } from '../lib/format';
import { STATUS_LABEL } from '../lib/labels';
import { useHub } from './hub';
import { useItemTitles } from './items';

type Round = VotingRoundFieldsFragment;
const CONTEXT = { additionalTypenames: ['VotingRound'] };

function RoundStatus({ round }: { round: Round }) {
  return round.status === 'OPEN' ? <span className="badge sh-badge-open">Open</span> : <span className="badge">Closed</span>;
}

function OpenRoundForm({ productId, onCancel }: { productId: string; onCancel: () => void }) {
  const navigate = useNavigate();
  const { items, fetching: loadingItems } = useItemTitles(productId);
  const [membersResult] = useQuery({ query: StakeholderMembersDocument, variables: { productId } });
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [budgets, setBudgets] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, open] = useMutation(OpenVotingRoundDocument);
  const errors = fieldErrorMap(problem);
  const sized = items.filter((i) => i.status !== 'DONE' && i.size !== null && i.size !== undefined && Number.isInteger(i.size) && i.size > 0);
  const members = (membersResult.data?.members ?? []).filter((m) => m.status === 'ACTIVE' && m.userId);
  const total = sized.filter((i) => chosen.includes(i.id)).reduce((n, i) => n + (i.size ?? 0), 0);
  const suggestion = Math.max(1, Math.floor(total / 4));
  const participants = Object.entries(budgets).map(([userId, b]) => ({ userId, budget: Number(b) }));
  const issues = chosen.length
    ? validateRound({ items: sized.filter((i) => chosen.includes(i.id)).map((i) => ({ id: i.id, price: i.size! })), budgets: participants.map((p) => ({ participantId: p.userId, budget: p.budget })) })
    : [];
  const emailOf = (id: string) => members.find((m) => m.userId === id)?.email ?? id;
  const issueText = issues.map((i) => members.reduce((text, m) => text.replaceAll(m.userId!, m.email), i.message));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!title.trim() || !chosen.length || !participants.length || issues.length) {
      setProblem({ kind: 'other', message: !title.trim() ? 'Give the round a title.' : !chosen.length ? 'Choose the items to buy.' : !participants.length ? 'Choose who takes part.' : issueText.join('; ') });
      return;
    }
    const result = await open({ input: { productId, title, itemIds: chosen, participants } });
    if (result.error || !result.data) {
      setProblem(toProblem(result.error));
      return;
    }
    void navigate(`/products/${productId}/voting/${result.data.openVotingRound.id}`);
  };

  return (
    <form className="card form-card sh-open-round" onSubmit={submit} noValidate aria-labelledby="open-round-title" data-testid="open-round-form">
      <h2 id="open-round-title">Open a Buy a Feature round</h2>
      <p className="muted">Items cost their size. Give each participant a budget below the total price, so nobody can buy everything alone and the group has to pool money on what matters.</p>
      <ProblemBanner problem={problem} />
      {problem?.kind === 'fields' ? (
        <p className="banner banner-error" role="alert">
          {problem.fields.map((f) => f.message).join('; ')}
        </p>
      ) : null}
      <Field label="Title" error={errors.title}>
        {(c) => <input {...c} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Q3 partner council" />}
      </Field>
      <fieldset className="sh-fieldset">
        <legend className="field-label">Items for sale (sized, not done)</legend>
        {loadingItems && !items.length ? <Loading label="Loading items…" /> : null}
        {!loadingItems && !sized.length ? <p className="muted small">No item of the first 100 has a whole-number size yet. Size items in the editor first.</p> : null}
        <div className="sh-check-list">
          {sized.map((i) => (
            <label key={i.id} className="switch">
              <input type="checkbox" checked={chosen.includes(i.id)} onChange={() => setChosen((l) => (l.includes(i.id) ? l.filter((x) => x !== i.id) : [...l, i.id]))} />
              {i.title} <span className="muted small">· price {i.size} · {STATUS_LABEL[i.status]}</span>
            </label>
          ))}
        </div>
        <p className="small">
          Total price: <strong data-testid="open-round-total">{formatCount(total)}</strong>
        </p>
      </fieldset>
      <fieldset className="sh-fieldset">
        <legend className="field-label">Participants and their budgets</legend>
        <div className="sh-participant-list">
          {members.map((m) => {
            const on = m.userId! in budgets;
            return (
              <div key={m.id} className="sh-participant">
                <label className="switch">
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={() =>
                      setBudgets((b) => {
                        const next = { ...b };
                        if (on) delete next[m.userId!];
                        else next[m.userId!] = String(suggestion);
                        return next;
                      })
                    }
                  />
                  {m.displayName || m.email} <span className="muted small">· {m.email}</span>
                </label>
                {on ? (
                  <span className="sh-budget-input">
                    <label htmlFor={`budget-${m.id}`}>Budget of {m.email}</label>
                    <input id={`budget-${m.id}`} type="number" min={1} step={1} value={budgets[m.userId!]} onChange={(e) => setBudgets((b) => ({ ...b, [m.userId!]: e.target.value }))} />
                  </span>
                ) : null}
              </div>
            );
          })}
        </div>
        {issues.length && participants.length ? (
          <ul className="field-error sh-issues" aria-live="polite">
            {issueText.map((t) => (
              <li key={t}>
                <Icon name="alert" /> {t}
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={fetching}>
          {fetching ? <Spinner size={14} /> : null} Open the round
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
        <span className="muted small">{participants.length ? `${plural(participants.length, 'participant')}: ${participants.map((p) => emailOf(p.userId)).join(', ')}` : ''}</span>
      </div>
    </form>
  );
}

export function VotingScreen() {
  const hub = useHub();
  const { productId } = hub;
  useDocumentTitle(hub.productName ? `Buy a Feature · ${hub.productName}` : 'Buy a Feature');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: VotingRoundsDocument, variables: { productId }, context: CONTEXT });
  const [opening, setOpening] = useState(false);
  const canRun = hub.can('RUN_VOTING');
  const problem = toProblem(error);
  if (!data) {
    if (problem) return <ProblemBanner problem={problem} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading label={fetching ? 'Loading voting rounds…' : 'Loading…'} />;
  }
  return (
    <div className="sh-voting">
      <div className="section-head">
        <div>
          <h1>Buy a Feature</h1>
          <p className="muted section-sub">Budget voting rounds, newest first. Stakeholders spend a limited budget on the items they want most.</p>
        </div>
        {canRun && !opening ? (
          <button type="button" className="btn btn-primary" onClick={() => setOpening(true)}>
            <Icon name="plus" /> Open a round
          </button>
        ) : null}
      </div>
      {opening ? <OpenRoundForm productId={productId} onCancel={() => setOpening(false)} /> : null}
      {data.votingRounds.length === 0 ? <EmptyState title="No voting round yet">{canRun ? 'Open one to let stakeholders show what they would pay for.' : 'The product owner has not opened one yet.'}</EmptyState> : null}
      <ul className="sh-rounds" data-testid="voting-rounds">
        {data.votingRounds.map((r) => {
          const mine = r.participants.find((p) => p.userId === hub.userId);
          return (
            <li key={r.id} className="card sh-round-card">
              <div className="sh-round-card-head">
                <h2>
                  <Link to={`/products/${productId}/voting/${r.id}`}>{r.title}</Link>
                </h2>
                <RoundStatus round={r} />
              </div>
              <p className="small muted">
                {plural(r.items.length, 'item')} for {formatCount(r.totalPrice)} · {plural(r.participants.length, 'participant')} · opened by {r.openedBy}
                {r.closedAt ? ` · closed ${formatDateTime(r.closedAt)}` : ''}
              </p>
              {r.status === 'CLOSED' ? (
                <p className="small">
                  Funded: {r.items.filter((i) => i.funded).map((i) => i.title).join(', ') || 'nothing'}
                </p>
              ) : mine ? (
                <p className="small">
                  You have spent {mine.spent} of {mine.budget}.{' '}
                  <Link to={`/products/${productId}/voting/${r.id}`}>Allocate your budget</Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function AllocationForm({ round, budget, onSaved }: { round: Round; budget: number; onSaved: (r: Round) => void }) {
  const [amounts, setAmounts] = useState<Record<string, string>>(() => Object.fromEntries(round.items.map((i) => [i.itemId, i.myPledge ? String(i.myPledge) : ''])));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, allocate] = useMutation(AllocateBudgetDocument);
  const parsed = round.items.map((i) => ({ itemId: i.itemId, raw: amounts[i.itemId] ?? '', amount: Number(amounts[i.itemId] || 0) }));
  const invalid = parsed.filter((p) => !Number.isInteger(p.amount) || p.amount < 0);
  const spent = parsed.reduce((n, p) => n + (Number.isInteger(p.amount) && p.amount > 0 ? p.amount : 0), 0);
  const remaining = budget - spent;
  const over = remaining < 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setSaved(false);
    if (invalid.length || over) return;
    const result = await allocate({ input: { roundId: round.id, allocations: parsed.filter((p) => p.amount > 0).map((p) => ({ itemId: p.itemId, amount: p.amount })) } });
    if (result.error || !result.data) {
      setProblem(toProblem(result.error));
      return;
    }
    setSaved(true);
    onSaved(result.data.allocateBudget);
  };

  return (
    <form onSubmit={submit} noValidate className="sh-allocation" aria-labelledby="allocation-title" data-testid="allocation-form">
      <div className="sh-allocation-head">
        <h2 id="allocation-title">Your allocation</h2>
        <p className={`sh-remaining${over ? ' is-over' : remaining === 0 ? ' is-spent' : ''}`} role="status" aria-live="polite" data-testid="remaining-budget">
          {over ? (
            <>
              <Icon name="alert" /> Over budget by <strong>{-remaining}</strong>
            </>
          ) : (
            <>
              Remaining budget <strong>{remaining}</strong> of {budget}
            </>
          )}
        </p>
      </div>
      <ProblemBanner problem={problem} />
      {problem?.kind === 'fields' ? (
        <p className="banner banner-error" role="alert">
          Nothing was stored: {problem.fields.map((f) => f.message).join('; ')}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="sh-table">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col" className="num">
                Price
              </th>
              <th scope="col" className="num">
                Pledged by all
              </th>
              <th scope="col">Your pledge</th>
            </tr>
          </thead>
          <tbody>
            {round.items.map((i) => {
              const bad = invalid.some((p) => p.itemId === i.itemId);
              return (
                <tr key={i.itemId}>
                  <th scope="row">{i.title}</th>
                  <td className="num">{i.price}</td>
                  <td className="num">
                    {i.pledged} <span className="muted small">({i.sharePercent} %)</span>
                  </td>
                  <td>
                    <label htmlFor={`pledge-${i.itemId}`} className="visually-hidden">
                      Your pledge for {i.title}
                    </label>
                    <input
                      id={`pledge-${i.itemId}`}
                      className="sh-pledge"
                      type="number"
                      min={0}
                      step={1}
                      inputMode="numeric"
                      value={amounts[i.itemId] ?? ''}
                      aria-invalid={bad ? true : undefined}
                      onChange={(e) => {
                        setSaved(false);
                        setAmounts((a) => ({ ...a, [i.itemId]: e.target.value }));
                      }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {invalid.length ? <p className="field-error">Pledges are whole numbers, 0 or more.</p> : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={fetching || over || invalid.length > 0}>
          {fetching ? <Spinner size={14} /> : null} Save my allocation
        </button>
        {saved ? (
          <span className="muted small" role="status">
            Allocation saved.
          </span>
        ) : null}
      </div>
    </form>
  );
}

function RoundTotals({ round }: { round: Round }) {
  const closed = round.status === 'CLOSED';
  return (
    <div className="table-scroll">
      <table className="sh-table" data-testid="round-totals">
        <caption className="visually-hidden">{closed ? 'Result, best funded first' : 'Pledges so far'}</caption>
        <thead>
          <tr>
            {closed ? <th scope="col">Rank</th> : null}
            <th scope="col">Item</th>
            <th scope="col" className="num">
              Price
            </th>
            <th scope="col" className="num">
              Pledged
            </th>
            <th scope="col">Share of price</th>
            <th scope="col">{closed ? 'Result' : 'So far'}</th>
          </tr>
        </thead>
        <tbody>
          {round.items.map((i, n) => (
            <tr key={i.itemId} className={i.funded ? 'is-funded' : undefined}>
              {closed ? <td>{n + 1}</td> : null}
              <th scope="row">{i.title}</th>
              <td className="num">{i.price}</td>
              <td className="num">{i.pledged}</td>
              <td>
                <span className="sh-sharebar">
                  <span className="sh-bar-track" aria-hidden="true">
                    <span className="sh-bar-fill" style={{ width: `${Math.min(100, i.sharePercent)}%` }} />
                  </span>
                  {i.sharePercent} %
                </span>
              </td>
              <td>{i.funded ? <span className="badge sh-badge-ok">Funded</span> : <span className="muted small">{closed ? 'Not funded' : `${Math.max(0, i.price - i.pledged)} to go`}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function VotingRoundScreen() {
  const hub = useHub();
  const { productId } = hub;
  const { roundId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: VotingRoundDetailDocument, variables: { roundId }, context: CONTEXT });
  const [latest, setLatest] = useState<Round | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const [closing, close] = useMutation(CloseVotingRoundDocument);
  const [closeProblem, setCloseProblem] = useState<Problem | null>(null);
  const round = useMemo(() => {
    const fromQuery = data?.votingRound ?? null;
    if (latest && fromQuery && latest.id === fromQuery.id && latest.status === 'CLOSED' && fromQuery.status === 'OPEN') return latest;
    return fromQuery ?? latest;
  }, [data, latest]);
  useDocumentTitle(round ? `${round.title} · Buy a Feature` : 'Buy a Feature');
  const problem = toProblem(error);
  if (!round) {
    if (problem) return <ProblemBanner problem={problem} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    return <Loading label={fetching ? 'Loading the round…' : 'Loading…'} />;
  }
  const me = round.participants.find((p) => p.userId === hub.userId) ?? null;
  const open = round.status === 'OPEN';
  const funded = round.items.filter((i) => i.funded);

  const doClose = async () => {
    setConfirmClose(false);
    setCloseProblem(null);
    const result = await close({ roundId: round.id });
    if (result.error || !result.data) setCloseProblem(toProblem(result.error));
    else setLatest(result.data.closeVotingRound);
  };

  return (
    <div className="sh-round">
      <nav className="breadcrumb" aria-label="Voting">
        <Link to={`/products/${productId}/voting`}>
          <Icon name="back" /> All rounds
        </Link>
      </nav>
      <div className="section-head">
        <div>
          <p className="eyebrow">Buy a Feature</p>
          <h1>{round.title}</h1>
          <p className="muted section-sub">
            <RoundStatus round={round} /> Opened by {round.openedBy} · {plural(round.items.length, 'item')} for a total price of {formatCount(round.totalPrice)}
            {round.closedAt ? ` · closed ${formatDateTime(round.closedAt)}` : ''}
          </p>
        </div>
        {open && hub.can('RUN_VOTING') ? (
          <button type="button" className="btn btn-danger-outline" onClick={() => setConfirmClose(true)} disabled={closing.fetching}>
            {closing.fetching ? <Spinner size={14} /> : null} Close the round
          </button>
        ) : null}
      </div>
      <ProblemBanner problem={closeProblem} onDismiss={() => setCloseProblem(null)} />
      {!open ? (
        <div className="banner banner-success sh-result" role="status" data-testid="round-result">
          <div>
            <strong>
              {funded.length ? `${plural(funded.length, 'item')} funded: ${funded.map((i) => i.title).join(', ')}.` : 'No item was funded.'}
            </strong>{' '}
            {round.leftover !== null && round.leftover !== undefined ? `${formatCount(round.leftover)} of the budgets was left over (unspent, or pledged on items that were not funded).` : ''}
          </div>
        </div>
      ) : null}
      <div className="sh-two-col sh-two-col-wide">
        <section className="card" aria-labelledby="totals-title">
          <h2 id="totals-title">{open ? 'Totals so far' : 'Result, best funded first'}</h2>
          <RoundTotals round={round} />
        </section>
        <section className="card" aria-labelledby="participants-title">
          <h2 id="participants-title">Participants</h2>
          <ul className="sh-participants">
            {round.participants.map((p) => (
              <li key={p.userId}>
                <span>
                  {p.email || 'a former member'}
                  {p.userId === hub.userId ? <span className="badge sh-badge-accent">you</span> : null}
                </span>
                <span className="muted small">
                  spent {p.spent} of {p.budget}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {open && me ? (
        <div className="card">
          <AllocationForm key={round.id} round={round} budget={me.budget} onSaved={setLatest} />
        </div>
      ) : open ? (
        <p className="muted">You are not a participant of this round, so you see the totals only.</p>
      ) : null}
      {confirmClose ? (
        <ConfirmDialog title={`Close “${round.title}”?`} confirmLabel="Close the round" cancelLabel="Keep it open" onCancel={() => setConfirmClose(false)} onConfirm={() => void doClose()}>
          Participants can no longer change their allocations; the result is stored.
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
