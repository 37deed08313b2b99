import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export type Engine = 'sqlite' | 'postgres';

const ROOT = resolve(__dirname, '../../..');
export const API_MAIN = join(ROOT, 'apps/api/dist/main.js');
export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A throwaway database: a SQLite file in a temp folder, or a PostgreSQL database of its own. */
export interface TestDatabase {
  engine: Engine;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'backlog-studio-test-'));
    return { engine, url: `sqlite:${join(dir, 'test.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `bs_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    engine,
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

let pgReachable: Promise<boolean> | undefined;

/** Whether the local PostgreSQL answers; cached per test process. */
export function postgresAvailable(): Promise<boolean> {
  pgReachable ??= (async () => {
    const c = new Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
    try {
      await c.connect();
      await c.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await c.end().catch(() => undefined);
    }
  })();
  return pgReachable;
}

/**
 * The engines an end-to-end suite runs on: SQLite always; PostgreSQL when it is reachable,
 * and always under CI=true (where its absence is a failure, not a skip).
 */
export async function enginesUnderTest(suite: string): Promise<Engine[]> {
  if (await postgresAvailable()) return ['sqlite', 'postgres'];
  if (process.env.CI === 'true') throw new Error(`${suite}: PostgreSQL at ${PG_ADMIN_URL} is required under CI=true but not reachable`);
  console.warn(`SKIPPED ${suite} on PostgreSQL: nothing answers at ${PG_ADMIN_URL} (start it, or set TEST_PG_URL)`);
  return ['sqlite'];
}

export interface RunningApi {
  url: string;
  engine: Engine;
  databaseUrl: string;
  process: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface StartOptions {
  env?: Record<string, string>;
  database?: TestDatabase;
  timeoutMs?: number;
}

/** Starts the real compiled API (`node apps/api/dist/main.js`) on a free port and waits until it listens. */
export async function startApi(engine: Engine, options: StartOptions = {}): Promise<RunningApi & { database: TestDatabase }> {
  const database = options.database ?? (await createTestDatabase(engine));
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      DATABASE_URL: database.url,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      AUTH_SECRET: 'test-secret-test-secret-test-secret-000',
      NO_COLOR: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start within ${options.timeoutMs ?? 30000} ms:\n${log}`)), options.timeoutMs ?? 30000);
    const onData = (): void => {
      const m = /listening on (http:\/\/[^\s]+?) \(/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`API exited with code ${code} before listening:\n${log}`));
    });
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return {
    url,
    engine,
    databaseUrl: database.url,
    database,
    process: child,
    output: () => log,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      const code = await exited;
      if (!options.database) await database.drop();
      return code;
    },
  };
}

export const REDIS_TEST_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether Redis answers PING at REDIS_TEST_URL (a raw RESP exchange: no client needed). */
export async function redisAvailable(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_TEST_URL);
  const { connect } = await import('node:net');
  return new Promise((resolveReachable) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolveReachable(ok);
    };
    socket.setTimeout(1500, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}
