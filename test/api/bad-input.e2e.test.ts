import { describe, expect, it } from 'vitest';
import { aProduct, anActiveGoal, type GqlClient } from '@backlog-studio/testing';
import { engines, useApi } from './helpers';

const CREATE = `mutation($input: CreateBacklogItemInput!) { createBacklogItem(input: $input) { id } }`;
const COUNT = `query($productId: ID!) { backlogItems(productId: $productId) { totalCount } }`;

async function itemCount(api: GqlClient, productId: string): Promise<number> {
  const data = await api.ok<{ backlogItems: { totalCount: number } }>(COUNT, { productId });
  return data.backlogItems.totalCount;
}

async function healthy(url: string): Promise<boolean> {
  const res = await fetch(`${url}/health`);
  return res.status === 200 && ((await res.json()) as { status: string }).status === 'ok';
}

for (const engine of await engines('bad input e2e')) {
  describe(`bad input is refused per field, writes nothing and never stops the server (${engine})`, () => {
    const { api, running } = useApi(engine);

    const cases: { name: string; input: (productId: string) => Record<string, unknown>; code: string; field: string }[] = [
      { name: 'empty title', input: (productId) => ({ productId, title: '' }), code: 'BAD_USER_INPUT', field: 'title' },
      { name: 'blank title', input: (productId) => ({ productId, title: '   \t ' }), code: 'BAD_USER_INPUT', field: 'title' },
      { name: '10,000-character title', input: (productId) => ({ productId, title: 'x'.repeat(10_000) }), code: 'BAD_USER_INPUT', field: 'title' },
      { name: 'unknown enum value', input: (productId) => ({ productId, title: 'T', kind: 'EPIC_SAGA' }), code: 'BAD_USER_INPUT', field: 'kind' },
      { name: 'negative size', input: (productId) => ({ productId, title: 'T', size: -3 }), code: 'BAD_USER_INPUT', field: 'size' },
      { name: 'value above the scale', input: (productId) => ({ productId, title: 'T', value: { customer: 21 } }), code: 'BAD_USER_INPUT', field: 'value.customer' },
      { name: 'impossible check-by date', input: (productId) => ({ productId, title: 'T', outcome: { checkBy: '2027-02-30' } }), code: 'BAD_USER_INPUT', field: 'outcome.checkBy' },
      { name: 'size beyond 2^31', input: (productId) => ({ productId, title: 'T', confidence: 2 ** 31 }), code: 'BAD_USER_INPUT', field: 'confidence' },
      { name: 'malformed goal id', input: (productId) => ({ productId, title: 'T', goalId: 'not-an-id' }), code: 'BAD_USER_INPUT', field: 'goalId' },
      { name: 'unknown field', input: (productId) => ({ productId, title: 'T', rank: 'a0' }), code: 'BAD_USER_INPUT', field: 'rank' },
    ];

    for (const c of cases) {
      it(`refuses ${c.name} naming the field`, async () => {
        const product = await aProduct(api());
        const res = await api().request(CREATE, { input: c.input(product.id) });
        expect(res.data?.createBacklogItem ?? null).toBeNull();
        const error = res.errors?.[0];
        expect(error?.extensions?.code).toBe(c.code);
        expect(error?.extensions?.fields?.map((f) => f.field)).toContain(c.field);
        expect(JSON.stringify(res)).not.toMatch(/stacktrace|at \w+ \(|node_modules|SQLITE|QueryFailed/);
        expect(await itemCount(api(), product.id)).toBe(0);
        expect(await healthy(running().url)).toBe(true);
      });
    }

    it('refuses a malformed id as BAD_USER_INPUT naming the field', async () => {
      const product = await aProduct(api());
      const res = await api().request(CREATE, { input: { productId: 'abc', title: 'T' } });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.[0].field).toBe('productId');
      const byId = await api().request(`query($id: ID!) { backlogItem(id: $id) { id } }`, { id: '1 OR 1=1' });
      expect(byId.errors?.[0].extensions?.fields?.[0].field).toBe('id');
      expect(await itemCount(api(), product.id)).toBe(0);
    });

    it('answers NOT_FOUND for an unknown product, item or goal', async () => {
      const ghost = '00000000-0000-4000-8000-000000000000';
      const create = await api().request(CREATE, { input: { productId: ghost, title: 'T' } });
      expect(create.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const list = await api().request(COUNT, { productId: ghost });
      expect(list.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const item = await api().request(`query($id: ID!) { backlogItem(id: $id) { id } }`, { id: ghost });
      expect(item.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const goal = await api().request(`mutation($input: UpdateProductGoalInput!) { updateProductGoal(input: $input) { id } }`, {
        input: { id: ghost, statement: 'x' },
      });
      expect(goal.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('refuses a second active Product Goal, in create and in update, and keeps the first', async () => {
      const product = await aProduct(api());
      const first = await anActiveGoal(api(), product.id, 'First goal');
      const second = await api().request(
        `mutation($input: CreateProductGoalInput!) { createProductGoal(input: $input) { id } }`,
        { input: { productId: product.id, statement: 'Second goal' } },
      );
      expect(second.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(second.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'status', rule: 'oneActiveGoal' });
      const later = await api().ok<{ createProductGoal: { id: string } }>(
        `mutation($input: CreateProductGoalInput!) { createProductGoal(input: $input) { id } }`,
        { input: { productId: product.id, statement: 'Later goal', status: 'ABANDONED' } },
      );
      const activate = await api().request(
        `mutation($input: UpdateProductGoalInput!) { updateProductGoal(input: $input) { id } }`,
        { input: { id: later.createProductGoal.id, status: 'ACTIVE' } },
      );
      expect(activate.errors?.[0].extensions?.fields?.[0].field).toBe('status');
      const goals = await api().ok<{ product: { goals: { id: string; status: string }[]; activeGoal: { id: string } } }>(
        `query($id: ID!) { product(id: $id) { goals { id status } activeGoal { id } } }`,
        { id: product.id },
      );
      expect(goals.product.goals).toHaveLength(2);
      expect(goals.product.activeGoal.id).toBe(first.id);
    });

    it('answers a syntax error or unknown field with a coded error and keeps serving', async () => {
      const syntax = await api().request('{ products { id ');
      expect(syntax.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      const unknown = await api().request('{ products { id secretColumn } }');
      expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const notJson = await fetch(`${running().url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(notJson.status).toBeLessThan(500);
      expect(await healthy(running().url)).toBe(true);
    });

    it('refuses a body over 1 MB without a 5xx', async () => {
      const res = await fetch(`${running().url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ products { id } }', variables: { pad: 'x'.repeat(1_100_000) } }),
      });
      expect(res.status).toBe(413);
      expect(await healthy(running().url)).toBe(true);
    });
  });
}
