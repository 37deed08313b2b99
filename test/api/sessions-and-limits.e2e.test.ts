import { describe, expect, it } from 'vitest';
import { GqlClient, signIn, signUp, startApi, TEST_PASSWORD } from '@backlog-studio/testing';
import { useApi } from './helpers';

async function statements(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/db_statements_total (\d+)/.exec(text)?.[1]);
}

describe('sessions', () => {
  const { api, account, running } = useApi('sqlite');

  it('refuses a revoked token after sign-out, and only that session', async () => {
    const other = await signIn(running().url, account().email);
    const mine = await signIn(running().url, account().email);
    expect(await mine.ok('mutation { signOut }')).toEqual({ signOut: true });
    const after = await mine.request('{ me { id } }');
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await other.ok<{ me: { email: string } }>('{ me { email } }')).me.email).toBe(account().email);
  });

  it('revokes every session when the password changes', async () => {
    const user = await signUp(running().url);
    const second = await signIn(running().url, user.email);
    const changed = await user.client.ok<{ changePassword: { token: string } }>(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token } }',
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' } },
    );
    for (const old of [user.client, second]) expect((await old.request('{ me { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const fresh = new GqlClient(running().url, { authorization: `Bearer ${changed.changePassword.token}` });
    expect((await fresh.ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(user.userId);
    const oldPassword = await new GqlClient(running().url).request('mutation($input: SignInInput!) { signIn(input: $input) { token } }', {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    expect(oldPassword.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged or malformed token as UNAUTHENTICATED', async () => {
    const forged = account().token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    for (const header of [`Bearer ${forged}`, 'Bearer nonsense', 'Basic abc']) {
      const res = await new GqlClient(running().url, { authorization: header }).request('{ me { id } }');
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('never returns a password hash or a session secret', async () => {
    const types = await api().ok<{ __schema: { types: { name: string; fields: { name: string }[] | null }[] } }>(
      '{ __schema { types { name fields { name } } } }',
    );
    const exposed = types.__schema.types
      .filter((t) => !t.name.startsWith('__') && t.name !== 'Mutation')
      .flatMap((t) => (t.fields ?? []).map((f) => `${t.name}.${f.name}`))
      .filter((f) => /password|hash|secret|salt|session/i.test(f))
      // Refinement *sessions* (workshops) are not sign-in sessions.
      .filter((f) => !/^(Query\.refinementSessions?|Subscription\.refinementEvents|RefinementSession(Header)?\.\w+|\w+\.sessionId)$/.test(f));
    expect(exposed).toEqual([]);
    const res = await fetch(`${running().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt user { id email displayName } } }',
        variables: { input: { email: account().email, password: TEST_PASSWORD } },
      }),
    });
    const text = await res.text();
    expect(text).not.toMatch(/\$argon2|passwordHash|tokenHash|[0-9a-f]{64}/);
  });
});

describe('sign-in rate limit', () => {
  const { running } = useApi('sqlite');

  it('refuses the eleventh failed sign-in within a minute with a retry time, even with the right password', async () => {
    const user = await signUp(running().url);
    const anon = new GqlClient(running().url);
    const attempt = (password: string) =>
      anon.request('mutation($input: SignInInput!) { signIn(input: $input) { token } }', { input: { email: user.email, password } });
    for (let i = 0; i < 10; i++) expect((await attempt('wrong password')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const eleventh = await attempt(TEST_PASSWORD);
    expect(eleventh.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(eleventh.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(eleventh.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(eleventh.errors?.[0].message).toMatch(/try again in \d+ s/);
  });
});

describe('expiring sessions', () => {
  it('refuses an expired token with UNAUTHENTICATED', async () => {
    const api = await startApi('sqlite', { env: { SESSION_TTL_SECONDS: '1' } });
    try {
      const user = await signUp(api.url);
      expect((await user.client.ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(user.userId);
      await new Promise((r) => setTimeout(r, 1500));
      const res = await user.client.request('{ me { id } }');
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0].message).toMatch(/expired/);
    } finally {
      await api.stop();
    }
  });
});

describe('query limits are enforced before any database work', () => {
  const { api, running } = useApi('sqlite');

  const nested = (depth: number): string => {
    let body = 'id';
    for (let i = 0; i < depth; i++) body = `children { ${body} }`;
    return body;
  };

  it('refuses an over-deep query without a single SQL statement', async () => {
    const before = await statements(running().url);
    const res = await api().request(`query($id: ID!) { backlogItem(id: $id) { ${nested(14)} } }`, { id: '00000000-0000-4000-8000-000000000000' });
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(await statements(running().url)).toBe(before);
  });

  it('refuses a query whose cost depends on its variables, using the variables sent', async () => {
    const query = `query($p: ID!, $n: Int) { backlogItems(productId: $p, first: $n) { edges { node { children { dependsOn { history { field } } } } } } }`;
    const p = '00000000-0000-4000-8000-000000000000';
    const cheap = await api().request(query, { p, n: 1 });
    expect(cheap.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const before = await statements(running().url);
    const costly = await api().request(query, { p, n: 100 });
    expect(costly.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(costly.errors?.[0].extensions?.complexity).toBeGreaterThan(50_000);
    expect(await statements(running().url)).toBe(before);
  });

  it('refuses too many aliases, and a 20,000-alias document, quickly', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await api().request(`{ ${aliases} }`);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const started = Date.now();
    const huge = await api().request(`{ ${Array.from({ length: 20_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(huge.errors?.[0].extensions?.code).toMatch(/GRAPHQL_PARSE_FAILED|QUERY_TOO_COMPLEX/);
    expect(Date.now() - started).toBeLessThan(5_000);
    const health = await fetch(`${running().url}/health`);
    expect(health.status).toBe(200);
  });

  it('refuses batched operations', async () => {
    const res = await fetch(`${running().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('sends security headers and refuses a cross-site form post (CSRF)', async () => {
    const res = await fetch(`${running().url}/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeTruthy();
    const csrf = await fetch(`${running().url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { method: 'GET' });
    expect(csrf.status).toBe(400);
  });
});
