import { describe, expect, it } from 'vitest';
import { aProduct, anItem } from '@backlog-studio/testing';
import { engines, useApi } from './helpers';

const UPDATE = `mutation($input: UpdateBacklogItemInput!) { updateBacklogItem(input: $input) { id version title } }`;

for (const engine of await engines('concurrency e2e')) {
  describe(`concurrent writes (${engine})`, () => {
    const { api } = useApi(engine);

    it('runs 50 simultaneous transactional mutations, all successful, each item once with a unique rank', async () => {
      const product = await aProduct(api());
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          api().request<{ createBacklogItem: { id: string } }>(
            `mutation($input: CreateBacklogItemInput!) { createBacklogItem(input: $input) { id } }`,
            { input: { productId: product.id, title: `Parallel ${i}` } },
          ),
        ),
      );
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      const ids = results.map((r) => r.data!.createBacklogItem.id);
      const list = await api().ok<{ backlogItems: { totalCount: number; edges: { cursor: string; node: { id: string } }[] } }>(
        `query($p: ID!) { backlogItems(productId: $p, first: 100) { totalCount edges { cursor node { id } } } }`,
        { p: product.id },
      );
      expect(list.backlogItems.totalCount).toBe(50);
      expect(new Set(list.backlogItems.edges.map((e) => e.node.id))).toEqual(new Set(ids));
      expect(new Set(list.backlogItems.edges.map((e) => e.cursor)).size).toBe(50);
    });

    it('lets exactly one of two clients editing the same version win; the other gets CONFLICT; the version never goes back', async () => {
      const product = await aProduct(api());
      const item = await anItem(api(), product.id);
      for (let round = 0; round < 5; round++) {
        const version = item.version + round;
        const [a, b] = await Promise.all([
          api().request<{ updateBacklogItem: { version: number } }>(UPDATE, { input: { id: item.id, expectedVersion: version, title: `A${round}` } }),
          api().request<{ updateBacklogItem: { version: number } }>(UPDATE, { input: { id: item.id, expectedVersion: version, title: `B${round}` } }),
        ]);
        const outcomes = [a, b].map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort();
        expect(outcomes).toEqual(['CONFLICT', 'OK']);
        const winner = (a.errors ? b : a).data!.updateBacklogItem;
        expect(winner.version).toBe(version + 1);
        const stored = await api().ok<{ backlogItem: { version: number; title: string } }>(
          `query($id: ID!) { backlogItem(id: $id) { version title } }`,
          { id: item.id },
        );
        expect(stored.backlogItem.version).toBe(version + 1);
        expect(stored.backlogItem.title).toBe(a.errors ? `B${round}` : `A${round}`);
      }
    });

    it('keeps every acknowledged update when many clients update different items at once', async () => {
      const product = await aProduct(api());
      const items = await Promise.all(Array.from({ length: 10 }, () => anItem(api(), product.id)));
      const rounds = 5;
      for (let r = 0; r < rounds; r++) {
        const res = await Promise.all(
          items.map((it) => api().request(UPDATE, { input: { id: it.id, expectedVersion: 1 + r, title: `round ${r}` } })),
        );
        expect(res.flatMap((x) => x.errors ?? [])).toEqual([]);
      }
      const history = await Promise.all(
        items.map((it) =>
          api().ok<{ backlogItem: { version: number; history: { field: string }[] } }>(
            `query($id: ID!) { backlogItem(id: $id) { version history { field } } }`,
            { id: it.id },
          ),
        ),
      );
      for (const h of history) {
        expect(h.backlogItem.version).toBe(1 + rounds);
        expect(h.backlogItem.history.filter((e) => e.field === 'title')).toHaveLength(rounds);
      }
    });
  });
}
