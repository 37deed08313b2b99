/**
 * The reference server: bare node:http + better-sqlite3, hand-written SQL, JSON.stringify of
 * the same response shape the API returns. Run as its own process (BENCH_DB = SQLite file,
 * BENCH_AUTH_SECRET = the API's AUTH_SECRET):
 *   node --import tsx test/bench/lib/bare-server.ts
 * It understands the GraphQL documents the bench sends (backlog page, updateBacklogItem,
 * moveBacklogItem) by their variables only; it does no GraphQL parsing, validation or resolver work.
 * POST /naive takes the moveBacklogItem variables too but renumbers integer positions in the
 * `naive_item` table (the move-100k scenario creates it: backlog_item's rows, columns and indexes
 * with `position INT` for the rank key): the naive design the rank keys replace.
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
// The API's key generator (libs/domain/dist, through the workspace link), so both compute the same keys.
import { rankBetween, ranksBetween } from '@backlog-studio/domain';

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
    input?: { id?: string; expectedVersion?: number; title?: string; itemId?: string; afterItemId?: string; beforeItemId?: string };
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
function requireRole(caller: Caller, productId: string, need: 'read' | 'edit' | 'order', entity: string, id: string): void {
  const role = membership.get(productId, caller.userId)?.role;
  if (!role) throw new Refused('NOT_FOUND', `${entity} ${id} not found`);
  if (need === 'edit' && role !== 'PRODUCT_OWNER' && role !== 'DEVELOPER') throw new Refused('FORBIDDEN', `A ${role.toLowerCase()} may not edit items`);
  if (need === 'order' && role !== 'PRODUCT_OWNER') throw new Refused('FORBIDDEN', `A ${role.toLowerCase()} may not order the backlog`);
}

const cursorOf = (rank: string): string => Buffer.from(rank, 'utf8').toString('base64url');

function list(caller: Caller, productId: string, first: number, after: string | null | undefined): unknown {
  requireRole(caller, productId, 'read', 'Product', productId);
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
  requireRole(caller, row.product_id, 'edit', 'BacklogItem', id);
  if (row.version !== expectedVersion) throw new Refused('CONFLICT', `now at version ${row.version}`);
  const now = new Date().toISOString().replace('T', ' ').slice(0, 23);
  if (guardedUpdate.run(title, now, id, expectedVersion).changes !== 1) throw new Refused('CONFLICT', 'changed meanwhile');
  history.run(row.product_id, id, expectedVersion + 1, JSON.stringify(row.title), JSON.stringify(title), caller.userId, caller.email, now);
  return expectedVersion + 1;
});

// ---- moveBacklogItem: the API's move transaction, by hand -------------------------------------

/** As the API's BacklogOrderService: keys longer than this make it re-spread the neighbourhood. */
const MAX_KEY_LENGTH = 24;
const RESPREAD_RADIUS = 32;

interface Placed {
  id: string;
  rank: string;
}

interface MoveRow {
  id: string;
  product_id: string;
  rank: string;
  version: number;
  archived_at: string | null;
}

// The API's statements: the item and the anchor in one SELECT, the three neighbour keys in another.
const movePair = db.prepare<[string, string], MoveRow>(`SELECT id, product_id, rank, version, archived_at FROM backlog_item WHERE id IN (?, ?)`);
// The API "locks" the product row first (FOR UPDATE on PostgreSQL; a plain SELECT on SQLite).
const lockProduct = db.prepare<[string], { id: string }>(`SELECT id FROM product WHERE id = ?`);
const nearest = (side: 'previous' | 'next', label: string): string =>
  `SELECT '${label}' AS side, id, rank FROM (SELECT id, rank FROM backlog_item WHERE product_id = ? AND rank ${side === 'next' ? '>' : '<'} ? AND id <> ? ` +
  `ORDER BY rank ${side === 'next' ? 'ASC' : 'DESC'} LIMIT 1) ${label}_row`;
type NeighbourParams = [string, string, string, string, string, string, string, string, string];
const neighboursOf = {
  after: db.prepare<NeighbourParams, Placed & { side: string }>(`${nearest('previous', 'previous')} UNION ALL ${nearest('next', 'next')} UNION ALL ${nearest('next', 'anchor')}`),
  before: db.prepare<NeighbourParams, Placed & { side: string }>(`${nearest('previous', 'previous')} UNION ALL ${nearest('next', 'next')} UNION ALL ${nearest('previous', 'anchor')}`),
};
const windowAfter = db.prepare<[string, string, string, number], Placed>(
  `SELECT id, rank FROM backlog_item WHERE product_id = ? AND rank >= ? AND id <> ? ORDER BY rank ASC LIMIT ?`,
);
const windowBefore = db.prepare<[string, string, string, number], Placed>(
  `SELECT id, rank FROM backlog_item WHERE product_id = ? AND rank <= ? AND id <> ? ORDER BY rank DESC LIMIT ?`,
);
const setRank = db.prepare<[string, string, string]>(`UPDATE backlog_item SET rank = ?, updated_at = ? WHERE id = ?`);
const guardedMove = db.prepare<[string, string, string, number]>(
  `UPDATE backlog_item SET rank = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`,
);
const orderChange = db.prepare<[string, string, string | null, string | null, string | null, string | null, string, string, string]>(
  `INSERT INTO order_change (product_id, kind, item_id, from_after_id, from_before_id, to_after_id, to_before_id, reason, criterion, moved_count, actor_user_id, actor_label, at)
   VALUES (?, 'MOVE', ?, ?, ?, ?, ?, '', NULL, NULL, ?, ?, ?)`,
);

interface MoveInput {
  itemId: string;
  afterItemId?: string;
  beforeItemId?: string;
  expectedVersion: number;
}

const nowText = (): string => new Date().toISOString().replace('T', ' ').slice(0, 23);

/** The API's local re-spread (rare): RESPREAD_RADIUS neighbours each side get evenly spread keys, in two phases. */
function respread(productId: string, itemId: string, to: { after: Placed | null; before: Placed | null }, now: string): string {
  const before = to.after ? windowBefore.all(productId, to.after.rank, itemId, RESPREAD_RADIUS + 1).reverse() : [];
  const after = to.before ? windowAfter.all(productId, to.before.rank, itemId, RESPREAD_RADIUS + 1) : [];
  const lowerBound = before.length > RESPREAD_RADIUS ? before.shift()!.rank : null;
  const upperBound = after.length > RESPREAD_RADIUS ? after.pop()!.rank : null;
  const window = [...before.map((r) => r.id), itemId, ...after.map((r) => r.id)];
  const keys = ranksBetween(lowerBound, upperBound, window.length);
  for (const id of window) setRank.run(`~${id.replace(/-/g, '')}`, now, id);
  window.forEach((id, i) => {
    if (id !== itemId) setRank.run(keys[i], now, id);
  });
  return keys[window.indexOf(itemId)];
}

/**
 * Token (already verified) → item and anchor → role (product owner) → product lock → version
 * check → the item's current neighbours and the anchor's neighbour → key → guarded UPDATE →
 * order_change INSERT, in one transaction: the reads and writes of the API's move, statement for
 * statement (the API's UPDATE also returns the row, for whatever fields the client asks).
 */
const move = db.transaction((caller: Caller, input: MoveInput): number => {
  const anchorId = (input.afterItemId ?? input.beforeItemId)!;
  const anchorField = input.afterItemId ? 'afterItemId' : 'beforeItemId';
  const pair = movePair.all(input.itemId, anchorId);
  const item = pair.find((r) => r.id === input.itemId);
  if (!item) throw new Refused('NOT_FOUND', `BacklogItem ${input.itemId} not found`);
  requireRole(caller, item.product_id, 'order', 'BacklogItem', item.id);
  lockProduct.get(item.product_id);
  const anchor = pair.find((r) => r.id === anchorId);
  if (!anchor || anchor.product_id !== item.product_id) throw new Refused('BAD_USER_INPUT', `${anchorField} must be an item of the same product`);
  if (anchor.archived_at !== null || item.archived_at !== null) throw new Refused('BAD_USER_INPUT', 'archived items have no place in the order');
  if (item.version !== input.expectedVersion) throw new Refused('CONFLICT', `now at version ${item.version}`);
  const p = item.product_id;
  const rows = (input.afterItemId ? neighboursOf.after : neighboursOf.before).all(p, item.rank, item.id, p, item.rank, item.id, p, anchor.rank, item.id);
  const found = (side: string): Placed | null => {
    const row = rows.find((r) => r.side === side);
    return row ? { id: row.id, rank: row.rank } : null;
  };
  const from = { after: found('previous'), before: found('next') };
  const placedAnchor = { id: anchor.id, rank: anchor.rank };
  const to = input.afterItemId ? { after: placedAnchor, before: found('anchor') } : { after: found('anchor'), before: placedAnchor };
  const now = nowText();
  let rank = rankBetween(to.after?.rank ?? null, to.before?.rank ?? null);
  if (rank.length > MAX_KEY_LENGTH) rank = respread(item.product_id, item.id, to, now);
  if (guardedMove.run(rank, now, item.id, input.expectedVersion).changes !== 1) throw new Refused('CONFLICT', 'changed meanwhile');
  orderChange.run(item.product_id, item.id, from.after?.id ?? null, from.before?.id ?? null, to.after?.id ?? null, to.before?.id ?? null, caller.userId, caller.email, now);
  return input.expectedVersion + 1;
});

// ---- POST /naive: the same move with integer positions renumbered -----------------------------

interface NaiveStatements {
  row: Database.Statement<[string], { id: string; product_id: string; position: number; version: number; archived_at: string | null }>;
  at: Database.Statement<[string, number, string], { id: string }>;
  shiftUp: Database.Statement<[string, number, number]>;
  shiftDown: Database.Statement<[string, number, number]>;
  guarded: Database.Statement<[number, string, string, number]>;
}

let naiveStatements: NaiveStatements | undefined;

/** Prepared on first use: only the naive copy of the database has the naive_item table. */
function naive(): NaiveStatements {
  naiveStatements ??= {
    row: db.prepare(`SELECT id, product_id, position, version, archived_at FROM naive_item WHERE id = ?`),
    at: db.prepare(`SELECT id FROM naive_item WHERE product_id = ? AND position = ? AND id <> ?`),
    // The items between the new and the old place each move one place down (+1) or up (−1).
    shiftUp: db.prepare(`UPDATE naive_item SET position = position + 1 WHERE product_id = ? AND position BETWEEN ? AND ?`),
    shiftDown: db.prepare(`UPDATE naive_item SET position = position - 1 WHERE product_id = ? AND position BETWEEN ? AND ?`),
    guarded: db.prepare(`UPDATE naive_item SET position = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`),
  };
  return naiveStatements;
}

/**
 * The move as a tool that stores `position INT` on its item rows does it (naive_item: the
 * backlog_item rows and indexes with `position` for `rank`, see createNaiveTable): with the same
 * token, role, lock, anchor and version checks as above, every item between the old and the new
 * place gets its position shifted by one (`UPDATE … SET position = position ± 1 WHERE product_id
 * = ? AND position BETWEEN … AND …`), then the moved row gets its new position, version and
 * updated_at (guarded by the version), then the order_change row: one transaction.
 */
const naiveMove = db.transaction((caller: Caller, input: MoveInput): number => {
  const q = naive();
  const anchorId = (input.afterItemId ?? input.beforeItemId)!;
  const item = q.row.get(input.itemId);
  if (!item) throw new Refused('NOT_FOUND', `BacklogItem ${input.itemId} not found`);
  requireRole(caller, item.product_id, 'order', 'BacklogItem', item.id);
  lockProduct.get(item.product_id);
  const anchor = q.row.get(anchorId);
  if (!anchor || anchor.product_id !== item.product_id) throw new Refused('BAD_USER_INPUT', 'the anchor must be an item of the same product');
  if (anchor.archived_at !== null || item.archived_at !== null) throw new Refused('BAD_USER_INPUT', 'archived items have no place in the order');
  if (item.version !== input.expectedVersion) throw new Refused('CONFLICT', `now at version ${item.version}`);
  const p = item.position;
  const a = anchor.position;
  const target = input.afterItemId ? (p < a ? a : a + 1) : p < a ? a - 1 : a;
  const fromAfter = q.at.get(item.product_id, p - 1, item.id)?.id ?? null;
  const fromBefore = q.at.get(item.product_id, p + 1, item.id)?.id ?? null;
  if (p < target) q.shiftDown.run(item.product_id, p + 1, target);
  else if (target < p) q.shiftUp.run(item.product_id, target, p - 1);
  const toAfter = q.at.get(item.product_id, target - 1, item.id)?.id ?? null;
  const toBefore = q.at.get(item.product_id, target + 1, item.id)?.id ?? null;
  const now = nowText();
  if (q.guarded.run(target, now, item.id, input.expectedVersion).changes !== 1) throw new Refused('CONFLICT', 'changed meanwhile');
  orderChange.run(item.product_id, item.id, fromAfter, fromBefore, toAfter, toBefore, caller.userId, caller.email, now);
  return input.expectedVersion + 1;
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

function answer(body: Body, authorization: string | undefined, naivePositions: boolean): unknown {
  let caller: Caller;
  try {
    caller = authenticate(authorization);
  } catch (error) {
    return refusal(error);
  }
  const v = body.variables ?? {};
  if (v.input && (v.input.itemId !== undefined || naivePositions)) {
    const { itemId, afterItemId, beforeItemId, expectedVersion } = v.input;
    const anchor = afterItemId ?? beforeItemId;
    if (typeof itemId !== 'string' || typeof expectedVersion !== 'number' || typeof anchor !== 'string' || (afterItemId !== undefined && beforeItemId !== undefined) || anchor === itemId) {
      return { errors: [{ message: 'bad input', extensions: { code: 'BAD_USER_INPUT' } }], data: null };
    }
    const input: MoveInput = afterItemId !== undefined ? { itemId, afterItemId, expectedVersion } : { itemId, beforeItemId: anchor, expectedVersion };
    try {
      return { data: { moveBacklogItem: { id: itemId, version: (naivePositions ? naiveMove : move)(caller, input) } } };
    } catch (error) {
      return refusal(error);
    }
  }
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
      payload = JSON.stringify(answer(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body, req.headers.authorization, req.url === '/naive'));
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
// A naive move takes a few hundred ms and blocks the loop: with 16 clients queued, a kept-alive
// socket's next request can wait longer than node's 5 s keep-alive timeout before it is read, and
// the server would close the socket under it (ECONNRESET). Idle sockets never matter here.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;
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
