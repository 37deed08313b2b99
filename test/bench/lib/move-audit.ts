import Database from 'better-sqlite3';
import type { ItemState } from './update-load';

/** Read-only look at a server's file (WAL: safe while the server runs; it sees committed moves). */
function readOnly<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export interface VersionAudit {
  /** Acknowledged moves whose version bump is not stored. */
  lost: number;
  /** Stored bumps nobody was told about. */
  unacknowledged: number;
  itemsChecked: number;
}

/** Each moved item's stored version must be 1 + the moves acknowledged for it. */
export function auditVersions(path: string, loads: ReadonlyArray<{ readonly state: ReadonlyMap<string, ItemState> }>, table: 'backlog_item' | 'naive_item' = 'backlog_item'): VersionAudit {
  return readOnly(path, (db) => {
    const version = db.prepare<[string], { version: number }>(`SELECT version FROM ${table} WHERE id = ?`);
    const result: VersionAudit = { lost: 0, unacknowledged: 0, itemsChecked: 0 };
    for (const load of loads) {
      for (const [id, state] of load.state) {
        const stored = version.get(id)?.version ?? 0;
        const expected = 1 + state.acknowledged;
        if (stored < expected) result.lost += expected - stored;
        if (stored > expected) result.unacknowledged += stored - expected;
        result.itemsChecked++;
      }
    }
    return result;
  });
}

export function countOrderChanges(path: string, productId: string): number {
  return readOnly(path, (db) => db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM order_change WHERE product_id = ?`).get(productId)?.n ?? 0);
}

/** Every item's rank and version, to count the rows a batch of moves rewrote. */
export function snapshotItems(path: string, productId: string): Map<string, { rank: string; version: number }> {
  return readOnly(path, (db) => {
    const rows = db.prepare<[string], { id: string; rank: string; version: number }>(`SELECT id, rank, version FROM backlog_item WHERE product_id = ?`).all(productId);
    return new Map(rows.map((r) => [r.id, { rank: r.rank, version: r.version }]));
  });
}

export interface RowDiff {
  /** Items whose rank or version differs. */
  changed: number;
  /** Of those, items whose rank changed but not their version (neighbours re-spread around a crowded gap). */
  respread: number;
  maxKeyLength: number;
}

export function diffItems(before: ReadonlyMap<string, { rank: string; version: number }>, after: ReadonlyMap<string, { rank: string; version: number }>): RowDiff {
  const diff: RowDiff = { changed: 0, respread: 0, maxKeyLength: 0 };
  for (const [id, now] of after) {
    diff.maxKeyLength = Math.max(diff.maxKeyLength, now.rank.length);
    const then = before.get(id);
    if (!then) {
      diff.changed++;
      continue;
    }
    if (then.rank !== now.rank || then.version !== now.version) diff.changed++;
    if (then.rank !== now.rank && then.version === now.version) diff.respread++;
  }
  return diff;
}

export function rankOf(path: string, id: string): string | undefined {
  return readOnly(path, (db) => db.prepare<[string], { rank: string }>(`SELECT rank FROM backlog_item WHERE id = ?`).get(id)?.rank);
}

/** The key right after `rank` in the product (the next item), if any. */
export function nextRank(path: string, productId: string, rank: string, excludeId: string): string | undefined {
  return readOnly(
    path,
    (db) =>
      db
        .prepare<[string, string, string], { rank: string }>(`SELECT rank FROM backlog_item WHERE product_id = ? AND rank > ? AND id <> ? ORDER BY rank LIMIT 1`)
        .get(productId, rank, excludeId)?.rank,
  );
}

/**
 * The naive design's table, as a tool that keeps `position INT` on its item rows has it:
 * `naive_item` is created from backlog_item's own CREATE TABLE (every column, CHECK and foreign
 * key; the self-reference of parent_id points at naive_item) with the text `rank` column
 * replaced by `position integer NOT NULL`, holds a copy of every backlog_item row (the same
 * 100,000 wide rows, inserted in backlog order like the seed's) with positions 1…n per product
 * in rank order, and gets each of backlog_item's indexes with `position` in place of `rank`.
 * The (product_id, position) index is not UNIQUE: `UPDATE … SET position = position + 1` over a
 * range trips a unique index halfway on SQLite (and on PostgreSQL without a deferred
 * constraint), so such schemas index positions without it (acts_as_list, for one).
 * Returns the rows of `productId`.
 */
export function createNaiveTable(path: string, productId: string): number {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    const table = db.prepare<[], { sql: string }>(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'backlog_item'`).get()?.sql;
    if (!table) throw new Error('backlog_item has no CREATE TABLE in sqlite_master');
    const replaceOnce = (text: string, from: string, to: string, what: string): string => {
      if (text.split(from).length !== 2) throw new Error(`naive_item: expected one ${what} (${from}) in ${text.slice(0, 200)}…`);
      return text.replace(from, to);
    };
    let ddl = replaceOnce(table, 'CREATE TABLE "backlog_item"', 'CREATE TABLE "naive_item"', 'table name');
    ddl = replaceOnce(ddl, '"rank" varchar(128) NOT NULL', '"position" integer NOT NULL', 'rank column');
    ddl = replaceOnce(ddl, 'REFERENCES "backlog_item"', 'REFERENCES "naive_item"', 'parent self-reference');
    const columns = db
      .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('backlog_item')`)
      .all()
      .map((c) => c.name);
    const copied = columns.map((c) => (c === 'rank' ? 'position' : c));
    const selected = columns.map((c) => (c === 'rank' ? 'ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY rank)' : `"${c}"`));
    const indexes = db.prepare<[], { name: string; sql: string }>(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'backlog_item' AND sql IS NOT NULL`).all();
    if (!indexes.some((i) => i.name === 'uq_backlog_item_rank')) throw new Error('backlog_item has no uq_backlog_item_rank index');
    db.transaction(() => {
      db.exec(ddl);
      // parent_id references rows inserted later in the same statement: checked at commit.
      db.pragma('defer_foreign_keys = ON');
      db.exec(`INSERT INTO naive_item (${copied.map((c) => `"${c}"`).join(', ')}) SELECT ${selected.join(', ')} FROM backlog_item ORDER BY product_id, rank`);
      for (const index of indexes) {
        const sql =
          index.name === 'uq_backlog_item_rank'
            ? `CREATE INDEX "ix_naive_item_position" ON "naive_item" ("product_id", "position")`
            : replaceOnce(index.sql.replace(`"${index.name}"`, `"naive_${index.name}"`), 'ON "backlog_item"', 'ON "naive_item"', `table of ${index.name}`);
        db.exec(sql);
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM naive_item WHERE product_id = ?`).get(productId)?.n ?? 0;
  } finally {
    db.close();
  }
}

/** Positions must stay 1…n, each once, whatever the moves did. */
export function naivePositionsIntact(path: string, productId: string): boolean {
  return readOnly(path, (db) => {
    const r = db
      .prepare<[string], { n: number; distinctPositions: number; lo: number; hi: number }>(
        `SELECT COUNT(*) AS n, COUNT(DISTINCT position) AS distinctPositions, MIN(position) AS lo, MAX(position) AS hi FROM naive_item WHERE product_id = ?`,
      )
      .get(productId);
    return !!r && r.n === r.distinctPositions && r.lo === 1 && r.hi === r.n;
  });
}

export function naivePosition(path: string, id: string): number | undefined {
  return readOnly(path, (db) => db.prepare<[string], { position: number }>(`SELECT position FROM naive_item WHERE id = ?`).get(id)?.position);
}
