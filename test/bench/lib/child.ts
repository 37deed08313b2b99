import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { API_MAIN } from '../../../libs/testing/src/index';
import { onCleanup, trackChild } from './cleanup';

export const ROOT = resolve(__dirname, '../../..');
export const BARE_SERVER = join(__dirname, 'bare-server.ts');
/** The API's token-HMAC secret; the bare server gets it too, to verify the same session rows. */
export const AUTH_SECRET = 'bench-secret-bench-secret-bench-secret-0';

export interface Service {
  /** Base URL on 127.0.0.1 (the same address family for the API and the bare server). */
  url: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  args: string[];
  env: Record<string, string>;
  ready: RegExp;
  timeoutMs: number;
}

const MAX_LOG = 64 * 1024;

/**
 * Spawns a server as its own process (own event loop, own core), waits for its "listening"
 * line and registers it for cleanup. Unlike a bare spawn, a server that does not come up in
 * time is killed rather than left behind.
 */
export async function spawnService(options: SpawnOptions): Promise<Service> {
  const child = spawn(process.execPath, options.args, {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(child);
  let log = '';
  const append = (d: Buffer): void => {
    log += d.toString();
    if (log.length > MAX_LOG) log = log.slice(-MAX_LOG);
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const kill = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const unregister = onCleanup(`${options.name} pid ${child.pid}`, kill);
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${options.name} did not start within ${options.timeoutMs} ms:\n${log}`)),
        options.timeoutMs,
      );
      const check = (): void => {
        const m = options.ready.exec(log);
        if (m) {
          clearTimeout(timer);
          resolveUrl(m[1]);
        }
      };
      child.stdout.on('data', check);
      child.stderr.on('data', check);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${options.name} exited (${code ?? signal}) before listening:\n${log}`));
      });
    });
    const port = new URL(url).port;
    return {
      url: `http://127.0.0.1:${port}`,
      pid: child.pid ?? -1,
      output: () => log,
      stop: async () => {
        await kill();
        unregister();
      },
    };
  } catch (error) {
    await kill();
    unregister();
    throw error;
  }
}

/** The real compiled API (apps/api/dist/main.js), configured as deployed (NODE_ENV=production), on an existing SQLite file; `env` overrides the defaults. */
export function startApiOn(dbPath: string, env: Record<string, string> = {}): Promise<Service> {
  return spawnService({
    name: 'API',
    args: [API_MAIN],
    env: {
      NODE_ENV: 'production',
      PORT: '0',
      DATABASE_URL: `sqlite:${dbPath}`,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      AUTH_SECRET,
      ...env,
    },
    ready: /listening on (http:\/\/[^\s]+?) \(/,
    timeoutMs: 60_000,
  });
}

/**
 * The reference: bare node:http + better-sqlite3 (lib/bare-server.ts) on its own SQLite file,
 * verifying bearer tokens against that file's auth_session rows with the API's secret.
 */
export function startBareServer(dbPath: string): Promise<Service> {
  return spawnService({
    name: 'bare server',
    args: ['--import', 'tsx', BARE_SERVER],
    env: { BENCH_DB: dbPath, BENCH_AUTH_SECRET: AUTH_SECRET },
    ready: /bare server listening on (http:\/\/[^\s]+)/,
    timeoutMs: 30_000,
  });
}
