import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ProductRole } from '@backlog-studio/domain';
import { MembershipEntity } from '../auth/membership.entity';
import { EventBus } from './event-bus';

const MEMBERSHIPS_TOPIC = 'memberships';
/** A safety net only: every membership change clears the cache at once, in every instance. */
const TTL_MS = 30_000;

/**
 * The role check a subscription makes on every event. Checking the database once per event
 * per subscriber would put 100 statements behind each event of a 100-person workshop; the
 * roles are cached per (user, product) instead, and every membership change publishes an
 * invalidation that reaches all instances, so a removed member stops receiving at the next event.
 */
@Injectable()
export class LiveAccess implements OnModuleDestroy {
  private readonly cache = new Map<string, { role: ProductRole | null; until: number }>();
  private readonly stop: () => void;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(EventBus) private readonly bus: EventBus,
  ) {
    this.stop = bus.listen(MEMBERSHIPS_TOPIC, (payload) => this.forget((payload as { productId?: string }).productId)).stop;
  }

  async role(userId: string, productId: string): Promise<ProductRole | null> {
    const key = `${productId}:${userId}`;
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.role;
    const row = await this.dataSource
      .getRepository(MembershipEntity)
      .findOne({ where: { productId, userId, status: 'ACTIVE' }, select: { role: true } });
    const role = row?.role ?? null;
    this.cache.set(key, { role, until: Date.now() + TTL_MS });
    return role;
  }

  /** Memberships of a product changed (removed, role changed, ownership handed over). */
  async membershipsChanged(productId: string): Promise<void> {
    this.forget(productId);
    await this.bus.publish(MEMBERSHIPS_TOPIC, { productId });
  }

  private forget(productId: string | undefined): void {
    if (!productId) return this.cache.clear();
    for (const key of this.cache.keys()) if (key.startsWith(`${productId}:`)) this.cache.delete(key);
  }

  onModuleDestroy(): void {
    this.stop();
  }
}
