import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { keyForMove, needsRebalance, planRespread } from '@backlog-studio/domain';
import { ProductAccess } from '../auth/product-access.service';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { BacklogItemEntity } from '../backlog/backlog-item.entity';
import { ITEM_COLUMN_LIST, itemFromRaw } from '../backlog/backlog-item.raw';
import { Transactions } from '../database/transactions';
import { ChangeLogService } from '../history/change-log.service';
import { ProductsService } from '../products/products.service';
import { MoveBacklogItemInput, OrderHistoryArgs } from './dto/ordering.inputs';
import { OrderChangeEntity } from './order-change.entity';
import { groupBy } from '../common/group-by';

/**
 * How many neighbours on each side a re-spread reads first; libs/domain's planRespread picks the
 * smallest window among them (usually a few rows), and the read widens only when they are too few.
 */
const RESPREAD_READ = 32;
/** Rows per re-spread statement: far below either engine's limit on bound parameters. */
const RESPREAD_CHUNK = 400;

interface Neighbours {
  after: { id: string; rank: string } | null;
  before: { id: string; rank: string } | null;
}

/** What a move reads of the item and of the anchor. */
interface Placed {
  id: string;
  productId: string;
  rank: string;
  version: number;
  /** Only compared with null (text on SQLite, a Date on PostgreSQL). */
  archivedAt: unknown;
}

/**
 * The move's statements, written once per engine (the text is the driver's prepared-statement
 * cache key). Placeholders are positional: `?` on SQLite, `$n` on PostgreSQL.
 */
function moveStatements(engine: 'sqlite' | 'postgres') {
  let n = 0;
  const p = (): string => (engine === 'postgres' ? `$${++n}` : '?');
  const statement = (build: () => string): string => {
    n = 0;
    return build();
  };
  // Nearest item before / after a key, the item itself left out (archived items keep their keys).
  const nearest = (side: 'previous' | 'next', label: string): string =>
    `SELECT '${label}' AS side, id, rank FROM (SELECT id, rank FROM backlog_item WHERE product_id = ${p()} AND rank ${side === 'next' ? '>' : '<'} ${p()} AND id <> ${p()} ` +
    `ORDER BY rank ${side === 'next' ? 'ASC' : 'DESC'} LIMIT 1) ${label}_row`;
  const neighbours = (anchorSide: 'previous' | 'next'): string =>
    statement(() => `${nearest('previous', 'previous')} UNION ALL ${nearest('next', 'next')} UNION ALL ${nearest(anchorSide, 'anchor')}`);
  return {
    pair: statement(() => `SELECT id, product_id AS "productId", rank, version, archived_at AS "archivedAt" FROM backlog_item WHERE id IN (${p()}, ${p()})`),
    /** The item's two neighbours, then the item after the anchor (when placed after it) … */
    neighboursAfter: neighbours('next'),
    /** … or the item before the anchor (when placed before it). */
    neighboursBefore: neighbours('previous'),
    // updated_at as TypeORM's update builder sets it for the entity's @UpdateDateColumn.
    move: statement(
      () => `UPDATE backlog_item SET rank = ${p()}, version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE id = ${p()} AND version = ${p()} RETURNING ${ITEM_COLUMN_LIST}`,
    ),
    // `at` takes the column default, as the entity's @CreateDateColumn does.
    orderChange: statement(
      () =>
        `INSERT INTO order_change (product_id, kind, item_id, from_after_id, from_before_id, to_after_id, to_before_id, reason, criterion, moved_count, actor_user_id, actor_label) ` +
        `VALUES (${p()}, 'MOVE', ${p()}, ${p()}, ${p()}, ${p()}, ${p()}, ${p()}, ${p()}, NULL, ${p()}, ${p()})`,
    ),
  };
}

@Injectable()
export class BacklogOrderService {
  private readonly sql: ReturnType<typeof moveStatements>;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly tx: Transactions,
    @Inject(ChangeLogService) private readonly changeLog: ChangeLogService,
    @Inject(ProductsService) private readonly products: ProductsService,
    @Inject(ProductAccess) private readonly access: ProductAccess,
  ) {
    this.sql = moveStatements(tx.engine);
  }

  /**
   * Moves one item next to an anchor. In the common case this writes one item row and one
   * order-change row; keys are generated here, inside the transaction, never by clients.
   *
   * Hand-written SQL on both engines, six statements inside the transaction in the common
   * case: the item and the anchor (a few columns, one SELECT), the caller's role, the product
   * lock, the three neighbour keys (one SELECT), the guarded UPDATE that returns the moved row,
   * and the order_change INSERT. PostgreSQL reads the item and the anchor once more under the lock.
   */
  async move(actor: Actor, input: MoveBacklogItemInput): Promise<BacklogItemEntity> {
    const anchorId = input.afterItemId ?? input.beforeItemId;
    if ((input.afterItemId === undefined) === (input.beforeItemId === undefined)) {
      throw DomainError.field('beforeItemId', 'exactlyOne', 'give exactly one of beforeItemId or afterItemId');
    }
    if (anchorId === input.itemId) {
      throw DomainError.field(input.afterItemId ? 'afterItemId' : 'beforeItemId', 'notSelf', 'an item cannot be placed next to itself');
    }
    const placeAfter = input.afterItemId !== undefined;
    return this.tx.run(async (manager) => {
      let [item, anchor] = await this.readPair(manager, input.itemId, anchorId!);
      if (!item) throw DomainError.notFound('BacklogItem', input.itemId);
      await this.access.require(actor, item.productId, 'ORDER', { entity: 'BacklogItem', id: item.id }, manager);
      // One writer of a product's order at a time: on PostgreSQL the product row is locked
      // first (always in that order, so moves never deadlock), then the rows are read again
      // under the lock. Neighbour keys read after the lock cannot change under us, so two
      // moves into one gap never compute the same key. On SQLite the write queue already
      // serialises transactions on the one connection, so the first read is the current one.
      await this.products.lockProduct(manager, item.productId);
      if (this.tx.engine === 'postgres') {
        [item, anchor] = await this.readPair(manager, input.itemId, anchorId!);
        if (!item) throw DomainError.notFound('BacklogItem', input.itemId);
      }
      const anchorField = placeAfter ? 'afterItemId' : 'beforeItemId';
      if (!anchor || anchor.productId !== item.productId) {
        throw DomainError.field(anchorField, 'sameProduct', `${anchorField} must be an item of the same product`);
      }
      if (anchor.archivedAt !== null || item.archivedAt !== null) {
        throw DomainError.field(anchor.archivedAt !== null ? anchorField : 'itemId', 'notArchived', 'archived items have no place in the order; restore them first');
      }
      if (item.version !== input.expectedVersion) {
        throw await this.changeLog.staleVersion(manager, 'BacklogItem', item.id, input.expectedVersion, item.version);
      }

      const { from, to } = await this.neighbours(manager, item, anchor, placeAfter);
      let rank = keyForMove(to.after?.rank ?? null, to.before?.rank ?? null);
      if (needsRebalance(rank)) rank = await this.respread(manager, item, to, rank);

      // The guarded write returns the stored row, so the answer needs no second read.
      const moved = await this.tx.rows(manager, this.sql.move, [rank, item.id, item.version]);
      if (moved.length !== 1) throw await this.changeLog.staleVersion(manager, 'BacklogItem', item.id, item.version, item.version + 1);

      await manager.query(this.sql.orderChange, [
        item.productId,
        item.id,
        from.after?.id ?? null,
        from.before?.id ?? null,
        to.after?.id ?? null,
        to.before?.id ?? null,
        input.reason ?? '',
        input.criterion ?? null,
        actor.userId,
        actor.label,
      ]);
      return itemFromRaw(moved[0]);
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
    return groupBy(rows, (row) => row.itemId!);
  }

  /** The item and the anchor: only the columns a move reads. */
  private async readPair(manager: EntityManager, itemId: string, anchorId: string): Promise<[Placed | null, Placed | null]> {
    const rows = await this.tx.rows(manager, this.sql.pair, [itemId, anchorId]);
    const byId = (id: string): Placed | null => {
      const row = rows.find((r) => r.id === id);
      return row
        ? { id: String(row.id), productId: String(row.productId), rank: String(row.rank), version: Number(row.version), archivedAt: row.archivedAt ?? null }
        : null;
    };
    return [byId(itemId), byId(anchorId)];
  }

  /**
   * The item's current neighbours and the anchor's neighbour on the far side, in one statement
   * (archived items included: they keep their keys).
   */
  private async neighbours(manager: EntityManager, item: Placed, anchor: Placed, placeAfter: boolean): Promise<{ from: Neighbours; to: Neighbours }> {
    const sql = placeAfter ? this.sql.neighboursAfter : this.sql.neighboursBefore;
    const rows = await this.tx.rows(manager, sql, [
      item.productId, item.rank, item.id,
      item.productId, item.rank, item.id,
      item.productId, anchor.rank, item.id,
    ]);
    const find = (side: string): { id: string; rank: string } | null => {
      const row = rows.find((r) => r.side === side);
      return row ? { id: String(row.id), rank: String(row.rank) } : null;
    };
    const placedAnchor = { id: anchor.id, rank: anchor.rank };
    return {
      from: { after: find('previous'), before: find('next') },
      to: placeAfter ? { after: placedAnchor, before: find('anchor') } : { after: find('anchor'), before: placedAnchor },
    };
  }

  /**
   * Keys grow when many items are dropped into the same gap. Then the smallest neighbourhood of
   * the gap whose evenly spread keys are short again (libs/domain's planRespread) gets them, in
   * the same transaction, between keys that stay put; clients see the same order.
   */
  private async respread(manager: EntityManager, item: Placed, to: Neighbours, rank: string): Promise<string> {
    const repo = manager.getRepository(BacklogItemEntity);
    const side = (direction: 'next' | 'previous', from: string | null, limit: number) => {
      if (from === null) return Promise.resolve([] as BacklogItemEntity[]);
      return repo
        .createQueryBuilder('i')
        .select(['i.id', 'i.rank'])
        .where('i.productId = :productId', { productId: item.productId })
        .andWhere(`i.rank ${direction === 'next' ? '>=' : '<='} :rank`, { rank: from })
        .andWhere('i.id <> :id', { id: item.id })
        .orderBy('i.rank', direction === 'next' ? 'ASC' : 'DESC')
        .limit(limit)
        .getMany();
    };
    for (let read = RESPREAD_READ; ; read *= 4) {
      // One row more than `read` on a side means the list goes on past it: that row stays put.
      const before = (await side('previous', to.after?.rank ?? null, read + 1)).reverse();
      const after = await side('next', to.before?.rank ?? null, read + 1);
      const slice = { start: before.length > read, end: after.length > read };
      const rows = [...before.map((r) => ({ id: r.id, rank: r.rank })), { id: item.id, rank }, ...after.map((r) => ({ id: r.id, rank: r.rank }))];
      const at = before.length;
      const plan = planRespread(rows.map((r) => r.rank), at, { slice });
      if (!plan.fits && (slice.start || slice.end)) continue;
      const window = rows.slice(plan.from, plan.to).map((r) => r.id);
      await this.writeRanks(
        manager,
        window.map((id, i) => ({ id, rank: plan.keys[i] })).filter((r) => r.id !== item.id),
        window,
      );
      return plan.keys[at - plan.from];
    }
  }

  /**
   * A re-spread's writes: only the keys change (the rows keep their version and updated_at, since
   * nobody edited them), one statement per phase and per chunk of rows. First every row of the
   * window takes a temporary key no real key can equal (`~` sorts after the key alphabet), then
   * the new keys, so no intermediate state collides with the unique (product, rank) index.
   */
  private async writeRanks(manager: EntityManager, ranks: { id: string; rank: string }[], window: string[]): Promise<void> {
    const list = (from: number, count: number) => Array.from({ length: count }, (_, i) => this.tx.param(from + i)).join(', ');
    for (let i = 0; i < window.length; i += RESPREAD_CHUNK) {
      const ids = window.slice(i, i + RESPREAD_CHUNK);
      await manager.query(`UPDATE backlog_item SET rank = '~' || replace(id, '-', '') WHERE id IN (${list(1, ids.length)})`, ids);
    }
    for (let i = 0; i < ranks.length; i += RESPREAD_CHUNK) {
      const chunk = ranks.slice(i, i + RESPREAD_CHUNK);
      const cases = chunk.map((_, k) => `WHEN ${this.tx.param(2 * k + 1)} THEN ${this.tx.param(2 * k + 2)}`).join(' ');
      const params = [...chunk.flatMap((r) => [r.id, r.rank]), ...chunk.map((r) => r.id)];
      await manager.query(`UPDATE backlog_item SET rank = CASE id ${cases} END WHERE id IN (${list(2 * chunk.length + 1, chunk.length)})`, params);
    }
  }
}
