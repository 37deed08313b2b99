import { describe, expect, it } from 'vitest';
import { aProduct, anActiveGoal, anItem, ITEM_FIELDS } from '@backlog-studio/testing';
import { engines, useApi } from './helpers';

const LIST = `query($productId: ID!, $first: Int, $after: String, $filter: BacklogItemFilter) {
  backlogItems(productId: $productId, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status kind version } }
  }
}`;
const UPDATE = `mutation($input: UpdateBacklogItemInput!) { updateBacklogItem(input: $input) { ${ITEM_FIELDS} } }`;
const ITEM = `query($id: ID!) { backlogItem(id: $id) { ${ITEM_FIELDS} history { field oldValue newValue actor version } } }`;

type ListResult = {
  backlogItems: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; title: string; status: string; kind: string; version: number } }[];
  };
};

for (const engine of await engines('backlog items e2e')) {
  describe(`backlog items over HTTP (${engine})`, () => {
    const { api } = useApi(engine);

    it('creates an idea from a title alone and says what it lacks before it can be ready', async () => {
      const product = await aProduct(api());
      const data = await api().ok<{ createBacklogItem: Record<string, unknown> }>(
        `mutation($input: CreateBacklogItemInput!) { createBacklogItem(input: $input) { ${ITEM_FIELDS} } }`,
        { input: { productId: product.id, title: '  Let families rate recipes  ' } },
      );
      expect(data.createBacklogItem).toMatchObject({
        title: 'Let families rate recipes',
        status: 'IDEA',
        kind: 'FEATURE',
        version: 1,
        outcomeStated: false,
        refinementGaps: ['OUTCOME', 'VALUE'],
        acceptanceCriteria: [],
      });
    });

    it('stores an outcome apart from the output, value per perspective and cost-of-delay parts', async () => {
      const product = await aProduct(api());
      const goal = await anActiveGoal(api(), product.id);
      const item = await anItem(api(), product.id, {
        output: 'A rating widget on each recipe card',
        costOfDelay: { userBusinessValue: 8, timeCriticality: 5, riskReduction: 13 },
        size: 3,
        risk: 'MEDIUM',
        confidence: 70,
        moscow: 'SHOULD',
        kano: 'ATTRACTIVE',
        acceptanceCriteria: ['Given a cooked recipe, when I rate it, then my rating shows'],
        goalId: goal.id,
        status: 'READY',
      });
      expect(item).toMatchObject({
        status: 'READY',
        outcomeStated: true,
        refinementGaps: [],
        output: 'A rating widget on each recipe card',
        outcome: { metric: 'Share of new households finishing set-up (%)', baseline: 40, target: 60, checkBy: '2027-03-31' },
        value: { customer: 8, business: 5, team: 2 },
        costOfDelay: { userBusinessValue: 8, timeCriticality: 5, riskReduction: 13 },
        goalId: goal.id,
      });
    });

    it('lists exactly what reading the item one by one returns (fields, numbers, dates)', async () => {
      const product = await aProduct(api());
      const item = await anItem(api(), product.id, {
        size: 2.5,
        confidence: 40,
        costOfDelay: { userBusinessValue: 3, timeCriticality: 5, riskReduction: 8 },
        acceptanceCriteria: ['Given x, when y, then z'],
      });
      await api().ok(`mutation($input: ArchiveBacklogItemInput!) { archiveBacklogItem(input: $input) { id } }`, { input: { id: item.id } });
      const fields = `${ITEM_FIELDS} archivedAt createdAt updatedAt`;
      const one = await api().ok<{ backlogItem: unknown }>(`query($id: ID!) { backlogItem(id: $id) { ${fields} } }`, { id: item.id });
      const list = await api().ok<{ backlogItems: { edges: { node: unknown }[] } }>(
        `query($p: ID!) { backlogItems(productId: $p, filter: { archived: true }) { edges { node { ${fields} } } } }`,
        { p: product.id },
      );
      expect(list.backlogItems.edges[0].node).toEqual(one.backlogItem);
    });

    it('refuses READY for an item without outcome and value', async () => {
      const product = await aProduct(api());
      const res = await api().request(
        `mutation($input: CreateBacklogItemInput!) { createBacklogItem(input: $input) { id } }`,
        { input: { productId: product.id, title: 'Vague idea', status: 'READY' } },
      );
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'status', rule: 'readyNeedsOutcomeAndValue' });
    });

    it('lists items in backlog order by keyset pages, with counts and filters', async () => {
      const product = await aProduct(api());
      const goal = await anActiveGoal(api(), product.id);
      const created: string[] = [];
      for (let i = 0; i < 7; i++) {
        const item = await anItem(api(), product.id, {
          title: `Step ${i} ${i % 2 ? 'planner' : 'checkout'}`,
          kind: i === 3 ? 'BUG' : 'FEATURE',
          goalId: i < 2 ? goal.id : null,
        });
        created.push(item.id);
      }
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: ListResult = await api().ok<ListResult>(LIST, { productId: product.id, first: 3, after });
        expect(page.backlogItems.totalCount).toBe(7);
        seen.push(...page.backlogItems.edges.map((e) => e.node.id));
        after = page.backlogItems.pageInfo.hasNextPage ? page.backlogItems.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(3);
      expect(seen).toEqual(created);

      const bugs = await api().ok<ListResult>(LIST, { productId: product.id, filter: { kind: ['BUG'] } });
      expect(bugs.backlogItems.edges.map((e) => e.node.title)).toEqual(['Step 3 planner']);
      const text = await api().ok<ListResult>(LIST, { productId: product.id, filter: { text: 'PLANNER' } });
      expect(text.backlogItems.totalCount).toBe(3);
      const byGoal = await api().ok<ListResult>(LIST, { productId: product.id, filter: { goalId: goal.id } });
      expect(byGoal.backlogItems.edges.map((e) => e.node.id)).toEqual(created.slice(0, 2));
      const ideas = await api().ok<ListResult>(LIST, { productId: product.id, filter: { status: ['READY', 'DONE'] } });
      expect(ideas.backlogItems.totalCount).toBe(0);
      const literal = await api().ok<ListResult>(LIST, { productId: product.id, filter: { text: '100%_' } });
      expect(literal.backlogItems.totalCount).toBe(0);
    });

    it('caps the page size at 100 and refuses cursors it did not issue', async () => {
      const product = await aProduct(api());
      const big = await api().request(LIST, { productId: product.id, first: 101 });
      expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(big.errors?.[0].extensions?.fields?.[0].field).toBe('first');
      const huge = await api().request(LIST, { productId: product.id, first: 100000 });
      expect(huge.errors?.[0].extensions?.fields?.[0].field).toBe('first');
      const cursor = await api().request(LIST, { productId: product.id, after: "'; DROP TABLE backlog_item; --" });
      expect(cursor.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'after', rule: 'isCursor' });
    });

    it('refuses a stale expectedVersion with CONFLICT, shows what changed, and keeps the newer write', async () => {
      const product = await aProduct(api());
      const item = await anItem(api(), product.id, { title: 'Original' });
      const first = await api().ok<{ updateBacklogItem: { version: number; title: string } }>(UPDATE, {
        input: { id: item.id, expectedVersion: 1, title: 'Newer', size: 5 },
      });
      expect(first.updateBacklogItem).toMatchObject({ version: 2, title: 'Newer' });
      const stale = await api().request(UPDATE, { input: { id: item.id, expectedVersion: 1, title: 'Stale' } });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(stale.errors?.[0].extensions?.currentVersion).toBe(2);
      expect(stale.errors?.[0].extensions?.changes).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'title', oldValue: '"Original"', newValue: '"Newer"' })]),
      );
      const stored = await api().ok<{ backlogItem: { title: string; version: number; size: number } }>(ITEM, { id: item.id });
      expect(stored.backlogItem).toMatchObject({ title: 'Newer', version: 2, size: 5 });
    });

    it('archives and restores an item, hiding it from the backlog meanwhile, with every change in history', async () => {
      const product = await aProduct(api());
      const item = await anItem(api(), product.id, { title: 'Keep me' });
      await api().ok(UPDATE, {
        input: { id: item.id, expectedVersion: 1, outcome: { target: 75 }, value: { business: 13 }, acceptanceCriteria: ['Works offline'] },
      });
      const archived = await api().ok<{ archiveBacklogItem: { archived: boolean; version: number } }>(
        `mutation($input: ArchiveBacklogItemInput!) { archiveBacklogItem(input: $input) { archived version } }`,
        { input: { id: item.id, expectedVersion: 2 } },
      );
      expect(archived.archiveBacklogItem).toEqual({ archived: true, version: 3 });
      const active = await api().ok<ListResult>(LIST, { productId: product.id });
      expect(active.backlogItems.edges).toHaveLength(0);
      const bin = await api().ok<ListResult>(LIST, { productId: product.id, filter: { archived: true } });
      expect(bin.backlogItems.edges.map((e) => e.node.id)).toEqual([item.id]);
      const again = await api().request(
        `mutation($input: ArchiveBacklogItemInput!) { archiveBacklogItem(input: $input) { id } }`,
        { input: { id: item.id } },
      );
      expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

      const restored = await api().ok<{ restoreBacklogItem: { archived: boolean; version: number } }>(
        `mutation($input: ArchiveBacklogItemInput!) { restoreBacklogItem(input: $input) { archived version } }`,
        { input: { id: item.id } },
      );
      expect(restored.restoreBacklogItem).toEqual({ archived: false, version: 4 });
      const back = await api().ok<ListResult>(LIST, { productId: product.id });
      expect(back.backlogItems.edges.map((e) => e.node.id)).toEqual([item.id]);

      const history = await api().ok<{ backlogItem: { history: { field: string; oldValue: string | null; newValue: string | null; version: number }[] } }>(
        ITEM,
        { id: item.id },
      );
      const byField = Object.fromEntries(history.backlogItem.history.map((h) => [h.field, h]));
      expect(byField['outcome.target']).toMatchObject({ oldValue: '60', newValue: '75', version: 2 });
      expect(byField['value.business']).toMatchObject({ oldValue: '5', newValue: '13', version: 2 });
      expect(byField['acceptanceCriteria']).toMatchObject({ oldValue: '[]', newValue: '["Works offline"]' });
      expect(byField['archived'].version).toBe(3);
      expect(byField['restored'].version).toBe(4);
      expect(byField['created'].version).toBe(1);
      expect(history.backlogItem.history.map((h) => h.version)).toEqual([...history.backlogItem.history.map((h) => h.version)].sort((a, b) => b - a));
    });

    it('clears a field with null and leaves omitted fields alone', async () => {
      const product = await aProduct(api());
      const item = await anItem(api(), product.id, { size: 8, risk: 'HIGH' });
      const res = await api().ok<{ updateBacklogItem: { size: number | null; risk: string | null; outcome: { target: number } } }>(UPDATE, {
        input: { id: item.id, expectedVersion: 1, size: null },
      });
      expect(res.updateBacklogItem).toMatchObject({ size: null, risk: 'HIGH', outcome: { target: 60 } });
    });

    it('keeps split children and their parent linked, and refuses a parent from another product or a cycle', async () => {
      const product = await aProduct(api());
      const other = await aProduct(api());
      const parent = await anItem(api(), product.id, { title: 'Epic' });
      const child = await anItem(api(), product.id, { title: 'Slice', parentId: parent.id });
      const tree = await api().ok<{ backlogItem: { children: { id: string }[]; parent: null } }>(
        `query($id: ID!) { backlogItem(id: $id) { parent { id } children { id parent { id } } } }`,
        { id: parent.id },
      );
      expect(tree.backlogItem).toEqual({ parent: null, children: [{ id: child.id, parent: { id: parent.id } }] });
      const cycle = await api().request(UPDATE, { input: { id: parent.id, expectedVersion: 1, parentId: child.id } });
      expect(cycle.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'parentId', rule: 'noCycle' });
      const foreign = await anItem(api(), other.id);
      const cross = await api().request(UPDATE, { input: { id: foreign.id, expectedVersion: 1, parentId: parent.id } });
      expect(cross.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'parentId', rule: 'sameProduct' });
    });
  });
}
