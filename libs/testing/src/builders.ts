import type { GqlClient } from './graphql-client';

let counter = 0;
const unique = (prefix: string): string => `${prefix} ${++counter}-${Math.random().toString(36).slice(2, 7)}`;

export const ITEM_FIELDS = `
  id productId title description kind status version archived
  outcome { statement metric baseline target checkBy } outcomeStated output
  value { customer business team } costOfDelay { userBusinessValue timeCriticality riskReduction }
  size risk confidence moscow kano acceptanceCriteria refinementGaps goalId parentId
`;

export interface ProductRef {
  id: string;
  name: string;
  version: number;
}

export interface ItemRef {
  id: string;
  title: string;
  version: number;
  [field: string]: unknown;
}

/** A new product with its own name, so each test owns its data. */
export async function aProduct(api: GqlClient, input: Record<string, unknown> = {}): Promise<ProductRef> {
  const data = await api.ok<{ createProduct: ProductRef }>(
    `mutation($input: CreateProductInput!) { createProduct(input: $input) { id name version } }`,
    { input: { name: unique('Product'), ...input } },
  );
  return data.createProduct;
}

/** An item with a stated outcome and value unless overridden. */
export async function anItem(api: GqlClient, productId: string, input: Record<string, unknown> = {}): Promise<ItemRef> {
  const data = await api.ok<{ createBacklogItem: ItemRef }>(
    `mutation($input: CreateBacklogItemInput!) { createBacklogItem(input: $input) { ${ITEM_FIELDS} } }`,
    {
      input: {
        productId,
        title: unique('Item'),
        outcome: {
          statement: 'More households finish set-up on their first visit',
          metric: 'Share of new households finishing set-up (%)',
          baseline: 40,
          target: 60,
          checkBy: '2027-03-31',
        },
        value: { customer: 8, business: 5, team: 2 },
        ...input,
      },
    },
  );
  return data.createBacklogItem;
}

export async function anActiveGoal(api: GqlClient, productId: string, statement = 'Households plan a week in 10 minutes') {
  const data = await api.ok<{ createProductGoal: { id: string; status: string } }>(
    `mutation($input: CreateProductGoalInput!) { createProductGoal(input: $input) { id status } }`,
    { input: { productId, statement, measure: 'median planning time (min)', targetDate: '2027-06-30' } },
  );
  return data.createProductGoal;
}
