import { randomBytes } from 'node:crypto';
import { describeErrors, type GraphQLError } from './queries';

/** The signed-up bench account: every GraphQL request the bench makes carries its token. */
export interface BenchUser {
  userId: string;
  email: string;
  token: string;
}

const SIGN_UP = `mutation BenchSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id email } } }`;

interface SignUpAnswer {
  data?: { signUp?: { token: string; user: { id: string; email: string } } | null } | null;
  errors?: GraphQLError[];
}

/** Signs up one fresh account through the API (one sign-up per API process: well inside its rate limit). */
export async function signUpBenchUser(baseUrl: string): Promise<BenchUser> {
  const email = `bench-${randomBytes(6).toString('hex')}@example.com`;
  const password = randomBytes(18).toString('base64url');
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_UP, variables: { input: { email, password } } }),
  });
  const text = await res.text();
  let answer: SignUpAnswer;
  try {
    answer = JSON.parse(text) as SignUpAnswer;
  } catch {
    throw new Error(`signUp: HTTP ${res.status}, not JSON: ${text.slice(0, 500)}`);
  }
  const signedUp = answer.data?.signUp;
  if (!signedUp || answer.errors?.length) throw new Error(`signUp: HTTP ${res.status}: ${answer.errors ? describeErrors(answer.errors) : text.slice(0, 500)}`);
  return { userId: signedUp.user.id, email: signedUp.user.email, token: signedUp.token };
}

/** The request headers of a GraphQL POST made as `user`. */
export function authHeaders(user: BenchUser): Record<string, string> {
  return { 'content-type': 'application/json', authorization: `Bearer ${user.token}` };
}

/**
 * Both sides of a comparison must refuse what the API refuses, or the reference skips work the
 * API does: no header and a well-formed token whose secret part is wrong must come back
 * UNAUTHENTICATED; a valid token of a signed-up non-member must come back NOT_FOUND (the
 * membership check), each without data.
 */
export async function expectRefusals(label: string, url: string, body: string, user: BenchUser, outsider: BenchUser): Promise<void> {
  const [sessionId] = user.token.split('.');
  const forged = `${sessionId}.${'A'.repeat(43)}`;
  const cases: [string, Record<string, string>, string][] = [
    ['without Authorization', { 'content-type': 'application/json' }, 'UNAUTHENTICATED'],
    ['with a forged token', { 'content-type': 'application/json', authorization: `Bearer ${forged}` }, 'UNAUTHENTICATED'],
    ["with a non-member's token", authHeaders(outsider), 'NOT_FOUND'],
  ];
  for (const [what, headers, code] of cases) {
    const res = await fetch(url, { method: 'POST', headers, body });
    const text = await res.text();
    let answer: { data?: unknown; errors?: GraphQLError[] } = {};
    try {
      answer = JSON.parse(text) as typeof answer;
    } catch {
      // reported below
    }
    if (answer.data || !answer.errors?.some((e) => e.extensions?.code === code)) {
      throw new Error(`${label} ${what}: expected ${code}, got HTTP ${res.status}: ${text.slice(0, 300)}`);
    }
  }
}
