import { Link } from 'react-router';
import type { OrderChangeFieldsFragment, OrderingStrategy } from '../api/generated/graphql';
import { formatDateTime, formatRelative, plural } from '../lib/format';
import { CRITERION_LABEL, STRATEGY_LABEL } from './labels';

function ItemName({ id, titles, productId }: { id: string | null; titles: ReadonlyMap<string, string>; productId: string }) {
  if (!id) return <>an item</>;
  const title = titles.get(id);
  return <Link to={`/products/${productId}/items/${id}`}>“{title || 'an item'}”</Link>;
}

/** Where a moved item went, in words: to the top, to the bottom, or between two items. */
function Where({ entry, titles, productId }: { entry: OrderChangeFieldsFragment; titles: ReadonlyMap<string, string>; productId: string }) {
  const name = (id: string | null) => <ItemName id={id} titles={titles} productId={productId} />;
  if (!entry.toAfterId && entry.toBeforeId) return <>to the top, before {name(entry.toBeforeId)}</>;
  if (entry.toAfterId && !entry.toBeforeId) return <>to the bottom, after {name(entry.toAfterId)}</>;
  return (
    <>
      between {name(entry.toAfterId)} and {name(entry.toBeforeId)}
    </>
  );
}

/** The ids an entry names, so their titles can be looked up. */
export function idsOfHistory(entries: readonly OrderChangeFieldsFragment[]): string[] {
  return entries.flatMap((e) => [e.itemId, e.toAfterId, e.toBeforeId].filter((id): id is string => !!id));
}

/**
 * The order history (newest first): who moved what where and why, and proposed orders applied.
 * `itemId` names the item whose history this is ("Moved here" instead of its title).
 */
export function OrderHistoryList({
  entries,
  titles,
  productId,
  itemId,
}: {
  entries: readonly OrderChangeFieldsFragment[];
  titles: ReadonlyMap<string, string>;
  productId: string;
  itemId?: string;
}) {
  if (entries.length === 0) return <p className="muted">{itemId ? 'This item has not been moved yet.' : 'The order has not been changed yet.'}</p>;
  return (
    <ol className="order-history" data-testid="order-history">
      {entries.map((e) => (
        <li key={e.id} className={`order-change kind-${e.kind.toLowerCase()}`}>
          <p className="order-change-what">
            {e.kind === 'PROPOSED_ORDER' ? (
              <>
                Applied the proposed order by <strong>{STRATEGY_LABEL[e.criterion as OrderingStrategy]?.name ?? (e.criterion ? CRITERION_LABEL[e.criterion] : 'a strategy')}</strong>
                {e.movedCount !== null ? `: ${plural(e.movedCount, 'item')} moved` : ''}
              </>
            ) : (
              <>
                {itemId && e.itemId === itemId ? 'Moved' : <>Moved {<ItemName id={e.itemId} titles={titles} productId={productId} />}</>} <Where entry={e} titles={titles} productId={productId} />
              </>
            )}
          </p>
          {e.kind === 'MOVE' && (e.reason || e.criterion) ? (
            <p className="order-change-why">
              {e.criterion ? <span className="badge criterion-badge">{CRITERION_LABEL[e.criterion]}</span> : null} {e.reason ? <q>{e.reason}</q> : null}
            </p>
          ) : null}
          <p className="order-change-meta muted small">
            {e.actor} ·{' '}
            <time dateTime={e.at} title={formatDateTime(e.at)}>
              {formatRelative(e.at)}
            </time>
          </p>
        </li>
      ))}
    </ol>
  );
}
