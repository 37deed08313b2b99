/** The GraphQL documents the bench sends (no totalCount: it costs a COUNT the list does not need). */

export const LIST_QUERY = `query BenchPage($productId: ID!, $first: Int, $after: String) {
  backlogItems(productId: $productId, first: $first, after: $after) {
    edges { cursor node { id title status kind size version outcome { statement target } value { customer business team } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const NESTED_QUERY = `query BenchNested($productId: ID!, $first: Int) {
  backlogItems(productId: $productId, first: $first) {
    edges { node { id title goal { statement } parent { title } dependsOn { title } children { id } history { field } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface PageNode {
  id: string;
  title: string;
  version: number;
}

export interface NestedNode {
  id: string;
  goal: { statement: string } | null;
  parent: { title: string } | null;
  dependsOn: { title: string }[];
  children: { id: string }[];
  history: { field: string }[];
}

export interface PageAnswer<N> {
  data?: {
    backlogItems: {
      edges: { cursor?: string; node: N }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
  errors?: GraphQLError[];
}

export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

/** GraphQL errors as one line, with a hint when the bench's token or membership was refused. */
export function describeErrors(errors: readonly GraphQLError[] | undefined): string {
  const text = JSON.stringify(errors ?? null).slice(0, 500);
  if (errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    return `the bench's bearer token was refused (UNAUTHENTICATED: header missing, session expired or revoked): ${text}`;
  }
  if (errors?.some((e) => e.extensions?.code === 'NOT_FOUND' || e.extensions?.code === 'FORBIDDEN')) {
    return `the bench user is not an ACTIVE member with the needed role (membership seeding problem?): ${text}`;
  }
  return text;
}

export function pageBody(productId: string, first: number, after?: string): string {
  return JSON.stringify({ query: LIST_QUERY, variables: after ? { productId, first, after } : { productId, first } });
}

export function nestedBody(productId: string, first: number): string {
  return JSON.stringify({ query: NESTED_QUERY, variables: { productId, first } });
}

/** The page's nodes, or an error naming what came back instead. */
export function edgesOf<N>(answer: PageAnswer<N>, label: string, expected: number): N[] {
  if (answer.errors?.length || !answer.data) throw new Error(`${label}: ${answer.errors ? describeErrors(answer.errors) : JSON.stringify(answer).slice(0, 500)}`);
  const nodes = answer.data.backlogItems.edges.map((e) => e.node);
  if (nodes.length !== expected) throw new Error(`${label}: expected ${expected} items, got ${nodes.length}`);
  return nodes;
}
