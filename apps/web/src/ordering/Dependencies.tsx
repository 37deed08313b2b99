import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { AddDependencyMutation, ItemOrderHistoryQuery, ParentSearchQuery, RemoveDependencyMutation } from '../api/documents';
import { fieldErrorMap, toProblem, type Problem } from '../api/errors';
import type { ItemDetailFragment } from '../api/generated/graphql';
import { Icon, ProblemBanner, Spinner, StatusBadge } from '../components/ui';
import { useSettled } from '../lib/useSettled';
import { idsOfHistory, OrderHistoryList } from './OrderHistoryList';
import { useItemTitles } from './useItemTitles';

type Prerequisite = ItemDetailFragment['dependsOn'][number];

/** The DOM id of the picker, which is also where the API's `dependsOnId` error shows. */
export const DEPENDS_ON_FIELD = 'field-dependsOnId';

/**
 * "Depends on": the items that must come first. Added and removed at once (not with the form's
 * Save); a dependency that would close a cycle is refused and the cycle is named beside the field.
 */
export function Dependencies({ productId, item, canEdit }: { productId: string; item: ItemDetailFragment; canEdit: boolean }) {
  const [list, setList] = useState<readonly Prerequisite[]>(item.dependsOn);
  useEffect(() => setList(item.dependsOn), [item.dependsOn]);
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ fetching: adding }, add] = useMutation(AddDependencyMutation);
  const [{ fetching: removing }, remove] = useMutation(RemoveDependencyMutation);
  const debounced = useSettled(query.trim(), 250);
  const [{ data, fetching }] = useQuery({ query: ParentSearchQuery, variables: { productId, text: debounced }, pause: debounced === '' || !canEdit });
  const taken = new Set([item.id, ...list.map((d) => d.id)]);
  const results = (data?.backlogItems.edges ?? []).map((e) => e.node).filter((n) => !taken.has(n.id));
  const error = fieldErrorMap(problem).dependsOnId ?? (problem?.kind === 'fields' ? problem.fields.map((f) => f.message).join('; ') : undefined);
  const errorId = `${DEPENDS_ON_FIELD}-error`;

  const change = async (kind: 'add' | 'remove', target: { id: string; title: string }) => {
    setProblem(null);
    setNotice(null);
    const input = { itemId: item.id, dependsOnId: target.id };
    const result = kind === 'add' ? await add({ input }).then((r) => ({ item: r.data?.addDependency, error: r.error })) : await remove({ input }).then((r) => ({ item: r.data?.removeDependency, error: r.error }));
    if (!result.item) {
      setProblem(toProblem(result.error));
      return;
    }
    setList(result.item.dependsOn);
    if (kind === 'add') setQuery('');
    setNotice(kind === 'add' ? `Now depends on “${target.title}”.` : `No longer depends on “${target.title}”.`);
  };

  return (
    <div className={`field dependencies${error ? ' field-invalid' : ''}`}>
      <span className="field-label" id="depends-on-label">
        Depends on
      </span>
      {list.length ? (
        <ul className="dependency-list" aria-labelledby="depends-on-label">
          {list.map((d) => (
            <li key={d.id}>
              <Link to={`/products/${productId}/items/${d.id}`}>{d.title}</Link> <StatusBadge status={d.status} />
              {canEdit ? (
                <button type="button" className="btn btn-small btn-ghost" disabled={removing} onClick={() => void change('remove', d)} aria-label={`Remove the dependency on ${d.title}`}>
                  <Icon name="close" /> Remove
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{canEdit ? 'Depends on no other item. Add the items that must be done first.' : 'Depends on no other item.'}</p>
      )}
      {canEdit ? (
        <>
          <label htmlFor={DEPENDS_ON_FIELD} className="visually-hidden">
            Find an item this one depends on
          </label>
          <div className="input-icon">
            <Icon name="search" />
            <input
              id={DEPENDS_ON_FIELD}
              type="search"
              value={query}
              placeholder="Add: find the item that must come first"
              onChange={(e) => setQuery(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              autoComplete="off"
            />
          </div>
          {debounced ? (
            <div className="picker-results" aria-live="polite">
              {fetching ? (
                <p className="muted">
                  <Spinner size={12} /> Searching…
                </p>
              ) : results.length === 0 ? (
                <p className="muted">No other item titled like “{debounced}”.</p>
              ) : (
                <ul aria-label="Items it could depend on">
                  {results.map((r) => (
                    <li key={r.id}>
                      <button type="button" className="picker-option" disabled={adding} onClick={() => void change('add', r)}>
                        {r.title} <StatusBadge status={r.status} />
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ) : null}
        </>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          <Icon name="alert" /> {error}
        </p>
      ) : null}
      {problem && problem.kind !== 'fields' ? <ProblemBanner problem={problem} onDismiss={() => setProblem(null)} /> : null}
      <p className="visually-hidden" role="status">
        {notice ?? ''}
      </p>
    </div>
  );
}

/** The item's own order history, in the editor's side panel. */
export function ItemOrderHistory({ productId, itemId }: { productId: string; itemId: string }) {
  const [{ data }] = useQuery({ query: ItemOrderHistoryQuery, variables: { id: itemId }, requestPolicy: 'cache-and-network' });
  const entries = data?.backlogItem.orderHistory ?? [];
  const titles = useItemTitles(idsOfHistory(entries), EMPTY);
  if (!data) return <p className="muted small">Loading…</p>;
  return <OrderHistoryList entries={entries} titles={titles} productId={productId} itemId={itemId} />;
}

const EMPTY: ReadonlyMap<string, string> = new Map();
