import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { API_MAIN, createTestDatabase, GqlClient, signIn, startApi } from '@backlog-studio/testing';
import { engines } from './helpers';

function startFails(env: Record<string, string>): { status: number | null; stderr: string } {
  const res = spawnSync(process.execPath, [API_MAIN], {
    env: { ...process.env, PORT: '0', SEED_DEMO: 'false', DATABASE_URL: 'sqlite::memory:', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: res.status, stderr: res.stderr.trim() };
}

describe('configuration is validated at start', () => {
  const bad: [string, Record<string, string>][] = [
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/x' }],
    ['SEED_DEMO', { SEED_DEMO: 'maybe' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['REDIS_URL', { REDIS_URL: 'localhost:6379' }],
    ['AUTH_SECRET', { NODE_ENV: 'production', AUTH_SECRET: '' }],
    ['AUTH_SECRET', { AUTH_SECRET: 'short' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'not a url' }],
  ];
  for (const [variable, env] of bad) {
    it(`stops with one line naming ${variable} for ${JSON.stringify(env)}`, () => {
      const { status, stderr } = startFails(env);
      expect(status).toBe(1);
      expect(stderr.split('\n')).toHaveLength(1);
      expect(stderr).toMatch(new RegExp(`^Configuration error: ${variable}: `));
    });
  }

  it('stops with one clear line when the database cannot be reached', () => {
    const { status, stderr } = startFails({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', AUTH_SECRET: 'x'.repeat(32) });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^Start-up failed \(postgres at DATABASE_URL\): .*ECONNREFUSED/m);
  });

  it('stops with one clear line when REDIS_URL cannot be reached', () => {
    const { status, stderr } = startFails({ REDIS_URL: 'redis://127.0.0.1:1', AUTH_SECRET: 'x'.repeat(32) });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^Start-up failed: REDIS_URL: cannot reach Redis \(.+\)$/m);
  });

  it('warns when AUTH_SECRET is missing in development', async () => {
    const api = await startApi('sqlite', { env: { NODE_ENV: 'development', AUTH_SECRET: '' } });
    try {
      expect(api.output()).toMatch(/AUTH_SECRET is not set/);
    } finally {
      await api.stop();
    }
  });
});

describe('production configuration leaks nothing', () => {
  it('has no introspection, no IDE, no field suggestions and no stack traces', async () => {
    const api = await startApi('sqlite', { env: { NODE_ENV: 'production', AUTH_SECRET: 'p'.repeat(40) } });
    try {
      const client = new GqlClient(api.url);
      const intro = await client.request('{ __schema { types { name } } }');
      expect(intro.errors?.[0].message).toMatch(/introspection/i);
      const suggestion = await client.request('{ prodcts { id } }');
      expect(suggestion.errors?.[0].message).not.toMatch(/Did you mean/);
      const bad = await client.request(`query($id: ID!) { backlogItem(id: $id) { id } }`, { id: 'x' });
      expect(JSON.stringify(bad)).not.toMatch(/stacktrace|\.js:\d+|node_modules/);
      const ide = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await ide.text()).not.toMatch(/graphiql/i);
    } finally {
      await api.stop();
    }
  });
});

for (const engine of await engines('schema and migrations')) {
  describe(`schema and migrations (${engine})`, () => {
    it('migrates an empty database at start and the entities need no missing migration', async () => {
      const db = await createTestDatabase(engine);
      try {
        const api = await startApi(engine, { database: db });
        await api.stop();
        const check = spawnSync(process.execPath, [API_MAIN.replace('main.js', 'database/migration-tool.js'), 'check'], {
          env: { ...process.env, DATABASE_URL: db.url },
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(check.stderr).toBe('');
        expect(check.status).toBe(0);
        expect(check.stdout).toMatch(/no migration missing/);
      } finally {
        await db.drop();
      }
    });

    it('seeds the demo product once, with at least 40 items that state outcomes, dependencies and splits', async () => {
      const db = await createTestDatabase(engine);
      try {
        for (let start = 0; start < 2; start++) {
          const api = await startApi(engine, { database: db, env: { SEED_DEMO: 'true', DEMO_PASSWORD: 'demo-password-1' } });
          try {
            const client = await signIn(api.url, 'po@demo.local', 'demo-password-1');
            const { products } = await client.ok<{ products: { id: string; vision: { vision: string }; activeGoal: { statement: string } | null }[] }>(
              '{ products { id vision { vision } activeGoal { statement } } }',
            );
            expect(products).toHaveLength(1);
            expect(products[0].vision.vision.length).toBeGreaterThan(20);
            expect(products[0].activeGoal).not.toBeNull();
            const page = await client.ok<{
              backlogItems: { totalCount: number; edges: { node: { outcomeStated: boolean; dependsOn: unknown[]; children: unknown[]; size: number | null } }[] };
            }>(
              `query($p: ID!) { backlogItems(productId: $p, first: 100) { totalCount edges { node { outcomeStated size dependsOn { id } children { id } } } } }`,
              { p: products[0].id },
            );
            const nodes = page.backlogItems.edges.map((e) => e.node);
            expect(page.backlogItems.totalCount).toBeGreaterThanOrEqual(40);
            expect(nodes.filter((n) => n.outcomeStated).length).toBeGreaterThanOrEqual(40);
            expect(nodes.some((n) => n.dependsOn.length > 0)).toBe(true);
            expect(nodes.some((n) => n.children.length > 0)).toBe(true);
            // Refinement: last week's closed workshop with its summary, the next one planned.
            const { refinementSessions } = await client.ok<{ refinementSessions: { id: string; status: string; agendaSize: number }[] }>(
              `query($p: ID!) { refinementSessions(productId: $p) { id status agendaSize } }`,
              { p: products[0].id },
            );
            expect(refinementSessions.map((s) => s.status)).toEqual(['PLANNED', 'CLOSED']);
            const closed = await client.ok<{ refinementSession: { summary: { madeReady: unknown[]; estimated: unknown[]; splits: unknown[] } } }>(
              `query($s: ID!) { refinementSession(sessionId: $s) { summary { madeReady { itemId } estimated { itemId } splits { itemId } } } }`,
              { s: refinementSessions[1].id },
            );
            expect(closed.refinementSession.summary.madeReady).toHaveLength(2);
            expect(closed.refinementSession.summary.estimated).toHaveLength(3);
            expect(closed.refinementSession.summary.splits).toHaveLength(1);
          } finally {
            await api.stop();
          }
        }
      } finally {
        await db.drop();
      }
    });
  });
}

describe('the committed schema', () => {
  it('apps/api/schema.gql matches the code', () => {
    const res = spawnSync(process.execPath, [API_MAIN.replace('main.js', 'graphql/print-schema.js'), '--check'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
  });
});
