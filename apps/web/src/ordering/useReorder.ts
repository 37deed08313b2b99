import { useCallback, useRef, useState } from 'react';
import { useClient } from 'urql';
import { MoveBacklogItemMutation } from '../api/documents';
import { toProblem, type Problem } from '../api/errors';
import type { BacklogRowFragment, OrderingCriterion } from '../api/generated/graphql';
import type { BacklogPages } from '../lib/useBacklogPages';
import { anchorFor, moveInList } from './reorder';

export interface Why {
  reason: string;
  criterion: OrderingCriterion | '';
}

export type ReorderNotice =
  | { kind: 'moved'; text: string }
  | { kind: 'conflict'; text: string }
  | { kind: 'failed'; problem: Problem };

export interface Reorder {
  /**
   * Moves an item to `toIndex` (0-based, in the whole backlog) at once on screen, then tells the
   * API. Moves go to the API one after another; a refused one is rolled back, together with the
   * moves queued behind it, and `notice` says why. Resolves, once the item is placed on screen,
   * with the index it went to (null if it could not be placed).
   */
  move: (itemId: string, toIndex: number, why: Why) => Promise<number | null>;
  /** Moves on their way to the API. */
  pending: number;
  notice: ReorderNotice | null;
  dismiss: () => void;
}

const position = (i: number) => i + 1;

/** Optimistic reordering of the loaded backlog with rollback (CSPO C1.7: the product owner orders). */
export function useReorder(pages: BacklogPages): Reorder {
  const client = useClient();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Bumped by a refusal: moves queued before it learnt of it are dropped. */
  const generation = useRef(0);
  const [pending, setPending] = useState(0);
  const [notice, setNotice] = useState<ReorderNotice | null>(null);
  const { loadUntil, setItems, current } = pages;

  const move = useCallback(
    async (itemId: string, toIndex: number, why: Why): Promise<number | null> => {
      const loaded = await loadUntil(toIndex + 1);
      if (!loaded) return null;
      const from = loaded.findIndex((i) => i.id === itemId);
      if (from < 0) return null;
      const to = Math.max(0, Math.min(toIndex, loaded.length - 1));
      if (from === to) return to;
      const snapshot = loaded;
      const next = moveInList(loaded, from, to);
      const anchor = anchorFor(next, to);
      if (!anchor) return null;
      const title = loaded[from].title;
      setItems(() => next);
      setNotice(null);
      const mine = generation.current;
      setPending((n) => n + 1);

      const rollback = () => {
        setItems((now) => {
          // Keep the versions learnt since, and any page that arrived meanwhile.
          const versions = new Map(now.map((i) => [i.id, i.version]));
          const known = new Set(snapshot.map((i) => i.id));
          const restored: BacklogRowFragment[] = snapshot.map((i) => ({ ...i, version: versions.get(i.id) ?? i.version }));
          return restored.concat(now.filter((i) => !known.has(i.id)));
        });
      };

      const send = async (): Promise<boolean> => {
        if (generation.current !== mine) return false;
        const version = current().find((i) => i.id === itemId)?.version ?? snapshot[from].version;
        const result = await client
          .mutation(
            MoveBacklogItemMutation,
            {
              input: {
                itemId,
                ...anchor,
                expectedVersion: version,
                ...(why.reason.trim() ? { reason: why.reason.trim() } : {}),
                ...(why.criterion ? { criterion: why.criterion } : {}),
              },
            },
            // The order history lists OrderChange rows: a move makes it stale.
            { additionalTypenames: ['OrderChange'] },
          )
          .toPromise();
        if (result.data) {
          const moved = result.data.moveBacklogItem;
          setItems((now) => now.map((i) => (i.id === moved.id ? { ...i, version: moved.version } : i)));
          setNotice({ kind: 'moved', text: `Moved “${title}” from position ${position(from)} to ${position(to)}.` });
          return true;
        }
        generation.current += 1;
        rollback();
        const problem = toProblem(result.error) ?? { kind: 'other', message: 'The move was not saved.' };
        setNotice(
          problem.kind === 'conflict'
            ? {
                kind: 'conflict',
                text: `“${title}” was changed by someone else meanwhile (it is at version ${problem.currentVersion} now), so it was put back where it was. Reload the backlog to see the current order, then move it again.`,
              }
            : { kind: 'failed', problem },
        );
        return false;
      };

      const run = queue.current.then(send, send).finally(() => setPending((n) => n - 1));
      queue.current = run;
      return to;
    },
    [client, current, loadUntil, setItems],
  );

  const dismiss = useCallback(() => setNotice(null), []);
  return { move, pending, notice, dismiss };
}
