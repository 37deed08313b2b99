import { useMemo } from 'react';
import { useQuery } from 'urql';
import { StakeholderItemOptionsDocument, type StakeholderItemOptionsQuery } from '../api/generated/graphql';

export type ItemOption = StakeholderItemOptionsQuery['backlogItems']['edges'][number]['node'];

/** The first 100 items of the backlog in order (the page size the API allows), by id. */
export function useItemTitles(productId: string): { items: readonly ItemOption[]; byId: ReadonlyMap<string, ItemOption>; fetching: boolean } {
  const [{ data, fetching }] = useQuery({ query: StakeholderItemOptionsDocument, variables: { productId, first: 100 } });
  return useMemo(() => {
    const items = data?.backlogItems.edges.map((e) => e.node) ?? [];
    return { items, byId: new Map(items.map((i) => [i.id, i])), fetching };
  }, [data, fetching]);
}

/** Items whose title has the words typed (the API searches; at most 20 shown). */
export function useItemSearch(productId: string, text: string): { items: readonly ItemOption[]; fetching: boolean; settled: boolean } {
  const trimmed = text.trim();
  const [{ data, fetching, operation }] = useQuery({
    query: StakeholderItemOptionsDocument,
    variables: { productId, text: trimmed || null, first: 20 },
    pause: trimmed.length < 2,
  });
  // The answer to this very text (not the one before it, still shown while the next is fetched).
  const settled = trimmed.length >= 2 && !fetching && data !== undefined && operation?.variables.text === trimmed;
  return { items: trimmed.length < 2 ? [] : (data?.backlogItems.edges.map((e) => e.node) ?? []), fetching, settled };
}
