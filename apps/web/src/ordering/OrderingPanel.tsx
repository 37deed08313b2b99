import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ApplyProposedOrderMutation, OrderHistoryQuery, ProductQuery, ProposedOrderQuery } from '../api/documents';
import { toProblem, type Problem } from '../api/errors';
import type { OrderingStrategy, ProposedOrderQuery as ProposedOrderData } from '../api/generated/graphql';
import { useDocumentTitle } from '../components/AppLayout';
import { ConfirmDialog, EmptyState, Icon, Loading, ProblemBanner, Spinner } from '../components/ui';
import { formatCount, plural } from '../lib/format';
import { useProductPermissions } from '../lib/permissions';
import { NotFound } from '../screens/NotFound';
import { STRATEGIES, STRATEGY_LABEL } from './labels';
import { idsOfHistory, OrderHistoryList } from './OrderHistoryList';
import { useItemTitles } from './useItemTitles';

type Proposal = ProposedOrderData['proposedOrder'];
type Pair = Proposal['invertedPairs'][number];

/** How many items of a proposal are shown (the API allows up to 500). */
const LIMIT = 200;
/** Applying makes the proposal, the history and any open item stale. */
const ORDER_CHANGED = { additionalTypenames: ['OrderChange', 'ProposedOrder', 'BacklogItem', 'BacklogItemConnection'] };

const pairKey = (p: Pair) => `${p.currentlyFirstId}>${p.proposedFirstId}`;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** The API's explanations name items by id: put their titles in. */
const withTitles = (text: string, titles: ReadonlyMap<string, string>): string => text.replace(UUID, (id) => (titles.get(id) ? `“${titles.get(id)}”` : 'an item'));

function Shift({ from, to }: { from: number; to: number }) {
  const d = from - to;
  if (d === 0) return <span className="shift shift-same">same place</span>;
  return d > 0 ? (
    <span className="shift shift-up">
      <Icon name="up" size={14} /> {d}
      <span className="visually-hidden"> places up</span>
    </span>
  ) : (
    <span className="shift shift-down">
      <Icon name="down" size={14} /> {-d}
      <span className="visually-hidden"> places down</span>
    </span>
  );
}

function Compare({ proposal, selected, titles }: { proposal: Proposal; selected: Pair | null; titles: ReadonlyMap<string, string> }) {
  const inverted = useMemo(() => {
    const ids = new Map<string, number>();
    for (const p of proposal.invertedPairs) {
      ids.set(p.currentlyFirstId, (ids.get(p.currentlyFirstId) ?? 0) + 1);
      ids.set(p.proposedFirstId, (ids.get(p.proposedFirstId) ?? 0) + 1);
    }
    return ids;
  }, [proposal.invertedPairs]);
  const overridden = useMemo(() => new Set(proposal.dependencyOverrides.map((o) => o.itemId)), [proposal.dependencyOverrides]);
  const current = useMemo(() => [...proposal.items].sort((a, b) => a.currentPosition - b.currentPosition), [proposal.items]);
  const isSelected = (id: string) => !!selected && (selected.currentlyFirstId === id || selected.proposedFirstId === id);
  const cls = (id: string) => `compare-item${inverted.has(id) ? ' is-inverted' : ''}${isSelected(id) ? ' is-selected' : ''}`;
  const mark = (id: string) =>
    inverted.has(id) ? (
      <span className="badge inverted-badge" title="Part of a pair the proposal puts the other way round">
        ⇅ {inverted.get(id)}
        <span className="visually-hidden"> inverted {inverted.get(id) === 1 ? 'pair' : 'pairs'}</span>
      </span>
    ) : null;
  return (
    <div className="order-compare">
      <section className="card compare-column" aria-labelledby="current-order-title">
        <h2 id="current-order-title">Current order</h2>
        <p className="muted small">The same items where they stand now.</p>
        <ol className="compare-list" data-testid="current-order">
          {current.map((item) => (
            <li key={item.id} className={cls(item.id)}>
              <span className="compare-pos">{formatCount(item.currentPosition)}</span>
              <span className="compare-title">{item.title}</span>
              {mark(item.id)}
            </li>
          ))}
        </ol>
      </section>
      <section className="card compare-column" aria-labelledby="proposed-order-title">
        <h2 id="proposed-order-title">Proposed order</h2>
        <p className="muted small">Each item with its score and how it was computed.</p>
        <ol className="compare-list" data-testid="proposed-order">
          {proposal.items.map((item) => (
            <li key={item.id} className={cls(item.id)} data-testid="proposed-item">
              <span className="compare-pos">{formatCount(item.proposedPosition)}</span>
              <span className="compare-body">
                <span className="compare-title">
                  {item.title}
                  {overridden.has(item.id) ? <span className="badge override-badge">pulled up by a dependency</span> : null}
                </span>
                <span className="compare-explanation">{withTitles(item.explanation, titles)}</span>
              </span>
              <span className="compare-side">
                <span className="compare-score">{item.score === null ? <span className="muted">no score</span> : <>score {Math.round(item.score * 100) / 100}</>}</span>
                <Shift from={item.currentPosition} to={item.proposedPosition} />
                {mark(item.id)}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export default function OrderingScreen() {
  const { productId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get('strategy') as OrderingStrategy | null;
  const inUrl: OrderingStrategy = asked && STRATEGIES.includes(asked) ? asked : 'WSJF';
  // The strategy just picked shows at once; the URL follows in a transition (slow on a busy
  // machine), and from then on (back, forward, a shared link) the URL decides.
  const [picked, setPicked] = useState<{ strategy: OrderingStrategy; over: OrderingStrategy } | null>(null);
  // Once the URL has moved on from where the pick was made, the pick has done its job.
  if (picked && picked.over !== inUrl) setPicked(null);
  const strategy: OrderingStrategy = picked && picked.over === inUrl ? picked.strategy : inUrl;
  const perms = useProductPermissions(productId);
  const canApply = perms.can('ACCEPT_PROPOSED_ORDER');
  const [{ data: productData }] = useQuery({ query: ProductQuery, variables: { id: productId } });
  const [{ data, fetching, error }] = useQuery({
    query: ProposedOrderQuery,
    variables: { productId, strategy, options: { limit: LIMIT, topN: 10, invertedPairsLimit: 50 } },
    requestPolicy: 'cache-and-network',
  });
  const [history] = useQuery({ query: OrderHistoryQuery, variables: { productId, first: 50 } });
  const [applying, apply] = useMutation(ApplyProposedOrderMutation);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [selected, setSelected] = useState<Pair | null>(null);
  const productName = productData?.product.name ?? null;
  useDocumentTitle(productName ? `Ordering · ${productName}` : 'Ordering');

  const proposal = data?.proposedOrder.strategy === strategy ? data.proposedOrder : null;
  const known = useMemo(() => new Map((proposal?.items ?? []).map((i) => [i.id, i.title])), [proposal]);
  const historyEntries = useMemo(() => history.data?.orderHistory ?? [], [history.data]);
  const wanted = useMemo(
    () => [
      ...idsOfHistory(historyEntries),
      ...(proposal?.dependencyOverrides.flatMap((o) => [o.itemId, o.dependantId, o.displacedId ?? '']) ?? []),
      ...(proposal?.sensitivity ? [...proposal.sensitivity.entering, ...proposal.sensitivity.leaving] : []),
    ].filter(Boolean),
    [historyEntries, proposal],
  );
  const titles = useItemTitles(wanted, known);
  const title = (id: string | null | undefined) => (id ? titles.get(id) || 'an item' : 'an item');

  const loadProblem = toProblem(error);
  if (loadProblem?.kind === 'notFound') return <NotFound what="product" />;

  const choose = (s: OrderingStrategy) => {
    setProblem(null);
    setNotice(null);
    setSelected(null);
    setPicked({ strategy: s, over: inUrl });
    const next = new URLSearchParams(params);
    next.set('strategy', s);
    setParams(next, { replace: true });
  };

  const doRecompute = () => {
    setProblem(null);
    setSelected(null);
    // ORDER_CHANGED names ProposedOrder: urql refetches the proposal itself.
  };

  const doApply = async () => {
    setConfirming(false);
    if (!proposal) return;
    setProblem(null);
    setNotice(null);
    const result = await apply({ input: { productId, strategy, basedOnOrderVersion: proposal.orderVersion } }, ORDER_CHANGED);
    if (result.error || !result.data) {
      setProblem(toProblem(result.error));
      return;
    }
    setNotice(`Applied the ${STRATEGY_LABEL[strategy].name} order: ${plural(result.data.applyProposedOrder.movedCount, 'item')} moved.`);
    setSelected(null);
    // ORDER_CHANGED names ProposedOrder: urql refetches the proposal itself.
  };

  const moved = proposal ? proposal.items.filter((i) => i.currentPosition !== i.proposedPosition).length : 0;
  const same = proposal ? proposal.distance.discordantPairs === 0 : false;

  return (
    <div className="page ordering-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to={`/products/${productId}#backlog`}>
          <Icon name="back" /> {productName ? `${productName} backlog` : 'Backlog'}
        </Link>
      </nav>
      <div className="page-head">
        <div>
          <p className="eyebrow">{productName ?? 'Product'}</p>
          <h1>Ordering</h1>
          <p className="muted">
            A strategy proposes an order and explains each place; nothing changes until the product owner applies it. Done items keep their places.
          </p>
        </div>
      </div>

      <fieldset className="strategy-picker">
        <legend className="field-label">Strategy</legend>
        {STRATEGIES.map((s) => (
          <label key={s} className={`strategy-option${s === strategy ? ' is-on' : ''}`}>
            <input type="radio" name="strategy" value={s} checked={s === strategy} onChange={() => choose(s)} />
            <span className="strategy-name">{STRATEGY_LABEL[s].name}</span>
            <span className="strategy-how">{STRATEGY_LABEL[s].how}</span>
          </label>
        ))}
      </fieldset>

      <div role="status" aria-live="polite" className="announce" data-testid="apply-notice">
        {notice ? (
          <p className="banner banner-success">
            <Icon name="check" /> {notice}
          </p>
        ) : null}
      </div>
      {problem?.kind === 'conflict' ? (
        <div className="banner banner-warning" role="alert" data-testid="apply-conflict">
          <div>
            <strong>The backlog changed since this proposal was computed.</strong> Someone moved or edited an item meanwhile. Recompute the proposal and
            look at it again before applying it.
          </div>
          <div className="banner-actions">
            <button type="button" className="btn btn-small btn-primary" onClick={doRecompute}>
              Recompute
            </button>
          </div>
        </div>
      ) : (
        <ProblemBanner problem={problem} onDismiss={() => setProblem(null)} />
      )}
      {!data && loadProblem ? <ProblemBanner problem={loadProblem} onRetry={doRecompute} /> : null}
      {!proposal && fetching ? <Loading label="Computing the proposal…" /> : null}

      {proposal ? (
        <>
          <div className="proposal-summary card">
            <dl className="summary-facts">
              <div>
                <dt>Items compared</dt>
                <dd>
                  {formatCount(proposal.itemCount)}
                  {proposal.items.length < proposal.itemCount ? <span className="muted small"> (first {formatCount(proposal.items.length)} shown)</span> : null}
                </dd>
              </div>
              <div>
                <dt>Distance from the current order</dt>
                <dd>
                  {Math.round(proposal.distance.normalised * 100)} %{' '}
                  <span className="muted small">
                    ({formatCount(proposal.distance.discordantPairs)} of {formatCount(proposal.distance.totalPairs)} pairs the other way round)
                  </span>
                </dd>
              </div>
              <div>
                <dt>Items that change place</dt>
                <dd>{formatCount(moved)}</dd>
              </div>
            </dl>
            <div className="proposal-actions">
              {fetching ? (
                <span className="muted small" role="status">
                  <Spinner size={12} /> Recomputing…
                </span>
              ) : null}
              <button type="button" className="btn" onClick={doRecompute} disabled={fetching}>
                <Icon name="restore" /> Recompute
              </button>
              {canApply ? (
                <button type="button" className="btn btn-primary" onClick={() => setConfirming(true)} disabled={same || applying.fetching || fetching}>
                  {applying.fetching ? <Spinner size={14} /> : <Icon name="check" />} Apply this order
                </button>
              ) : !perms.loading ? (
                <span className="muted small">Only the product owner applies a proposed order.</span>
              ) : null}
            </div>
            {same ? <p className="muted small">The backlog is already in this order.</p> : null}
          </div>

          {proposal.itemCount === 0 ? (
            <EmptyState title="Nothing to order">Items that are not done appear here.</EmptyState>
          ) : (
            <div className="ordering-layout">
              <Compare proposal={proposal} selected={selected} titles={titles} />
              <aside className="ordering-side" aria-label="Why the proposal differs">
                <section className="side-card" aria-labelledby="pairs-title">
                  <h2 id="pairs-title">Inverted pairs</h2>
                  {proposal.invertedPairs.length === 0 ? (
                    <p className="muted small">No pair is the other way round.</p>
                  ) : (
                    <>
                      <p className="muted small">
                        Pairs the proposal puts the other way round{proposal.invertedPairs.length >= 50 ? ' (the first 50)' : ''}; both are marked ⇅ in the lists. Pick
                        one to highlight it.
                      </p>
                      <ul className="pair-list">
                        {proposal.invertedPairs.map((p) => {
                          const on = !!selected && pairKey(selected) === pairKey(p);
                          return (
                            <li key={pairKey(p)}>
                              <button type="button" className={`pair${on ? ' is-on' : ''}`} aria-pressed={on} onClick={() => setSelected(on ? null : p)}>
                                “{title(p.proposedFirstId)}” <span className="muted">before</span> “{title(p.currentlyFirstId)}”
                              </button>
                            </li>
                          );
                        })}
                      </ul>
                    </>
                  )}
                </section>
                <section className="side-card" aria-labelledby="overrides-title">
                  <h2 id="overrides-title">Dependency overrides</h2>
                  {proposal.dependencyOverrides.length === 0 ? (
                    <p className="muted small">No dependency changed the order by score.</p>
                  ) : (
                    <ul className="override-list">
                      {proposal.dependencyOverrides.map((o) => (
                        <li key={`${o.itemId}-${o.dependantId}`}>
                          <strong>“{title(o.itemId)}”</strong> comes before “{title(o.dependantId)}”, which depends on it
                          {o.displacedId ? <>, ahead of “{title(o.displacedId)}”</> : null}.<span className="muted small"> {withTitles(o.explanation, titles)}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
                {proposal.sensitivity ? (
                  <section className="side-card" aria-labelledby="sensitivity-title" data-testid="sensitivity">
                    <h2 id="sensitivity-title">Sensitivity to sizes</h2>
                    <p>
                      <span className={`badge ${proposal.sensitivity.stable ? 'sensitivity-stable' : 'sensitivity-unstable'}`}>
                        {proposal.sensitivity.stable ? 'Stable' : 'Sensitive'}
                      </span>{' '}
                      <span className="small">{withTitles(proposal.sensitivity.explanation, titles)}</span>
                    </p>
                    {proposal.sensitivity.entering.length ? (
                      <p className="small">
                        Could enter the top {proposal.sensitivity.topN.length}: {proposal.sensitivity.entering.map((id) => `“${title(id)}”`).join(', ')}.
                      </p>
                    ) : null}
                    {proposal.sensitivity.leaving.length ? (
                      <p className="small">Could leave it: {proposal.sensitivity.leaving.map((id) => `“${title(id)}”`).join(', ')}.</p>
                    ) : null}
                  </section>
                ) : (
                  <section className="side-card" aria-labelledby="sensitivity-title">
                    <h2 id="sensitivity-title">Sensitivity to sizes</h2>
                    <p className="muted small">Computed for WSJF, where sizes divide the score.</p>
                  </section>
                )}
              </aside>
            </div>
          )}
        </>
      ) : null}

      <section className="card order-history-card" aria-labelledby="order-history-title">
        <h2 id="order-history-title">
          <Icon name="history" /> Order history
        </h2>
        <p className="muted small">Every move and every applied proposal, newest first, with who made it and why.</p>
        {history.data ? <OrderHistoryList entries={historyEntries} titles={titles} productId={productId} /> : <Loading label="Loading the history…" />}
      </section>

      {confirming && proposal ? (
        <ConfirmDialog
          title={`Apply the ${STRATEGY_LABEL[strategy].name} order?`}
          confirmLabel="Apply the order"
          cancelLabel="Not now"
          onConfirm={() => void doApply()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {plural(moved, 'item')} change place. The move is recorded in the order history as one change; you can still move items by hand afterwards.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
