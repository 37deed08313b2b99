/**
 * The reference server: bare node:http + better-sqlite3, hand-written SQL, JSON.stringify of
 * the same response shape the API returns. Run as its own process (BENCH_DB = SQLite file,
 * BENCH_AUTH_SECRET = the API's AUTH_SECRET):
 *   node --import tsx test/bench/lib/bare-server.ts
 * It understands the two GraphQL documents the bench sends (backlog page, updateBacklogItem)
 * by their variables only; it does no GraphQL parsing, validation or resolver work.
 *
 * It does the API's access work, so the ratio compares like with like: every request needs
 * `Authorization: Bearer <session id>.<secret>`, verified as the API does (one auth_session +
 * app_user lookup and an HMAC comparison, then cached in memory for 5 s), and every request
 * runs the API's membership SELECT for the product before its page or update SQL.
 */
import Database from 'better-sqlite3';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Row {
  id: string;
  rank: string;
  title: string;
  status: string;
  kind: string;
  size: number | null;
  version: number;
  outcome_statement: string | null;
  outcome_target: number | null;
  value_customer: number | null;
  value_business: number | null;
  value_team: number | null;
}

interface Body {
  query?: string;
  variables?: {
    productId?: string;
    first?: number;
    after?: string | null;
    input?: { id?: string; expectedVersion?: number; title?: string };
  };
}

const path = process.env.BENCH_DB;
if (!path) throw new Error('BENCH_DB (SQLite file) is required');
const authSecret = process.env.BENCH_AUTH_SECRET ?? '';
if (!authSecret) throw new Error("BENCH_AUTH_SECRET (the API's AUTH_SECRET) is required");

const db = new Database(path);
// The same settings as the API's data source.
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
db.pragma('foreign_keys = ON');

const COLUMNS = `id, rank, title, status, kind, size, version, outcome_statement, outcome_target, value_customer, value_business, value_team`;
const firstPage = db.prepare<[string, number], Row>(
  `SELECT ${COLUMNS} FROM backlog_item WHERE product_id = ? AND archived_at IS NULL ORDER BY rank LIMIT ?`,
);
const pageAfter = db.prepare<[string, string, number], Row>(
  `SELECT ${COLUMNS} FROM backlog_item WHERE product_id = ? AND archived_at IS NULL AND rank > ? ORDER BY rank LIMIT ?`,
);
const current = db.prepare<[string], { product_id: string; title: string; version: number }>(
  `SELECT product_id, title, version FROM backlog_item WHERE id = ?`,
);
const guardedUpdate = db.prepare<[string, string, string, number]>(
  `UPDATE backlog_item SET title = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
);
const history = db.prepare<[string, string, number, string, string, string | null, string, string]>(
  `INSERT INTO change_log (product_id, entity_type, entity_id, version, field, old_value, new_value, actor_user_id, actor_label, at)
   VALUES (?, 'BACKLOG_ITEM', ?, ?, 'title', ?, ?, ?, ?, ?)`,
);
const sessionById = db.prepare<[string], { user_id: string; token_hash: string; expires_at: string; revoked_at: string | null; email: string }>(
  `SELECT s.user_id, s.token_hash, s.expires_at, s.revoked_at, u.email FROM auth_session s INNER JOIN app_user u ON u.id = s.user_id WHERE s.id = ?`,
);
// The API's membership check, word for word in effect: one indexed SELECT per request.
const membership = db.prepare<[string, string], { role: string }>(
  `SELECT role FROM membership WHERE product_id = ? AND user_id = ? AND status = 'ACTIVE' LIMIT 1`,
);

/** Thrown with a GraphQL error code; the answer becomes `{ errors: [...], data: null }`. */
class Refused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Caller {
  userId: string;
  email: string;
}

/** As the API's AuthService: verified tokens are kept for 5 s (never past the session's expiry). */
const SESSION_CACHE_MS = 5_000;
const TOKEN = /^Bearer ([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;
const verified = new Map<string, { caller: Caller; until: number }>();

/** SQLite text timestamps as TypeORM writes them are UTC ('2026-11-28 16:00:00.000'). */
const timeOf = (value: string): number => Date.parse(`${value.replace(' ', 'T')}Z`);

function authenticate(header: string | undefined): Caller {
  if (!header) throw new Refused('UNAUTHENTICATED', 'Sign in first (send Authorization: Bearer <token>)');
  const match = TOKEN.exec(header.trim());
  if (!match) throw new Refused('UNAUTHENTICATED', 'The Authorization header is not a Backlog Studio token');
  const cached = verified.get(header);
  if (cached && cached.until > Date.now()) return cached.caller;
  const session = sessionById.get(match[1]);
  const expected = session ? Buffer.from(session.token_hash, 'hex') : Buffer.alloc(32);
  const given = createHmac('sha256', authSecret).update(`${match[1]}.${match[2]}`).digest();
  const expiresAt = session ? timeOf(session.expires_at) : 0;
  if (!session || expected.length !== given.length || !timingSafeEqual(expected, given) || session.revoked_at || !(expiresAt > Date.now())) {
    throw new Refused('UNAUTHENTICATED', 'The session has expired or was signed out; sign in again');
  }
  const caller: Caller = { userId: session.user_id, email: session.email };
  if (verified.size > 10_000) verified.clear();
  verified.set(header, { caller, until: Math.min(Date.now() + SESSION_CACHE_MS, expiresAt) });
  return caller;
}

/** The caller's role on the product; a non-member is told the thing does not exist (as the API does). */
function requireRole(caller: Caller, productId: string, edit: boolean, entity: string, id: string): void {
  const role = membership.get(productId, caller.userId)?.role;
  if (!role) throw new Refused('NOT_FOUND', `${entity} ${id} not found`);
  if (edit && role !== 'PRODUCT_OWNER' && role !== 'DEVELOPER') throw new Refused('FORBIDDEN', `A ${role.toLowerCase()} may not edit items`);
}

const cursorOf = (rank: string): string => Buffer.from(rank, 'utf8').toString('base64url');

function list(caller: Caller, productId: string, first: number, after: string | null | undefined): unknown {
  requireRole(caller, productId, false, 'Product', productId);
  const rows = after
    ? pageAfter.all(productId, Buffer.from(after, 'base64url').toString('utf8'), first + 1)
    : firstPage.all(productId, first + 1);
  const hasNextPage = rows.length > first;
  const edges = (hasNextPage ? rows.slice(0, first) : rows).map((r) => ({
    cursor: cursorOf(r.rank),
    node: {
      id: r.id,
      title: r.title,
      status: r.status,
      kind: r.kind,
      size: r.size,
      version: r.version,
      outcome: { statement: r.outcome_statement, target: r.outcome_target },
      value: { customer: r.value_customer, business: r.value_business, team: r.value_team },
    },
  }));
  return {
    data: {
      backlogItems: {
        edges,
        pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      },
    },
  };
}

/**
 * Role check + guarded update + one history row (with the caller as actor), in one
 * transaction: the same reads and writes as the API.
 */
const update = db.transaction((caller: Caller, id: string, expectedVersion: number, title: string): number => {
  const row = current.get(id);
  if (!row) throw new Refused('NOT_FOUND', `BacklogItem ${id} not found`);
  requireRole(caller, row.product_id, true, 'BacklogItem', id);
  if (row.version !== expectedVersion) throw new Refused('CONFLICT', `now at version ${row.version}`);
  const now = new Date().toISOString().replace('T', ' ').slice(0, 23);
  if (guardedUpdate.run(title, now, id, expectedVersion).changes !== 1) throw new Refused('CONFLICT', 'changed meanwhile');
  history.run(row.product_id, id, expectedVersion + 1, JSON.stringify(row.title), JSON.stringify(title), caller.userId, caller.email, now);
  return expectedVersion + 1;
});

const refusal = (error: unknown): unknown => ({
  errors: [
    {
      message: error instanceof Error ? error.message : String(error),
      extensions: { code: error instanceof Refused ? error.code : 'INTERNAL_SERVER_ERROR' },
    },
  ],
  data: null,
});

function answer(body: Body, authorization: string | undefined): unknown {
  let caller: Caller;
  try {
    caller = authenticate(authorization);
  } catch (error) {
    return refusal(error);
  }
  const v = body.variables ?? {};
  if (v.input) {
    const { id, expectedVersion, title } = v.input;
    if (typeof id !== 'string' || typeof expectedVersion !== 'number' || typeof title !== 'string') {
      return { errors: [{ message: 'bad input', extensions: { code: 'BAD_USER_INPUT' } }], data: null };
    }
    try {
      return { data: { updateBacklogItem: { id, version: update(caller, id, expectedVersion, title) } } };
    } catch (error) {
      return refusal(error);
    }
  }
  if (typeof v.productId !== 'string') return { errors: [{ message: 'productId is required' }], data: null };
  try {
    return list(caller, v.productId, Math.min(v.first ?? 50, 100), v.after);
  } catch (error) {
    return refusal(error);
  }
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'POST') {
    res.writeHead(req.url === '/health' ? 200 : 404, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let payload: string;
    try {
      payload = JSON.stringify(answer(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body, req.headers.authorization));
    } catch (error) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
    res.end(payload);
  });
}

const server = createServer(handle);
server.listen(0, () => {
  const { port } = server.address() as AddressInfo;
  console.log(`bare server listening on http://127.0.0.1:${port}`);
});

const shutdown = (): void => {
  server.close();
  server.closeAllConnections();
  db.close();
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
