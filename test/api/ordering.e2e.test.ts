import { describe, expect, it } from 'vitest';
import { aProduct, anItem, type GqlClient } from '@backlog-studio/testing';
import { engines, useApi } from './helpers';

const MOVE = `mutation($input: MoveBacklogItemInput!) { moveBacklogItem(input: $input) { id version } }`;
const ORDER = `query($p: ID!, $after: String) { backlogItems(productId: $p, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { id title version } } } }`;

type Page = { backlogItems: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string; title: string; version: number } }[] } };

async function order(api: GqlClient, productId: string): Promise<{ id: string; title: string; version: number; cursor: string }[]> {
  const all: { id: string; title: string; version: number; cursor: string }[] = [];
  let after: string | null = null;
  do {
    const page: Page = await api.ok<Page>(ORDER, { p: productId, after });
    all.push(...page.backlogItems.edges.map((e) => ({ ...e.node, cursor: e.cursor })));
    after = page.backlogItems.pageInfo.hasNextPage ? page.backlogItems.pageInfo.endCursor : null;
  } while (after);
  return all;
}

async function backlog(api: GqlClient, n: number) {
  const product = await aProduct(api);
  const items = [];
  for (let i = 0; i < n; i++) items.push(await anItem(api, product.id, { title: `I${i}` }));
  return { product, items };
}

for (const engine of await engines('ordering e2e')) {
  describe(`ordering the backlog (${engine})`, () => {
    const { api, account } = useApi(engine);

    it('moves an item before or after another and records who, where from, where to and why', async () => {
      const { product, items } = await backlog(api(), 4);
      await api().ok(MOVE, { input: { itemId: items[3].id, beforeItemId: items[0].id, expectedVersion: 1, reason: 'Blocks the goal', criterion: 'COST_OF_DELAY' } });
      expect((await order(api(), product.id)).map((i) => i.title)).toEqual(['I3', 'I0', 'I1', 'I2']);
      await api().ok(MOVE, { input: { itemId: items[0].id, afterItemId: items[2].id, expectedVersion: 1 } });
      expect((await order(api(), product.id)).map((i) => i.title)).toEqual(['I3', 'I1', 'I2', 'I0']);

      const history = await api().ok<{ orderHistory: { itemId: string; fromAfterId: string | null; fromBeforeId: string | null; toAfterId: string | null; toBeforeId: string | null; reason: string; criterion: string | null; actor: string }[] }>(
        `query($p: ID!) { orderHistory(productId: $p) { itemId fromAfterId fromBeforeId toAfterId toBeforeId reason criterion actor } }`,
        { p: product.id },
      );
      expect(history.orderHistory[1]).toEqual({
        itemId: items[3].id,
        fromAfterId: items[2].id,
        fromBeforeId: null,
        toAfterId: null,
        toBeforeId: items[0].id,
        reason: 'Blocks the goal',
        criterion: 'COST_OF_DELAY',
        actor: account().email,
      });
      const itemHistory = await api().ok<{ backlogItem: { orderHistory: { toAfterId: string }[] } }>(
        `query($id: ID!) { backlogItem(id: $id) { orderHistory { toAfterId } } }`,
        { id: items[0].id },
      );
      expect(itemHistory.backlogItem.orderHistory).toEqual([{ toAfterId: items[2].id }]);
    });

    it('refuses a stale version, a missing or double anchor, an anchor of another product', async () => {
      const { items } = await backlog(api(), 2);
      const other = await backlog(api(), 1);
      const stale = await api().request(MOVE, { input: { itemId: items[1].id, beforeItemId: items[0].id, expectedVersion: 7 } });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      const none = await api().request(MOVE, { input: { itemId: items[1].id, expectedVersion: 1 } });
      expect(none.errors?.[0].extensions?.fields?.[0].rule).toBe('exactlyOne');
      const both = await api().request(MOVE, { input: { itemId: items[1].id, beforeItemId: items[0].id, afterItemId: items[0].id, expectedVersion: 1 } });
      expect(both.errors?.[0].extensions?.fields?.[0].rule).toBe('exactlyOne');
      const foreign = await api().request(MOVE, { input: { itemId: items[1].id, beforeItemId: other.items[0].id, expectedVersion: 1 } });
      expect(foreign.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'beforeItemId', rule: 'sameProduct' });
    });

    it('keeps keys short when many items are dropped into the same gap', async () => {
      const { product, items } = await backlog(api(), 40);
      // Always right after the first item: the adversarial case for fractional keys.
      for (let i = 39; i >= 2; i--) {
        await api().ok(MOVE, { input: { itemId: items[i].id, afterItemId: items[0].id, expectedVersion: 1 } });
      }
      const now = await order(api(), product.id);
      expect(now.map((i) => i.title)).toEqual(['I0', ...Array.from({ length: 38 }, (_, k) => `I${k + 2}`), 'I1']);
      const longest = Math.max(...now.map((i) => Buffer.from(i.cursor, 'base64url').length));
      expect(longest).toBeLessThanOrEqual(24);
    });

    it('200 concurrent moves, half into the same gap, leave every item once in a consistent order', async () => {
      const { product, items } = await backlog(api(), 60);
      const versions = new Map(items.map((i) => [i.id, i.version]));
      const gapAnchor = items[0].id;
      const moves = Array.from({ length: 200 }, (_, k) => {
        const item = items[1 + (k % 59)];
        const anchor = k % 2 === 0 ? gapAnchor : items[(k * 7) % 60].id;
        return { item: item.id, anchor: anchor === item.id ? gapAnchor : anchor };
      });
      const results = await Promise.all(
        moves.map((m) =>
          api().request<{ moveBacklogItem: { version: number } }>(MOVE, {
            input: { itemId: m.item, afterItemId: m.anchor, expectedVersion: versions.get(m.item) },
          }),
        ),
      );
      const codes = results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK'));
      // Each item's first move wins; repeated moves of one item with the same version are conflicts.
      expect(codes.filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);
      expect(codes.filter((c) => c === 'OK')).toHaveLength(59);
      const after = await order(api(), product.id);
      expect(after).toHaveLength(60);
      expect(new Set(after.map((i) => i.id)).size).toBe(60);
      expect(new Set(after.map((i) => i.cursor)).size).toBe(60);
      const sorted = [...after].sort((a, b) => Buffer.compare(Buffer.from(a.cursor, 'base64url'), Buffer.from(b.cursor, 'base64url')));
      expect(sorted.map((i) => i.id)).toEqual(after.map((i) => i.id));
    });
  });
}
