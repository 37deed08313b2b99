import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProductRole } from '@backlog-studio/domain';
import { MembershipEntity } from '../auth/membership.entity';
import { DomainError, ErrorCode } from '../common/domain-error';
import { EventBus } from './event-bus';
import type { EventGate } from './live-iterator';

const MEMBERSHIPS_TOPIC = 'memberships';
const SESSIONS_TOPIC = 'sessions';
/** A safety net only: every membership change clears the cache at once, in every instance. */
const TTL_MS = 30_000;
/** How often a live subscription re-checks its session token (plus jitter), besides sign-out events. */
const TOKEN_RECHECK_MS = 15_000;
/** Spread over this window, so the caches of a hundred subscribers never expire on the same event. */
const JITTER_MS = 15_000;

export const jittered = (base: number): number => base + Math.floor(Math.random() * JITTER_MS);

/**
 * The checks a subscription makes on every event, kept cheap enough for a 100-person workshop.
 * Roles are cached per product (one query loads every member) and every membership change
 * publishes an invalidation that reaches all instances, so a removed member stops receiving at
 * the next event. Sign-outs and password changes are published too, so a subscription whose
 * session ended re-checks its token at its next event instead of at its next scheduled check.
 */
@Injectable()
export class LiveAccess implements OnModuleDestroy {
  private readonly products = new Map<string, { roles: Map<string, ProductRole>; until: number }>();
  private readonly loading = new Map<string, Promise<Map<string, ProductRole>>>();
  private readonly sessionsEnded = new Map<string, number>();
  private readonly stops: Array<() => void> = [];

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EventBus) private readonly bus: EventBus,
  ) {
    this.stops.push(bus.listen(MEMBERSHIPS_TOPIC, (payload) => this.forget((payload as { productId?: string }).productId)).stop);
    this.stops.push(
      bus.listen(SESSIONS_TOPIC, (payload) => {
        const { userId, at } = payload as { userId?: string; at?: number };
        if (!userId) return;
        if (this.sessionsEnded.size > 10_000) this.sessionsEnded.clear();
        this.sessionsEnded.set(userId, at ?? Date.now());
      }).stop,
    );
  }

  async role(userId: string, productId: string): Promise<ProductRole | null> {
    const hit = this.products.get(productId);
    if (hit && hit.until > Date.now()) return hit.roles.get(userId) ?? null;
    let pending = this.loading.get(productId);
    if (!pending) {
      pending = this.load(productId).finally(() => this.loading.delete(productId));
      this.loading.set(productId, pending);
    }
    return (await pending).get(userId) ?? null;
  }

  private async load(productId: string): Promise<Map<string, ProductRole>> {
    const rows = await this.dataSource
      .getRepository(MembershipEntity)
      .find({ where: { productId, status: 'ACTIVE' }, select: { userId: true, role: true } });
    const roles = new Map(rows.filter((r) => r.userId).map((r) => [r.userId!, r.role as ProductRole]));
    if (this.products.size > 10_000) this.products.clear();
    this.products.set(productId, { roles, until: Date.now() + jittered(TTL_MS) });
    return roles;
  }

  /**
   * The gate a member's subscription passes every event through: the role on every event (a
   * removed member stops at the next one); the token now and then, on a jittered schedule per
   * subscription so a room's subscriptions never all query at once, and at once after a sign-out
   * of this user. `tokenValid` is null when the connection carries no token to re-check.
   */
  memberGate<T>(userId: string, productId: string, tokenValid: (() => Promise<boolean>) | null): EventGate<T> {
    let checkedAt = Date.now();
    let nextCheck = checkedAt + jittered(TOKEN_RECHECK_MS);
    return async (payload) => {
      const now = Date.now();
      if (tokenValid && (now >= nextCheck || this.sessionsChangedSince(userId, checkedAt))) {
        checkedAt = now;
        nextCheck = now + jittered(TOKEN_RECHECK_MS);
        if (!(await tokenValid())) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Your session ended; sign in again');
      }
      if (!(await this.role(userId, productId))) throw new DomainError(ErrorCode.FORBIDDEN, 'You are no longer a member of this product');
      return payload as T;
    };
  }

  /** Memberships of a product changed (removed, role changed, ownership handed over). */
  async membershipsChanged(productId: string): Promise<void> {
    this.forget(productId);
    await this.bus.publish(MEMBERSHIPS_TOPIC, { productId });
  }

  /** A user signed out or changed their password: their live subscriptions re-check their token. */
  async sessionsChanged(userId: string): Promise<void> {
    const at = Date.now();
    this.sessionsEnded.set(userId, at);
    await this.bus.publish(SESSIONS_TOPIC, { userId, at });
  }

  /** Whether a session of the user ended after `since` (ms). */
  sessionsChangedSince(userId: string, since: number): boolean {
    return (this.sessionsEnded.get(userId) ?? 0) >= since;
  }

  private forget(productId: string | undefined): void {
    if (!productId) return this.products.clear();
    this.products.delete(productId);
  }

  onModuleDestroy(): void {
    for (const stop of this.stops) stop();
  }
}
