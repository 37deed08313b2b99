import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { rankBetween, ranksBetween } from '@backlog-studio/domain';
import { ProductAccess } from '../auth/product-access.service';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { BacklogItemEntity } from '../backlog/backlog-item.entity';
import { Transactions } from '../database/transactions';
import { ChangeLogService } from '../history/change-log.service';
import { ProductsService } from '../products/products.service';
import { MoveBacklogItemInput, OrderHistoryArgs } from './dto/ordering.inputs';
import { OrderChangeEntity } from './order-change.entity';

/** Keys longer than this trigger a local re-spread of the neighbourhood (rare, same transaction). */
export const MAX_KEY_LENGTH = 24;
/** How many neighbours on each side a re-spread rewrites. */
const RESPREAD_RADIUS = 32;

interface Neighbours {
  after: { id: string; rank: string } | null;
  before: { id: string; rank: string } | null;
}

@Injectable()
export class BacklogOrderService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly tx: Transactions,
    @Inject(ChangeLogService) private readonly changeLog: ChangeLogService,
    @Inject(ProductsService) private readonly products: ProductsService,
    @Inject(ProductAccess) private readonly access: ProductAccess,
  ) {}

  /**
   * Moves one item next to an anchor. In the common case this writes one item row and one
   * order-change row; keys are generated here, inside the transaction, never by clients.
   */
  async move(actor: Actor, input: MoveBacklogItemInput): Promise<BacklogItemEntity> {
    const anchorId = input.afterItemId ?? input.beforeItemId;
    if ((input.afterItemId === undefined) === (input.beforeItemId === undefined)) {
      throw DomainError.field('beforeItemId', 'exactlyOne', 'give exactly one of beforeItemId or afterItemId');
    }
    if (anchorId === input.itemId) {
      throw DomainError.field(input.afterItemId ? 'afterItemId' : 'beforeItemId', 'notSelf', 'an item cannot be placed next to itself');
    }
    return this.tx.run(async (manager) => {
      const item = await this.readRow(manager, input.itemId);
      if (!item) throw DomainError.notFound('BacklogItem', input.itemId);
      await this.access.require(actor, item.productId, 'ORDER', { entity: 'BacklogItem', id: item.id }, manager);
      // One writer of a product's order at a time: on PostgreSQL the product row is locked
      // first (always in that order, so moves never deadlock), then the rows are read again
      // under the lock. Neighbour keys read after the lock cannot change under us, so two
      // moves into one gap never compute the same key. SQLite's write queue does the same.
      await this.products.lockProduct(manager, item.productId);
      const anchor = await this.readRow(manager, anchorId!);
      Object.assign(item, await this.readRow(manager, input.itemId));
      const anchorField = input.afterItemId ? 'afterItemId' : 'beforeItemId';
      if (!anchor || anchor.productId !== item.productId) {
        throw DomainError.field(anchorField, 'sameProduct', `${anchorField} must be an item of the same product`);
      }
      if (anchor.archivedAt !== null || item.archivedAt !== null) {
        throw DomainError.field(anchor.archivedAt ? anchorField : 'itemId', 'notArchived', 'archived items have no place in the order; restore them first');
      }
      if (item.version !== input.expectedVersion) {
        throw await this.changeLog.staleVersion(manager, 'BacklogItem', item.id, input.expectedVersion, item.version);
      }

      const from = await this.neighboursOf(manager, item.productId, item.rank, item.id);
      const to: Neighbours = input.afterItemId
        ? { after: { id: anchor.id, rank: anchor.rank }, before: await this.adjacent(manager, item.productId, anchor.rank, 'next', item.id) }
        : { after: await this.adjacent(manager, item.productId, anchor.rank, 'previous', item.id), before: { id: anchor.id, rank: anchor.rank } };

      let rank = rankBetween(to.after?.rank ?? null, to.before?.rank ?? null);
      if (rank.length > MAX_KEY_LENGTH) rank = await this.respread(manager, item, to);

      const result = await manager
        .createQueryBuilder()
        .update(BacklogItemEntity)
        .set({ rank, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: item.id, version: item.version })
        .execute();
      if (result.affected !== 1) throw await this.changeLog.staleVersion(manager, 'BacklogItem', item.id, item.version, item.version + 1);

      await manager.getRepository(OrderChangeEntity).insert({
        productId: item.productId,
        kind: 'MOVE',
        itemId: item.id,
        fromAfterId: from.after?.id ?? null,
        fromBeforeId: from.before?.id ?? null,
        toAfterId: to.after?.id ?? null,
        toBeforeId: to.before?.id ?? null,
        reason: input.reason ?? '',
        criterion: input.criterion ?? null,
        movedCount: null,
        actorUserId: actor.userId,
        actorLabel: actor.label,
      });
      return manager.getRepository(BacklogItemEntity).findOneByOrFail({ id: item.id });
    });
  }

  async history(actor: Actor, args: OrderHistoryArgs): Promise<OrderChangeEntity[]> {
    await this.access.require(actor, args.productId, 'READ');
    const qb = this.dataSource
      .getRepository(OrderChangeEntity)
      .createQueryBuilder('o')
      .where('o.productId = :productId', { productId: args.productId });
    return qb.orderBy('o.id', 'DESC').limit(args.first).getMany();
  }

  /** Order history of many items in one statement, for the per-request DataLoader. */
  async historyForItems(itemIds: readonly string[]): Promise<Map<string, OrderChangeEntity[]>> {
    const rows = await this.dataSource
      .getRepository(OrderChangeEntity)
      .createQueryBuilder('o')
      .where('o.itemId IN (:...ids)', { ids: [...itemIds] })
      .orderBy('o.id', 'DESC')
      .getMany();
    const map = new Map<string, OrderChangeEntity[]>();
    for (const row of rows) {
      const list = map.get(row.itemId!);
      if (list) list.push(row);
      else map.set(row.itemId!, [row]);
    }
    return map;
  }

  private readRow(manager: EntityManager, id: string): Promise<BacklogItemEntity | null> {
    return manager.getRepository(BacklogItemEntity).findOneBy({ id });
  }

  private async neighboursOf(manager: EntityManager, productId: string, rank: string, selfId: string): Promise<Neighbours> {
    return {
      after: await this.adjacent(manager, productId, rank, 'previous', selfId),
      before: await this.adjacent(manager, productId, rank, 'next', selfId),
    };
  }

  /** The nearest item before or after a rank, archived items included (they keep their keys). */
  private async adjacent(
    manager: EntityManager,
    productId: string,
    rank: string,
    direction: 'next' | 'previous',
    excludeId: string,
  ): Promise<{ id: string; rank: string } | null> {
    const row = await manager
      .getRepository(BacklogItemEntity)
      .createQueryBuilder('i')
      .select(['i.id', 'i.rank'])
      .where('i.productId = :productId', { productId })
      .andWhere(direction === 'next' ? 'i.rank > :rank' : 'i.rank < :rank', { rank })
      .andWhere('i.id <> :excludeId', { excludeId })
      .orderBy('i.rank', direction === 'next' ? 'ASC' : 'DESC')
      .limit(1)
      .getOne();
    return row ? { id: row.id, rank: row.rank } : null;
  }

  /**
   * Keys grow when many items are dropped into the same gap. Then the neighbourhood of the
   * gap (RESPREAD_RADIUS items each side) gets evenly spread keys between the first keys
   * outside it, in the same transaction; clients see the same order.
   */
  private async respread(manager: EntityManager, item: BacklogItemEntity, to: Neighbours): Promise<string> {
    const repo = manager.getRepository(BacklogItemEntity);
    const side = (direction: 'next' | 'previous', from: string | null, inclusive: boolean) => {
      if (from === null) return Promise.resolve([] as BacklogItemEntity[]);
      const op = direction === 'next' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
      return repo
        .createQueryBuilder('i')
        .select(['i.id', 'i.rank'])
        .where('i.productId = :productId', { productId: item.productId })
        .andWhere(`i.rank ${op} :rank`, { rank: from })
        .andWhere('i.id <> :id', { id: item.id })
        .orderBy('i.rank', direction === 'next' ? 'ASC' : 'DESC')
        .limit(RESPREAD_RADIUS + 1)
        .getMany();
    };
    const before = (await side('previous', to.after?.rank ?? null, true)).reverse();
    const after = await side('next', to.before?.rank ?? null, true);
    // The outermost fetched row on each side stays put and bounds the window (unless the list ends there).
    const lowerBound = before.length > RESPREAD_RADIUS ? before.shift()!.rank : null;
    const upperBound = after.length > RESPREAD_RADIUS ? after.pop()!.rank : null;
    const window = [...before.map((r) => r.id), item.id, ...after.map((r) => r.id)];
    const keys = ranksBetween(lowerBound, upperBound, window.length);
    // Two phases, so that no intermediate state collides with the unique (product, rank) index.
    for (const id of window) await repo.update({ id }, { rank: `~${id.replace(/-/g, '')}` });
    for (let i = 0; i < window.length; i++) {
      if (window[i] === item.id) continue;
      await repo.update({ id: window[i] }, { rank: keys[i] });
    }
    return keys[window.indexOf(item.id)];
  }
}
