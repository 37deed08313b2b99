import Database from 'better-sqlite3';
import type { MoveLoad } from './move-load';

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
export function auditVersions(path: string, loads: readonly MoveLoad[], table: 'backlog_item' | 'naive_item' = 'backlog_item'): VersionAudit {
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
 * The naive design's table: the product's items with integer positions 1…n in backlog order
 * and an index on (product, position), as a naive schema would have.
 */
export function createNaiveTable(path: string, productId: string): number {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(`CREATE TABLE naive_item (id varchar(36) PRIMARY KEY NOT NULL, product_id varchar(36) NOT NULL, position integer NOT NULL, version integer NOT NULL)`);
    const n = db
      .prepare<[string]>(
        `INSERT INTO naive_item (id, product_id, position, version)
         SELECT id, product_id, ROW_NUMBER() OVER (ORDER BY rank), version FROM backlog_item WHERE product_id = ?`,
      )
      .run(productId).changes;
    db.exec(`CREATE INDEX ix_naive_item_position ON naive_item (product_id, position)`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    return n;
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
