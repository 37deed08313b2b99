import { useEffect, useMemo, useState } from 'react';
import { gql, useClient, type TypedDocumentNode } from 'urql';

/** The API allows 30 aliases per document; stay below. */
const CHUNK = 25;
const ID = /^[0-9a-zA-Z-]{1,64}$/;

/**
 * One document per chunk of ids, each id an alias of `backlogItem(id:)`. This is the one
 * operation not written in a .graphql file: its shape depends on how many ids there are. The ids
 * are checked before they are written into it.
 */
function titlesDocument(ids: readonly string[]): TypedDocumentNode<Record<string, { id: string; title: string } | null>> {
  const fields = ids.map((id, i) => `i${i}: backlogItem(id: "${id}") { id title }`).join('\n');
  return gql(`query ItemTitles {\n${fields}\n}`);
}

/**
 * Titles of the items an order history names (moved items and their neighbours). Titles already
 * known (e.g. from a proposal) are used as they are; the others are read in a few requests.
 */
export function useItemTitles(ids: readonly string[], known: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const client = useClient();
  const [fetched, setFetched] = useState<ReadonlyMap<string, string>>(new Map());
  const missing = useMemo(() => [...new Set(ids)].filter((id) => ID.test(id) && !known.has(id) && !fetched.has(id)).sort(), [ids, known, fetched]);
  const key = missing.join(',');

  useEffect(() => {
    if (!key) return;
    let live = true;
    const wanted = key.split(',');
    const chunks: string[][] = [];
    for (let i = 0; i < wanted.length; i += CHUNK) chunks.push(wanted.slice(i, i + CHUNK));
    void Promise.all(chunks.map((chunk) => client.query(titlesDocument(chunk), {}, { requestPolicy: 'cache-first' }).toPromise())).then((results) => {
      if (!live) return;
      setFetched((prev) => {
        const next = new Map(prev);
        results.forEach((r, c) => {
          chunks[c].forEach((id, i) => {
            const item = r.data?.[`i${i}`];
            // An id that cannot be read (e.g. no longer there) is not asked for again.
            next.set(id, item?.title ?? '');
          });
        });
        return next;
      });
    });
    return () => {
      live = false;
    };
  }, [client, key]);

  return useMemo(() => {
    const all = new Map(fetched);
    for (const [id, title] of known) all.set(id, title);
    return all;
  }, [fetched, known]);
}
