/**
 * Fills a product's backlog straight in the API's SQLite file (after the API has migrated it):
 * thousands of items in well under a second, in backlog order, each with a 'created' history row.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { ITEM_KINDS, ITEM_STATUSES, ranksBetween } from '@backlog-studio/domain';

const sqliteNow = (): string => new Date().toISOString().replace('T', ' ').slice(0, 23);

export function sqlitePath(databaseUrl: string): string {
  if (!databaseUrl.startsWith('sqlite:')) throw new Error(`not a SQLite database: ${databaseUrl}`);
  return databaseUrl.slice('sqlite:'.length);
}

export const seededTitle = (n: number): string => `Backlog item ${n}`;

/** Appends `count` items to an (empty) product backlog; titles are `Backlog item 1` … `Backlog item N`. */
export function seedBacklog(databaseUrl: string, productId: string, count: number): void {
  const db = new Database(sqlitePath(databaseUrl));
  try {
    db.pragma('busy_timeout = 5000');
    const ranks = ranksBetween(null, null, count);
    const now = sqliteNow();
    const item = db.prepare(
      `INSERT INTO backlog_item (id, product_id, rank, title, description, kind, status, outcome_statement, outcome_metric,
         outcome_target, outcome_check_by, value_customer, value_business, value_team, size, acceptance_criteria,
         version, created_at, updated_at)
       VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 1, ?, ?)`,
    );
    const history = db.prepare(
      `INSERT INTO change_log (product_id, entity_type, entity_id, version, field, old_value, new_value, actor_user_id, actor_label, at)
       VALUES (?, 'BACKLOG_ITEM', ?, 1, 'created', NULL, ?, NULL, 'seed', ?)`,
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const id = randomUUID();
        const title = seededTitle(i + 1);
        const stated = i % 3 === 0;
        item.run(
          id,
          productId,
          ranks[i],
          title,
          ITEM_KINDS[i % ITEM_KINDS.length],
          ITEM_STATUSES[i % 4],
          stated ? 'Households plan their week faster' : null,
          stated ? 'median planning time (min)' : null,
          stated ? 10 : null,
          stated ? '2027-06-30' : null,
          i % 2 ? (i % 20) + 1 : null,
          i % 5,
          null,
          [1, 2, 3, 5, 8, 13][i % 6],
          now,
          now,
        );
        history.run(productId, id, JSON.stringify(title), now);
      }
    })();
  } finally {
    db.close();
  }
}
