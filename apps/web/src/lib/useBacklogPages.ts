import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import { BacklogPageQuery } from '../api/documents';
import { toProblem, type Problem } from '../api/errors';
import type { BacklogItemFilter, BacklogRowFragment } from '../api/generated/graphql';

export const PAGE_SIZE = 100;

export interface BacklogPages {
  items: BacklogRowFragment[];
  /** Items matching the filter (from the first page), null until known. */
  totalCount: number | null;
  hasNextPage: boolean;
  loading: boolean;
  /** How many items the list has asked for so far (drives the progress bar). */
  wanted: number;
  error: Problem | null;
  /** Ask for at least `count` items to be loaded; pages follow one another via the cursor. */
  ensure: (count: number) => void;
  /** Start again from the first page (after the backlog changed). */
  reload: () => void;
  retry: () => void;
  /** The loaded items as they are now (also between renders). */
  current: () => BacklogRowFragment[];
  /** Changes the loaded items in place (an optimistic reorder, its rollback). */
  setItems: (update: (items: BacklogRowFragment[]) => BacklogRowFragment[]) => void;
  /**
   * Loads pages until at least `count` items are loaded (or the backlog ends) and resolves with
   * the loaded items; null when the filter changed or a page failed meanwhile.
   */
  loadUntil: (count: number) => Promise<BacklogRowFragment[] | null>;
}

interface Store {
  key: string;
  generation: number;
  items: BacklogRowFragment[];
  cursor: string | null;
  hasNextPage: boolean;
  wanted: number;
  running: boolean;
}

interface Waiter {
  count: number;
  generation: number;
  resolve: (items: BacklogRowFragment[] | null) => void;
}

interface View {
  key: string;
  items: BacklogRowFragment[];
  totalCount: number | null;
  hasNextPage: boolean;
  loading: boolean;
  wanted: number;
  error: Problem | null;
}

const freshView = (key: string): View => ({ key, items: [], totalCount: null, hasNextPage: true, loading: true, wanted: PAGE_SIZE, error: null });

/**
 * The backlog as keyset pages of 100: the first page on mount (with `totalCount`), then the
 * next page whenever the list asks for rows past the loaded ones. A filter change starts over;
 * answers for an old filter are dropped.
 */
export function useBacklogPages(productId: string, filter: BacklogItemFilter): BacklogPages {
  const client = useClient();
  const key = JSON.stringify([productId, filter]);
  // The filter as a stable value per key, so effects depend on the key alone.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableFilter = useMemo(() => filter, [key]);
  const store = useRef<Store>({ key, generation: 0, items: [], cursor: null, hasNextPage: true, wanted: PAGE_SIZE, running: false });
  const [view, setView] = useState<View>(() => freshView(key));
  const [epoch, setEpoch] = useState(0);
  const waiters = useRef<Waiter[]>([]);

  /** Resolves the waiters whose count is loaded (or that can never be), and those of an old filter. */
  const settle = useCallback((failed = false) => {
    const s = store.current;
    waiters.current = waiters.current.filter((w) => {
      if (w.generation !== s.generation || failed) w.resolve(null);
      else if (s.items.length >= w.count || !s.hasNextPage) w.resolve(s.items);
      else return true;
      return false;
    });
  }, []);

  const pump = useCallback(async () => {
    const s = store.current;
    if (s.running) return;
    s.running = true;
    const generation = s.generation;
    try {
      while (s.generation === generation && s.hasNextPage && s.items.length < s.wanted) {
        const first = s.items.length === 0;
        setView((v) => ({ ...v, loading: true, wanted: s.wanted }));
        const result = await client
          .query(
            BacklogPageQuery,
            { productId, first: PAGE_SIZE, after: s.cursor, filter: stableFilter, withCount: first },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        if (s.generation !== generation) return;
        if (result.error || !result.data) {
          setView((v) => ({ ...v, loading: false, error: toProblem(result.error) ?? { kind: 'other', message: 'The backlog could not be loaded.' } }));
          settle(true);
          return;
        }
        const page = result.data.backlogItems;
        s.items = s.items.concat(page.edges.map((e) => e.node));
        s.cursor = page.pageInfo.endCursor ?? s.cursor;
        s.hasNextPage = page.pageInfo.hasNextPage;
        const items = s.items;
        setView((v) => ({
          key: s.key,
          items,
          totalCount: first ? (page.totalCount ?? items.length) : v.totalCount,
          hasNextPage: s.hasNextPage,
          loading: s.hasNextPage && items.length < s.wanted,
          wanted: s.wanted,
          error: null,
        }));
        settle();
      }
    } finally {
      if (s.generation === generation) {
        s.running = false;
        setView((v) => (v.loading && !(s.hasNextPage && s.items.length < s.wanted) ? { ...v, loading: false } : v));
      }
    }
  }, [client, productId, stableFilter, settle]);

  useEffect(() => {
    const s = store.current;
    s.generation += 1;
    s.key = key;
    s.items = [];
    s.cursor = null;
    s.hasNextPage = true;
    s.wanted = PAGE_SIZE;
    s.running = false;
    settle();
    setView(freshView(key));
    void pump();
  }, [key, epoch, pump, settle]);

  const ensure = useCallback(
    (count: number) => {
      const s = store.current;
      if (count <= s.wanted) {
        if (!s.running && s.hasNextPage && s.items.length < s.wanted) void pump();
        return;
      }
      s.wanted = Math.ceil(count / PAGE_SIZE) * PAGE_SIZE;
      void pump();
    },
    [pump],
  );

  const reload = useCallback(() => setEpoch((e) => e + 1), []);
  const retry = useCallback(() => {
    setView((v) => ({ ...v, error: null }));
    void pump();
  }, [pump]);

  const setItems = useCallback((update: (items: BacklogRowFragment[]) => BacklogRowFragment[]) => {
    const s = store.current;
    s.items = update(s.items);
    const items = s.items;
    setView((v) => (v.key === s.key ? { ...v, items } : v));
  }, []);

  const loadUntil = useCallback(
    (count: number) => {
      const s = store.current;
      if (s.items.length >= count || (!s.hasNextPage && !s.running)) return Promise.resolve<BacklogRowFragment[] | null>(s.items);
      const promise = new Promise<BacklogRowFragment[] | null>((resolve) => waiters.current.push({ count, generation: s.generation, resolve }));
      ensure(count);
      return promise;
    },
    [ensure],
  );

  // While a new filter's first page is on its way, show nothing of the old one.
  const shown = view.key === key ? view : freshView(key);
  const currentItems = useCallback(() => store.current.items, []);
  return { ...shown, ensure, reload, retry, setItems, loadUntil, current: currentItems };
}
