import Database from 'better-sqlite3';
import { copyFileSync, existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { ITEM_KINDS, ITEM_STATUSES, MOSCOW_BUCKETS, RISK_LEVELS, ranksBetween } from '@backlog-studio/domain';
import { signUpBenchUser, type BenchUser } from './auth';
import { startApiOn } from './child';

/** A seeded SQLite file: one product whose backlog is `ids` in rank order, owned by `user`. */
export interface SeededDb {
  path: string;
  productId: string;
  /** Signed up through the API; its session row and its ACTIVE PRODUCT_OWNER membership are in every copy. */
  user: BenchUser;
  /** Signed up as well, but no member of the product: both servers must refuse it. */
  outsider: BenchUser;
  ids: string[];
  ranks: string[];
  goalIds: string[];
  items: number;
  relatedItems: number;
}

/** SQLite's text timestamp format as the API writes it: '2026-11-28 16:00:00.000'. */
export function sqliteNow(date = new Date()): string {
  return date.toISOString().replace('T', ' ').slice(0, 23);
}

export function cursorOf(rank: string): string {
  return Buffer.from(rank, 'utf8').toString('base64url');
}

/**
 * Creates the tables by starting the real API once (its migrations run at start) and signs up
 * the bench user and an outsider through it (signUp: argon2id hash, session row), stops it, then bulk-inserts
 * one product with `items` backlog items and the user's ACTIVE PRODUCT_OWNER membership in a
 * single transaction. Every copy of the file therefore accepts the same bearer token (the
 * servers share AUTH_SECRET) from the same product owner.
 * The first `relatedItems` items get goals, parents (every 10th), dependencies; every item
 * has its 'created' history row, as when created through the API.
 */
export async function seedDatabase(path: string, items: number, relatedItems: number): Promise<SeededDb> {
  const api = await startApiOn(path);
  let user: BenchUser;
  let outsider: BenchUser;
  try {
    user = await signUpBenchUser(api.url);
    outsider = await signUpBenchUser(api.url);
  } finally {
    await api.stop();
  }

  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const product = db.transaction(() => insertProduct(db, user, 'Bench product', items, relatedItems))();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { path, user, outsider, items, relatedItems, ...product };
  } finally {
    db.close();
  }
}

/** One product's backlog as seeded: `ids` in rank order. */
export interface SeededProduct {
  productId: string;
  ids: string[];
  ranks: string[];
  goalIds: string[];
}

/**
 * Inserts one product with `items` backlog items (the first `relatedItems` with goals, parents,
 * dependencies), its history rows and `user`'s ACTIVE PRODUCT_OWNER membership. Call it inside
 * a transaction.
 */
function insertProduct(db: Database.Database, user: BenchUser, name: string, items: number, relatedItems: number): SeededProduct {
  const now = sqliteNow();
  const productId = randomUUID();
  const goalIds = [randomUUID(), randomUUID(), randomUUID()];
  const ids = Array.from({ length: items }, () => randomUUID());
  const ranks = ranksBetween(null, null, items);

  const insertProductRow = db.prepare(
    `INSERT INTO product (id, name, description, vision, target_group, needs, product_summary, business_goals, version, created_at, updated_at)
     VALUES (?, ?, '', 'Families plan meals in minutes', 'Busy households', 'Less planning time', '', '', 1, ?, ?)`,
  );
  const insertGoal = db.prepare(
    `INSERT INTO product_goal (id, product_id, statement, measure, target_date, status, version, created_at, updated_at)
     VALUES (?, ?, ?, 'median planning time (min)', '2027-06-30', ?, 1, ?, ?)`,
  );
  const insertItem = db.prepare(
    `INSERT INTO backlog_item (id, product_id, rank, title, description, kind, status, outcome_statement, outcome_metric,
       outcome_baseline, outcome_target, outcome_check_by, output, value_customer, value_business, value_team,
       cod_user_business_value, cod_time_criticality, cod_risk_reduction, size, risk, confidence, moscow, kano,
       acceptance_criteria, goal_id, parent_id, archived_at, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL, 1, ?, ?)`,
  );
  const insertMembership = db.prepare(
    `INSERT INTO membership (id, product_id, user_id, email, role, status, invited_by, created_at)
     VALUES (?, ?, ?, ?, 'PRODUCT_OWNER', 'ACTIVE', NULL, ?)`,
  );
  const insertDependency = db.prepare(
    `INSERT INTO item_dependency (item_id, depends_on_id, product_id, created_at) VALUES (?, ?, ?, ?)`,
  );
  const insertHistory = db.prepare(
    `INSERT INTO change_log (product_id, entity_type, entity_id, version, field, old_value, new_value, actor_user_id, actor_label, at)
     VALUES (?, ?, ?, 1, 'created', NULL, ?, NULL, 'bench seed', ?)`,
  );
  const scale = [1, 2, 3, 5, 8, 13, 20];

  insertProductRow.run(productId, name, now, now);
  insertHistory.run(productId, 'PRODUCT', productId, JSON.stringify(name), now);
  insertMembership.run(randomUUID(), productId, user.userId, user.email, now);
  const goalStatuses = ['ACTIVE', 'FULFILLED', 'FULFILLED'];
  goalIds.forEach((goalId, g) => {
    insertGoal.run(goalId, productId, `Goal ${g + 1}: households plan a week in ${10 + g} minutes`, goalStatuses[g], now, now);
    insertHistory.run(productId, 'PRODUCT_GOAL', goalId, JSON.stringify(`Goal ${g + 1}`), now);
  });
  for (let i = 0; i < items; i++) {
    const related = i < relatedItems;
    const title = `Item ${String(i + 1).padStart(6, '0')}: let families ${['rate', 'share', 'plan', 'swap', 'print'][i % 5]} recipes`;
    insertItem.run(
      ids[i],
      productId,
      ranks[i],
      title,
      i % 3 === 0 ? 'A longer description of what the families asked for and why it matters.' : '',
      ITEM_KINDS[i % ITEM_KINDS.length],
      ITEM_STATUSES[i % ITEM_STATUSES.length],
      'More households finish set-up on their first visit',
      'Share of new households finishing set-up (%)',
      40,
      60 + (i % 30),
      '2027-03-31',
      scale[i % 7],
      scale[(i + 2) % 7],
      scale[(i + 4) % 7],
      scale[(i + 1) % 7],
      scale[(i + 3) % 7],
      scale[(i + 5) % 7],
      i % 7 === 6 ? null : scale[i % 7],
      RISK_LEVELS[i % RISK_LEVELS.length],
      50 + (i % 50),
      MOSCOW_BUCKETS[i % MOSCOW_BUCKETS.length],
      i % 4 === 0 ? JSON.stringify(['Given a family, when it rates, then the rating shows']) : '[]',
      related ? goalIds[i % goalIds.length] : null,
      related && i % 10 === 1 ? ids[i - 1] : null,
      now,
      now,
    );
    insertHistory.run(productId, 'BACKLOG_ITEM', ids[i], JSON.stringify(title), now);
    if (related && i % 4 === 2) {
      insertDependency.run(ids[i], ids[i - 1], productId, now);
      insertDependency.run(ids[i], ids[i - 2], productId, now);
    }
  }
  return { productId, ids, ranks, goalIds };
}

/**
 * A second (third …) product in an existing seeded file, owned by the same bench user, so that
 * one API process serves a big and a small backlog side by side with one token.
 */
export function addProduct(path: string, user: BenchUser, name: string, items: number, relatedItems = 0): SeededProduct {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    const product = db.transaction(() => insertProduct(db, user, name, items, relatedItems))();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return product;
  } finally {
    db.close();
  }
}

/** A private copy for one server (the API and the bare server never write the same file). */
export function copyDatabase(seeded: SeededDb, path: string): SeededDb {
  copyFileSync(seeded.path, path);
  // The seed closes its connection after a checkpoint, so normally there is no -wal left.
  if (existsSync(`${seeded.path}-wal`)) copyFileSync(`${seeded.path}-wal`, `${path}-wal`);
  return { ...seeded, path };
}

const FIBONACCI = [1, 2, 3, 5, 8, 13, 20];

/**
 * What proposedOrder reads, for one product: every item gets random cost-of-delay parts and a
 * size (so WSJF scores are spread, not periodic), and the product's dependencies are replaced
 * by `dependencies` distinct random ones, each from a later item to an earlier one in backlog
 * order (so they are acyclic). Returns the items the proposal covers (not done, not archived).
 */
export function seedOrderingInputs(path: string, product: SeededProduct, dependencies: number, random: () => number): { open: number; dependencies: number } {
  const n = product.ids.length;
  if (n < 2 && dependencies > 0) throw new Error('dependencies need at least two items');
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    const pick = (): number => FIBONACCI[Math.floor(random() * FIBONACCI.length)];
    const setInputs = db.prepare<[number, number, number, number, string]>(
      `UPDATE backlog_item SET cod_user_business_value = ?, cod_time_criticality = ?, cod_risk_reduction = ?, size = ? WHERE id = ?`,
    );
    const insertDependency = db.prepare<[string, string, string, string]>(
      `INSERT INTO item_dependency (item_id, depends_on_id, product_id, created_at) VALUES (?, ?, ?, ?)`,
    );
    const now = sqliteNow();
    db.transaction(() => {
      for (const id of product.ids) setInputs.run(pick(), pick(), pick(), pick(), id);
      db.prepare(`DELETE FROM item_dependency WHERE product_id = ?`).run(product.productId);
      const seen = new Set<string>();
      while (seen.size < dependencies) {
        const later = 1 + Math.floor(random() * (n - 1));
        const earlier = Math.floor(random() * later);
        const key = `${later}:${earlier}`;
        if (seen.has(key)) continue;
        seen.add(key);
        insertDependency.run(product.ids[later], product.ids[earlier], product.productId, now);
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const count = (sql: string): number => (db.prepare<[string], { n: number }>(sql).get(product.productId)?.n ?? 0);
    return {
      open: count(`SELECT COUNT(*) AS n FROM backlog_item WHERE product_id = ? AND archived_at IS NULL AND status <> 'DONE'`),
      dependencies: count(`SELECT COUNT(*) AS n FROM item_dependency WHERE product_id = ?`),
    };
  } finally {
    db.close();
  }
}
