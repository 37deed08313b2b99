import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  DependencyCycleError,
  ORDERING_STRATEGIES,
  orderFingerprint,
  proposeOrder,
  wouldCreateCycle,
  type Dependency,
  type OrderableItem,
  type OrderingStrategy,
} from '@backlog-studio/domain';
import { ProductAccess } from '../auth/product-access.service';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { BacklogItemEntity } from '../backlog/backlog-item.entity';
import { ItemDependencyEntity } from '../backlog/item-dependency.entity';
import { Transactions } from '../database/transactions';
import { ProductsService } from '../products/products.service';
import { DependencyInput } from './dto/ordering.inputs';
import { OrderChangeEntity } from './order-change.entity';
import type { AppliedOrder, ApplyProposedOrderInput, ProposedOrder, ProposedOrderArgs } from './proposed-order.model';

/** One item as a proposal reads it: no title (only the returned items need theirs), no rank unless applying. */
interface Row extends OrderableItem {
  id: string;
  version: number;
  /** status = 'DONE': 1/0 on SQLite, a boolean on PostgreSQL. */
  done: number | boolean;
  rank?: string;
}

/** The columns each strategy scores by (scoreBy reads nothing else). */
const STRATEGY_COLUMNS: Record<OrderingStrategy, string> = {
  WSJF: 'cod_user_business_value AS "userBusinessValue", cod_time_criticality AS "timeCriticality", cod_risk_reduction AS "riskReduction", size',
  CD3: 'cod_user_business_value AS "userBusinessValue", cod_time_criticality AS "timeCriticality", cod_risk_reduction AS "riskReduction", size',
  VALUE: 'value_customer AS "valueCustomer", value_business AS "valueBusiness", value_team AS "valueTeam"',
  MOSCOW: 'moscow',
};

/** Rows rewritten per UPDATE … CASE statement when an order is applied. */
const CHUNK = 400;

/** The items a proposal orders: the not-done ones, in backlog order. */
function openRows(rows: readonly Row[]): Row[] {
  const open: Row[] = [];
  for (const row of rows) if (!row.done) open.push(row);
  return open;
}

@Injectable()
export class ProposalsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly tx: Transactions,
    @Inject(ProductAccess) private readonly access: ProductAccess,
    @Inject(ProductsService) private readonly products: ProductsService,
  ) {}

  async propose(actor: Actor, args: ProposedOrderArgs): Promise<ProposedOrder> {
    await this.access.require(actor, args.productId, 'READ');
    const manager = this.dataSource.manager;
    const rows = await this.rows(manager, args.productId, args.strategy, false);
    const dependencies = await this.dependencies(manager, args.productId);
    const open = openRows(rows);
    // Only the first `limit` items are listed (and explained); the rest of the proposal covers all.
    const proposal = this.computeProposal(args.strategy, open, dependencies, { ...args.options, limit: args.options?.limit ?? 100 });
    const shown = proposal.items;
    const titles = await this.titles(manager, shown.map((i) => i.id));
    return {
      strategy: args.strategy,
      orderVersion: orderFingerprint(rows),
      itemCount: open.length,
      items: shown.map((i) => ({ ...i, title: titles.get(i.id) ?? '' })),
      distance: proposal.distance,
      invertedPairs: proposal.invertedPairs.map(([currentlyFirstId, proposedFirstId]) => ({ currentlyFirstId, proposedFirstId })),
      dependencyOverrides: proposal.overrides.map((o) => ({ itemId: o.itemId, dependantId: o.dependantId, displacedId: o.displacedId ?? null, explanation: o.explanation })),
      sensitivity: proposal.sensitivity
        ? {
            stable: proposal.sensitivity.stable,
            topN: [...proposal.sensitivity.topN],
            entering: [...proposal.sensitivity.worstCase.entering],
            leaving: [...proposal.sensitivity.worstCase.leaving],
            explanation: proposal.sensitivity.explanation,
          }
        : null,
    };
  }

  /**
   * Accepts a proposal as one order change. Done items keep their places; the other places keep
   * their rank keys and receive the proposed items in order, so no key grows. Refused with
   * CONFLICT when the backlog changed since the proposal was computed.
   */
  async apply(actor: Actor, input: ApplyProposedOrderInput): Promise<AppliedOrder> {
    await this.access.require(actor, input.productId, 'ACCEPT_PROPOSED_ORDER');
    return this.tx.run(async (manager) => {
      await this.products.lockProduct(manager, input.productId);
      const rows = await this.rows(manager, input.productId, input.strategy, true);
      const current = orderFingerprint(rows);
      if (current !== input.basedOnOrderVersion) {
        throw DomainError.conflict('The backlog changed since this proposal was computed; look at the new proposal before applying it', {
          currentOrderVersion: current,
        });
      }
      const open = openRows(rows);
      const proposal = this.computeProposal(input.strategy, open, await this.dependencies(manager, input.productId));
      const slots = open.map((r) => r.rank!);
      const byId = new Map(open.map((r) => [r.id, r.rank!]));
      const changes = proposal.items
        .map((p, i) => ({ id: p.id, from: byId.get(p.id)!, to: slots[i] }))
        .filter((c) => c.from !== c.to);
      // Two phases (temporary keys, then final keys) so that the unique (product, rank) index
      // never sees two rows with one key in between.
      await this.rewriteRanks(manager, changes.map((c) => ({ id: c.id, rank: `~${c.id.replace(/-/g, '')}` })), false);
      await this.rewriteRanks(manager, changes.map((c) => ({ id: c.id, rank: c.to })), true);
      await manager.getRepository(OrderChangeEntity).insert({
        productId: input.productId,
        kind: 'PROPOSED_ORDER',
        itemId: null,
        fromAfterId: null,
        fromBeforeId: null,
        toAfterId: null,
        toBeforeId: null,
        reason: `Applied the proposed order by ${ORDERING_STRATEGIES[input.strategy]}`,
        criterion: input.strategy,
        movedCount: changes.length,
        actorUserId: actor.userId,
        actorLabel: actor.label,
      });
      return { movedCount: changes.length, orderVersion: orderFingerprint(await this.rows(manager, input.productId, input.strategy, false)) };
    });
  }

  async addDependency(actor: Actor, input: DependencyInput): Promise<BacklogItemEntity> {
    if (input.itemId === input.dependsOnId) throw DomainError.field('dependsOnId', 'noCycle', 'an item cannot depend on itself');
    return this.tx.run(async (manager) => {
      const repo = manager.getRepository(BacklogItemEntity);
      const item = await repo.findOneBy({ id: input.itemId });
      if (!item) throw DomainError.notFound('BacklogItem', input.itemId);
      await this.access.require(actor, item.productId, 'EDIT_ITEM', { entity: 'BacklogItem', id: item.id }, manager);
      await this.products.lockProduct(manager, item.productId);
      const prerequisite = await repo.findOneBy({ id: input.dependsOnId });
      if (!prerequisite || prerequisite.productId !== item.productId) {
        throw DomainError.field('dependsOnId', 'sameProduct', 'dependsOnId must be an item of the same product');
      }
      const existing = await this.dependencies(manager, item.productId);
      const cycle = wouldCreateCycle(existing, item.id, prerequisite.id);
      if (cycle) {
        const titles = new Map((await repo.findBy(cycle.map((id) => ({ id })))).map((r) => [r.id, r.title]));
        throw DomainError.badInput([
          {
            field: 'dependsOnId',
            rule: 'noCycle',
            message: `this dependency would close a cycle: ${[...cycle, cycle[0]].map((id) => `"${titles.get(id) ?? id}"`).join(' → ')}`,
          },
        ]);
      }
      if (!existing.some(([a, b]) => a === item.id && b === prerequisite.id)) {
        await manager.getRepository(ItemDependencyEntity).insert({ itemId: item.id, dependsOnId: prerequisite.id, productId: item.productId });
      }
      return item;
    });
  }

  async removeDependency(actor: Actor, input: DependencyInput): Promise<BacklogItemEntity> {
    return this.tx.run(async (manager) => {
      const item = await manager.getRepository(BacklogItemEntity).findOneBy({ id: input.itemId });
      if (!item) throw DomainError.notFound('BacklogItem', input.itemId);
      await this.access.require(actor, item.productId, 'EDIT_ITEM', { entity: 'BacklogItem', id: item.id }, manager);
      const result = await manager.getRepository(ItemDependencyEntity).delete({ itemId: input.itemId, dependsOnId: input.dependsOnId });
      if (!result.affected) throw DomainError.field('dependsOnId', 'exists', 'the item does not depend on that item');
      return item;
    });
  }

  private computeProposal(strategy: ProposedOrderArgs['strategy'], open: Row[], dependencies: Dependency[], options?: ProposedOrderArgs['options']) {
    try {
      return proposeOrder(strategy, open, dependencies, { topN: options?.topN ?? 10, invertedPairsLimit: options?.invertedPairsLimit ?? 50, limit: options?.limit });
    } catch (error) {
      if (error instanceof DependencyCycleError) {
        throw DomainError.field('productId', 'noCycle', `the dependencies form a cycle: ${error.cycle.join(' → ')}`);
      }
      throw error;
    }
  }

  /**
   * Every item of the product that is not archived, in backlog order: id, version, whether it is
   * done, the columns `strategy` scores by, and the rank when applying. Hand-written SQL read as
   * plain rows: no entity hydration, no copy per row.
   */
  private async rows(manager: EntityManager, productId: string, strategy: OrderingStrategy, withRank: boolean): Promise<Row[]> {
    const rows: Row[] = await manager.query(
      `SELECT id, version, status = 'DONE' AS done, ${STRATEGY_COLUMNS[strategy]}${withRank ? ', rank' : ''} ` +
        `FROM backlog_item WHERE product_id = ${this.tx.param(1)} AND archived_at IS NULL ORDER BY rank`,
      [productId],
    );
    for (const row of rows) {
      if (typeof row.version !== 'number') row.version = Number(row.version);
      if (row.size !== undefined && row.size !== null && typeof row.size !== 'number') (row as { size: number }).size = Number(row.size);
    }
    return rows;
  }

  /** Titles of the items a proposal shows (at most `limit`, 500). */
  private async titles(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; title: string }[] = await manager.query(
      `SELECT id, title FROM backlog_item WHERE id IN (${ids.map((_, i) => this.tx.param(i + 1)).join(', ')})`,
      [...ids],
    );
    return new Map(rows.map((r) => [r.id, r.title]));
  }

  private async dependencies(manager: EntityManager, productId: string): Promise<Dependency[]> {
    const rows: { itemId: string; dependsOnId: string }[] = await manager.query(
      `SELECT item_id AS "itemId", depends_on_id AS "dependsOnId" FROM item_dependency WHERE product_id = ${this.tx.param(1)}`,
      [productId],
    );
    return rows.map((r) => [r.itemId, r.dependsOnId] as const);
  }

  private async rewriteRanks(manager: EntityManager, rows: { id: string; rank: string }[], bumpVersion: boolean): Promise<void> {
    const pg = this.tx.engine === 'postgres';
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const params: string[] = [];
      const p = (value: string): string => {
        params.push(value);
        return pg ? `$${params.length}` : '?';
      };
      const cases = chunk.map((r) => `WHEN ${p(r.id)} THEN ${p(r.rank)}`).join(' ');
      const ids = chunk.map((r) => p(r.id)).join(', ');
      await manager.query(
        `UPDATE backlog_item SET rank = CASE id ${cases} END${bumpVersion ? ', version = version + 1' : ''} WHERE id IN (${ids})`,
        params,
      );
    }
  }
}
