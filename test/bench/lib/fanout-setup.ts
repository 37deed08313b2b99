/**
 * fanout-100 setup: the member accounts of a 100-person workshop, and the bare `ws` broadcast
 * reference as a child process.
 */
import Database from 'better-sqlite3';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { BenchUser } from './auth';
import { AUTH_SECRET, spawnService, type Service } from './child';
import { sqliteNow } from './seed';

export const BARE_WS_BROADCAST = join(__dirname, 'bare-ws-broadcast.ts');

/**
 * Adds `count` signed-in ACTIVE members with `role` to a product, written straight into the
 * API's SQLite file while no API runs on it: an app_user row, an auth_session row whose
 * token_hash is the HMAC-SHA256 of the token under the API's AUTH_SECRET (as AuthService writes
 * it; the API verifies these tokens exactly like those it issued), and a membership row.
 * Signing 100 people up through the API would take five minutes: signUp allows 20 a minute per
 * address. Each member gets its own email (the `actor` label of its events) and token.
 */
export function addMembers(path: string, productId: string, count: number, role = 'DEVELOPER'): BenchUser[] {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // A real argon2id hash (the bench owner's): nobody signs in as a member, but the column holds what the API writes.
    const passwordHash = db.prepare<[], { password_hash: string }>('SELECT password_hash FROM app_user LIMIT 1').get()?.password_hash;
    if (!passwordHash) throw new Error('addMembers: no signed-up account in the file (seed it first)');
    const insertUser = db.prepare(`INSERT INTO app_user (id, email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?)`);
    const insertSession = db.prepare(`INSERT INTO auth_session (id, user_id, token_hash, expires_at, revoked_at, created_at) VALUES (?, ?, ?, ?, NULL, ?)`);
    const insertMembership = db.prepare(
      `INSERT INTO membership (id, product_id, user_id, email, role, status, invited_by, created_at) VALUES (?, ?, ?, ?, ?, 'ACTIVE', NULL, ?)`,
    );
    const now = new Date();
    const created = sqliteNow(now);
    const expires = sqliteNow(new Date(now.getTime() + 7 * 24 * 3600 * 1000));
    const members: BenchUser[] = [];
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const userId = randomUUID();
        const name = `bench-member-${String(i + 1).padStart(3, '0')}-${randomBytes(3).toString('hex')}`;
        const email = `${name}@example.com`;
        const sessionId = randomUUID();
        const token = `${sessionId}.${randomBytes(32).toString('base64url')}`;
        const tokenHash = createHmac('sha256', AUTH_SECRET).update(token).digest('hex');
        insertUser.run(userId, email, name, passwordHash, created);
        insertSession.run(sessionId, userId, tokenHash, expires, created);
        insertMembership.run(randomUUID(), productId, userId, email, role, created);
        members.push({ userId, email, token });
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return members;
  } finally {
    db.close();
  }
}

/**
 * The reference (lib/bare-ws-broadcast.ts) as its own process, registered for cleanup; resolves
 * once it listens. `actor` is the label the API publishes in its events (the trigger's email).
 */
export function startBareWsBroadcast(actor: string, timeoutMs = 30_000): Promise<Service> {
  return spawnService({
    name: 'bare ws broadcast',
    args: ['--import', 'tsx', BARE_WS_BROADCAST],
    env: { BENCH_ACTOR: actor },
    ready: /bare ws broadcast listening on (http:\/\/[^\s]+)/,
    timeoutMs,
  });
}
