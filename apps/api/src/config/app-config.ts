import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export type DatabaseConfig =
  | { engine: 'sqlite'; path: string }
  | { engine: 'postgres'; url: string };

/** A bad environment variable: start-up stops with one line naming it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

export interface AppConfig {
  port: number;
  nodeEnv: NodeEnv;
  database: DatabaseConfig;
  redisUrl: string | null;
  seedDemo: boolean;
  /** Secret for signing tokens; generated per process in development when unset. */
  authSecret: string;
  authSecretGenerated: boolean;
  demoPassword: string;
  sessionTtlSeconds: number;
  graphqlIntrospection: boolean;
  corsOrigins: string[];
  webDist: string | null;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
}

/** Every variable the API reads, with its default and meaning; rendered into the README. */
export const CONFIG_VARIABLES: ReadonlyArray<{ name: string; default: string; description: string }> = [
  { name: 'PORT', default: '3000', description: 'HTTP port serving /graphql, /health and the web client.' },
  {
    name: 'DATABASE_URL',
    default: '(unset)',
    description:
      'Unset: SQLite file ./data/backlog-studio.sqlite. `sqlite:<path>`: that SQLite file. `postgres://…`: PostgreSQL.',
  },
  { name: 'REDIS_URL', default: '(unset)', description: 'Redis for live events across API instances; unset = in-process.' },
  { name: 'NODE_ENV', default: 'development', description: '`development`, `test` or `production` (no IDE, no introspection, no stack traces).' },
  { name: 'SEED_DEMO', default: 'true', description: 'Seed the demo product when the database has no product. `false` turns it off.' },
  {
    name: 'AUTH_SECRET',
    default: '(generated in development)',
    description: 'Secret that signs session tokens, at least 32 characters. Required when NODE_ENV=production.',
  },
  { name: 'SESSION_TTL_SECONDS', default: '604800 (7 days)', description: 'How long a sign-in lasts.' },
  { name: 'DEMO_PASSWORD', default: 'backlog-demo', description: 'Password of the demo users (development only default).' },
  {
    name: 'GRAPHQL_INTROSPECTION',
    default: 'true outside production',
    description: 'Allow schema introspection and the GraphQL IDE.',
  },
  { name: 'CORS_ORIGINS', default: '(none)', description: 'Comma-separated origins allowed to call the API from a browser.' },
  { name: 'WEB_DIST', default: 'apps/web/dist', description: 'Folder of the built web client served at `/`; `off` disables.' },
  { name: 'LOG_LEVEL', default: 'log', description: '`error`, `warn`, `log` or `debug`.' },
];

type Env = Record<string, string | undefined>;

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

function parseDatabase(raw: string | undefined, cwd: string): DatabaseConfig {
  if (raw === undefined || raw.trim() === '') {
    return { engine: 'sqlite', path: resolve(cwd, 'data/backlog-studio.sqlite') };
  }
  const value = raw.trim();
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === ':memory:') return { engine: 'sqlite', path };
    if (!path) throw new ConfigError('DATABASE_URL', 'sqlite: needs a file path, e.g. sqlite:./data/app.sqlite');
    return { engine: 'sqlite', path: resolve(cwd, path) };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid postgres:// URL');
    }
    return { engine: 'postgres', url: value };
  }
  throw new ConfigError('DATABASE_URL', 'must be unset, sqlite:<path> or postgres://…');
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnvRaw = (env.NODE_ENV ?? 'development').trim();
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError('NODE_ENV', `must be development, test or production, got "${nodeEnvRaw}"`);
  }
  const nodeEnv = nodeEnvRaw as NodeEnv;
  const production = nodeEnv === 'production';

  const portRaw = env.PORT ?? '3000';
  const port = Number(portRaw);
  if (!/^\d+$/.test(portRaw.trim()) || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `must be an integer from 0 to 65535, got "${portRaw}"`);
  }

  const redisRaw = env.REDIS_URL?.trim();
  if (redisRaw && !/^rediss?:\/\/[^\s]+$/.test(redisRaw)) {
    throw new ConfigError('REDIS_URL', 'must be a redis:// or rediss:// URL');
  }

  let authSecret = env.AUTH_SECRET?.trim() ?? '';
  let authSecretGenerated = false;
  if (!authSecret) {
    if (production) throw new ConfigError('AUTH_SECRET', 'is required when NODE_ENV=production');
    authSecret = randomBytes(32).toString('hex');
    authSecretGenerated = true;
  } else if (authSecret.length < 32) {
    throw new ConfigError('AUTH_SECRET', 'must be at least 32 characters');
  }

  const demoPassword = env.DEMO_PASSWORD?.trim() || 'backlog-demo';
  if (demoPassword.length < 8) throw new ConfigError('DEMO_PASSWORD', 'must be at least 8 characters');

  const ttlRaw = env.SESSION_TTL_SECONDS?.trim() || '604800';
  const sessionTtlSeconds = Number(ttlRaw);
  if (!/^\d+$/.test(ttlRaw) || sessionTtlSeconds < 1 || sessionTtlSeconds > 31_536_000) {
    throw new ConfigError('SESSION_TTL_SECONDS', 'must be an integer from 1 to 31536000');
  }

  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError('CORS_ORIGINS', `"${origin}" is not an origin like https://example.com`);
    }
  }

  const webDistRaw = env.WEB_DIST?.trim();
  const webDist =
    webDistRaw === 'off' ? null : resolve(cwd, webDistRaw || resolve(__dirname, '../../../web/dist'));

  const logLevel = (env.LOG_LEVEL?.trim() || 'log') as AppConfig['logLevel'];
  if (!['error', 'warn', 'log', 'debug'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', 'must be error, warn, log or debug');
  }

  return {
    port,
    nodeEnv,
    database: parseDatabase(env.DATABASE_URL, cwd),
    redisUrl: redisRaw || null,
    seedDemo: parseBoolean('SEED_DEMO', env.SEED_DEMO, true),
    authSecret,
    authSecretGenerated,
    demoPassword,
    sessionTtlSeconds,
    graphqlIntrospection: parseBoolean('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION, !production),
    corsOrigins,
    webDist,
    logLevel,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
