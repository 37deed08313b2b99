import { describe, expect, it } from 'vitest';
import { aProduct, anItem, type GqlClient } from '@backlog-studio/testing';
import { engines, useApi } from './helpers';

const MOVE = `mutation($input: MoveBacklogItemInput!) { moveBacklogItem(input: $input) { id version } }`;
const ORDER = `query($p: ID!, $after: String) { backlogItems(productId: $p, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { id title version updatedAt } } } }`;

type Page = { backlogItems: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string; title: string; version: number; updatedAt: string } }[] } };

async function order(api: GqlClient, productId: string): Promise<{ id: string; title: string; version: number; updatedAt: string; cursor: string }[]> {
  const all: { id: string; title: string; version: number; updatedAt: string; cursor: string }[] = [];
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

    it('re-spreads a crowded gap in the same move: the order, the versions, the edit times and the far keys stay as they were', async () => {
      const { product, items } = await backlog(api(), 30);
      const versions = new Map(items.map((i) => [i.id, i.version]));
      const model = items.map((i) => i.id);
      const start = await order(api(), product.id);
      const startKeys = new Map(start.map((i) => [i.id, i.cursor]));
      const startUpdated = new Map(start.map((i) => [i.id, i.updatedAt]));
      // 300 times one of ten items goes right before the same item U (the oldest of the ten
      // arrivals first): each new key halves the gap just above U, so keys pass the
      // 24-character limit many times over unless the API re-spreads around U.
      const u = items[15].id;
      const pool = items.slice(20).map((i) => i.id);
      for (let step = 0; step < 300; step++) {
        const id = pool[step % pool.length];
        model.splice(model.indexOf(id), 1);
        model.splice(model.indexOf(u), 0, id);
        const done = await api().ok<{ moveBacklogItem: { version: number } }>(MOVE, { input: { itemId: id, beforeItemId: u, expectedVersion: versions.get(id) } });
        versions.set(id, done.moveBacklogItem.version);
      }
      const now = await order(api(), product.id);
      expect(now.map((i) => i.id)).toEqual(model);
      const keys = now.map((i) => Buffer.from(i.cursor, 'base64url').toString());
      expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(24);
      expect(new Set(keys).size).toBe(30);
      // The re-spread gave new keys to items nobody moved (U at least), without touching their
      // versions: nobody editing them meets a conflict. It stays local: far items keep their keys.
      const rekeyed = now.filter((i) => !pool.includes(i.id) && i.cursor !== startKeys.get(i.id));
      expect(rekeyed.map((i) => i.id)).toContain(u);
      for (const i of now) expect(i.version).toBe(versions.get(i.id));
      // Nor their last-edited time: a new key is not an edit.
      for (const i of rekeyed) expect(i.updatedAt).toBe(startUpdated.get(i.id));
      expect(now.find((i) => i.id === items[0].id)!.cursor).toBe(startKeys.get(items[0].id));
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

const PROPOSE = `query($p: ID!, $s: OrderingStrategy!) { proposedOrder(productId: $p, strategy: $s) {
  orderVersion itemCount items { id title score explanation currentPosition proposedPosition }
  distance { discordantPairs totalPairs normalised } invertedPairs { currentlyFirstId proposedFirstId }
  dependencyOverrides { itemId dependantId explanation } sensitivity { stable topN explanation } } }`;
const APPLY = `mutation($input: ApplyProposedOrderInput!) { applyProposedOrder(input: $input) { movedCount orderVersion } }`;
const DEPEND = `mutation($input: DependencyInput!) { addDependency(input: $input) { id dependsOn { id } } }`;

type Proposal = {
  proposedOrder: {
    orderVersion: string;
    itemCount: number;
    items: { id: string; title: string; score: number | null; explanation: string; currentPosition: number; proposedPosition: number }[];
    distance: { discordantPairs: number };
    invertedPairs: { currentlyFirstId: string; proposedFirstId: string }[];
    dependencyOverrides: { itemId: string; dependantId: string; explanation: string }[];
    sensitivity: { stable: boolean; topN: string[]; explanation: string } | null;
  };
};

for (const engine of await engines('proposed orders e2e')) {
  describe(`proposed orders and dependencies (${engine})`, () => {
    const { api } = useApi(engine);

    async function scored() {
      const product = await aProduct(api());
      const spec = [
        { title: 'Low', costOfDelay: { userBusinessValue: 1, timeCriticality: 1, riskReduction: 1 }, size: 8 },
        { title: 'Mid', costOfDelay: { userBusinessValue: 8, timeCriticality: 5, riskReduction: 13 }, size: 4 },
        { title: 'High', costOfDelay: { userBusinessValue: 13, timeCriticality: 13, riskReduction: 13 }, size: 1 },
      ];
      const items = [];
      for (const s of spec) items.push(await anItem(api(), product.id, s));
      return { product, items };
    }

    it('proposes a WSJF order with explanations, the distance and the inverted pairs, and changes nothing', async () => {
      const { product, items } = await scored();
      const p = await api().ok<Proposal>(PROPOSE, { p: product.id, s: 'WSJF' });
      expect(p.proposedOrder.items.map((i) => i.title)).toEqual(['High', 'Mid', 'Low']);
      expect(p.proposedOrder.items[1]).toMatchObject({ score: 6.5, explanation: 'WSJF 6.5 = (8 + 5 + 13) / 4', currentPosition: 2, proposedPosition: 2 });
      expect(p.proposedOrder.distance.discordantPairs).toBe(3);
      expect(p.proposedOrder.invertedPairs).toContainEqual({ currentlyFirstId: items[0].id, proposedFirstId: items[2].id });
      expect(p.proposedOrder.sensitivity?.topN.length).toBeGreaterThan(0);
      expect((await order(api(), product.id)).map((i) => i.title)).toEqual(['Low', 'Mid', 'High']);
    });

    it('applies a proposal as one recorded order change, and refuses a stale one with CONFLICT', async () => {
      const { product, items } = await scored();
      const p = await api().ok<Proposal>(PROPOSE, { p: product.id, s: 'WSJF' });
      // Someone edits an item after the proposal was computed: the proposal is stale.
      await api().ok(`mutation($input: UpdateBacklogItemInput!) { updateBacklogItem(input: $input) { id } }`, { input: { id: items[0].id, expectedVersion: 1, size: 2 } });
      const stale = await api().request(APPLY, { input: { productId: product.id, strategy: 'WSJF', basedOnOrderVersion: p.proposedOrder.orderVersion } });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect((await order(api(), product.id)).map((i) => i.title)).toEqual(['Low', 'Mid', 'High']);

      const fresh = await api().ok<Proposal>(PROPOSE, { p: product.id, s: 'WSJF' });
      const applied = await api().ok<{ applyProposedOrder: { movedCount: number } }>(APPLY, {
        input: { productId: product.id, strategy: 'WSJF', basedOnOrderVersion: fresh.proposedOrder.orderVersion },
      });
      expect(applied.applyProposedOrder.movedCount).toBe(2);
      expect((await order(api(), product.id)).map((i) => i.title)).toEqual(['High', 'Mid', 'Low']);
      const history = await api().ok<{ orderHistory: { kind: string; criterion: string; reason: string; movedCount: number }[] }>(
        `query($p: ID!) { orderHistory(productId: $p) { kind criterion reason movedCount } }`,
        { p: product.id },
      );
      expect(history.orderHistory[0]).toMatchObject({ kind: 'PROPOSED_ORDER', criterion: 'WSJF', movedCount: 2 });
      expect(history.orderHistory[0].reason).toMatch(/WSJF/);
    });

    it('puts prerequisites first whatever their score, and says so', async () => {
      const { product, items } = await scored();
      // "High" needs "Low" first.
      const dep = await api().ok<{ addDependency: { dependsOn: { id: string }[] } }>(DEPEND, { input: { itemId: items[2].id, dependsOnId: items[0].id } });
      expect(dep.addDependency.dependsOn).toEqual([{ id: items[0].id }]);
      const p = await api().ok<Proposal>(PROPOSE, { p: product.id, s: 'WSJF' });
      const titles = p.proposedOrder.items.map((i) => i.title);
      expect(titles.indexOf('Low')).toBeLessThan(titles.indexOf('High'));
      expect(p.proposedOrder.dependencyOverrides[0]).toMatchObject({ itemId: items[0].id, dependantId: items[2].id });
    });

    it('refuses a dependency that closes a cycle, naming the items in it', async () => {
      const { items } = await scored();
      await api().ok(DEPEND, { input: { itemId: items[1].id, dependsOnId: items[0].id } });
      await api().ok(DEPEND, { input: { itemId: items[2].id, dependsOnId: items[1].id } });
      const cycle = await api().request(DEPEND, { input: { itemId: items[0].id, dependsOnId: items[2].id } });
      expect(cycle.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'dependsOnId', rule: 'noCycle' });
      expect(cycle.errors?.[0].extensions?.fields?.[0].message).toMatch(/"Low" → "High" → "Mid" → "Low"/);
      const self = await api().request(DEPEND, { input: { itemId: items[0].id, dependsOnId: items[0].id } });
      expect(self.errors?.[0].extensions?.fields?.[0].rule).toBe('noCycle');
    });
  });
}
