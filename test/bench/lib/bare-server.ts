/**
 * The reference server: bare node:http + better-sqlite3, hand-written SQL, JSON.stringify of
 * the same response shape the API returns. Run as its own process (BENCH_DB = SQLite file):
 *   node --import tsx test/bench/lib/bare-server.ts
 * It understands the two GraphQL documents the bench sends (backlog page, updateBacklogItem)
 * by their variables only; it does no GraphQL parsing, validation or resolver work.
 */
import Database from 'better-sqlite3';
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
const history = db.prepare<[string, string, number, string, string, string]>(
  `INSERT INTO change_log (product_id, entity_type, entity_id, version, field, old_value, new_value, actor_user_id, actor_label, at)
   VALUES (?, 'BACKLOG_ITEM', ?, ?, 'title', ?, ?, NULL, 'anonymous', ?)`,
);

const cursorOf = (rank: string): string => Buffer.from(rank, 'utf8').toString('base64url');

function list(productId: string, first: number, after: string | null | undefined): unknown {
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

class Conflict extends Error {}

/** Guarded update + one history row, in one transaction: the same writes as the API. */
const update = db.transaction((id: string, expectedVersion: number, title: string): number => {
  const row = current.get(id);
  if (!row) throw new Error(`BacklogItem ${id} not found`);
  if (row.version !== expectedVersion) throw new Conflict(`now at version ${row.version}`);
  const now = new Date().toISOString().replace('T', ' ').slice(0, 23);
  if (guardedUpdate.run(title, now, id, expectedVersion).changes !== 1) throw new Conflict('changed meanwhile');
  history.run(row.product_id, id, expectedVersion + 1, JSON.stringify(row.title), JSON.stringify(title), now);
  return expectedVersion + 1;
});

function answer(body: Body): unknown {
  const v = body.variables ?? {};
  if (v.input) {
    const { id, expectedVersion, title } = v.input;
    if (typeof id !== 'string' || typeof expectedVersion !== 'number' || typeof title !== 'string') {
      return { errors: [{ message: 'bad input', extensions: { code: 'BAD_USER_INPUT' } }], data: null };
    }
    try {
      return { data: { updateBacklogItem: { id, version: update(id, expectedVersion, title) } } };
    } catch (error) {
      const code = error instanceof Conflict ? 'CONFLICT' : 'INTERNAL_SERVER_ERROR';
      return { errors: [{ message: error instanceof Error ? error.message : String(error), extensions: { code } }], data: null };
    }
  }
  if (typeof v.productId !== 'string') return { errors: [{ message: 'productId is required' }], data: null };
  return list(v.productId, Math.min(v.first ?? 50, 100), v.after);
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
      payload = JSON.stringify(answer(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Body));
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
