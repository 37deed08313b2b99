import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { rankBetween, refinementGaps } from '@backlog-studio/domain';
import { ProductAccess } from '../auth/product-access.service';
import type { Actor } from '../common/actor';
import { DomainError, type FieldError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { ChangeLogService, diffSnapshots } from '../history/change-log.service';
import { ProductGoalEntity } from '../products/product-goal.entity';
import { ProductsService } from '../products/products.service';
import { BacklogItemEntity, refinableOf } from './backlog-item.entity';
import { ITEM_COLUMN_LIST, itemFromRaw, selectItemColumns } from './backlog-item.raw';
import { decodeCursor, encodeCursor } from './cursor';
import {
  ArchiveBacklogItemInput,
  BacklogItemsArgs,
  CreateBacklogItemInput,
  UpdateBacklogItemInput,
} from './dto/backlog-item.inputs';
import { ItemDependencyEntity } from './item-dependency.entity';
import { groupBy } from '../common/group-by';

export interface ItemPage {
  items: BacklogItemEntity[];
  hasNextPage: boolean;
  cursorOf: (item: BacklogItemEntity) => string;
  count: () => Promise<number>;
}

/** Entity column ← input path, which is also the field name in history and in errors. */
const EDITABLE: ReadonlyArray<[keyof BacklogItemEntity, string]> = [
  ['title', 'title'],
  ['description', 'description'],
  ['kind', 'kind'],
  ['status', 'status'],
  ['outcomeStatement', 'outcome.statement'],
  ['outcomeMetric', 'outcome.metric'],
  ['outcomeBaseline', 'outcome.baseline'],
  ['outcomeTarget', 'outcome.target'],
  ['outcomeCheckBy', 'outcome.checkBy'],
  ['output', 'output'],
  ['valueCustomer', 'value.customer'],
  ['valueBusiness', 'value.business'],
  ['valueTeam', 'value.team'],
  ['codUserBusinessValue', 'costOfDelay.userBusinessValue'],
  ['codTimeCriticality', 'costOfDelay.timeCriticality'],
  ['codRiskReduction', 'costOfDelay.riskReduction'],
  ['size', 'size'],
  ['risk', 'risk'],
  ['confidence', 'confidence'],
  ['moscow', 'moscow'],
  ['kano', 'kano'],
  ['acceptanceCriteria', 'acceptanceCriteria'],
  ['goalId', 'goalId'],
  ['parentId', 'parentId'],
];
const FIELD_NAME = new Map<string, string>(EDITABLE.map(([column, field]) => [column, field]));

type ItemPatch = Partial<Pick<BacklogItemEntity, (typeof EDITABLE)[number][0]>>;

/** Flattens a create/update input to entity columns; undefined = untouched, null = cleared. */
function toPatch(input: Partial<CreateBacklogItemInput & UpdateBacklogItemInput>): ItemPatch {
  const outcome = input.outcome;
  const value = input.value;
  const cod = input.costOfDelay;
  const nested = <T>(obj: Record<string, T> | null | undefined, key: string): T | null | undefined =>
    obj === null ? null : obj === undefined ? undefined : obj[key];
  const patch: Record<string, unknown> = {
    title: input.title,
    description: input.description,
    kind: input.kind,
    status: input.status,
    outcomeStatement: nested(outcome as never, 'statement'),
    outcomeMetric: nested(outcome as never, 'metric'),
    outcomeBaseline: nested(outcome as never, 'baseline'),
    outcomeTarget: nested(outcome as never, 'target'),
    outcomeCheckBy: nested(outcome as never, 'checkBy'),
    output: input.output,
    valueCustomer: nested(value as never, 'customer'),
    valueBusiness: nested(value as never, 'business'),
    valueTeam: nested(value as never, 'team'),
    codUserBusinessValue: nested(cod as never, 'userBusinessValue'),
    codTimeCriticality: nested(cod as never, 'timeCriticality'),
    codRiskReduction: nested(cod as never, 'riskReduction'),
    size: input.size,
    risk: input.risk,
    confidence: input.confidence,
    moscow: input.moscow,
    kano: input.kano,
    acceptanceCriteria: input.acceptanceCriteria,
    goalId: input.goalId,
    parentId: input.parentId,
  };
  for (const key of Object.keys(patch)) if (patch[key] === undefined) delete patch[key];
  return patch as ItemPatch;
}

@Injectable()
export class BacklogItemsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly tx: Transactions,
    @Inject(ChangeLogService) private readonly changeLog: ChangeLogService,
    @Inject(ProductsService) private readonly products: ProductsService,
    @Inject(ProductAccess) private readonly access: ProductAccess,
  ) {}

  /** A keyset page in backlog order: `rank > after`, never OFFSET, no count unless asked. */
  async list(actor: Actor, args: BacklogItemsArgs): Promise<ItemPage> {
    await this.access.require(actor, args.productId, 'READ');
    const repo = this.dataSource.getRepository(BacklogItemEntity);
    const filtered = () => {
      const qb = repo.createQueryBuilder('i').where('i.productId = :productId', { productId: args.productId });
      const f = args.filter;
      qb.andWhere(f?.archived ? 'i.archivedAt IS NOT NULL' : 'i.archivedAt IS NULL');
      if (f?.status?.length) qb.andWhere('i.status IN (:...status)', { status: f.status });
      if (f?.kind?.length) qb.andWhere('i.kind IN (:...kind)', { kind: f.kind });
      if (f?.goalId) qb.andWhere('i.goalId = :goalId', { goalId: f.goalId });
      const text = f?.text?.trim();
      if (text) {
        const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        qb.andWhere(`LOWER(i.title) LIKE :pattern ESCAPE '\\'`, { pattern });
      }
      return qb;
    };
    const page = filtered();
    if (args.after) page.andWhere('i.rank > :after', { after: decodeCursor(args.after) });
    const rows = (await selectItemColumns(page, 'i').orderBy('i.rank', 'ASC').limit(args.first + 1).getRawMany()).map(itemFromRaw);
    const hasNextPage = rows.length > args.first;
    return {
      items: hasNextPage ? rows.slice(0, args.first) : rows,
      hasNextPage,
      cursorOf: (item) => encodeCursor(item.rank),
      count: () => filtered().getCount(),
    };
  }

  async get(actor: Actor, id: string): Promise<BacklogItemEntity> {
    const item = await this.dataSource.getRepository(BacklogItemEntity).findOneBy({ id });
    if (!item) throw DomainError.notFound('BacklogItem', id);
    await this.access.require(actor, item.productId, 'READ', { entity: 'BacklogItem', id });
    return item;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, BacklogItemEntity>> {
    const rows = await this.dataSource.getRepository(BacklogItemEntity).findBy({ id: In([...ids]) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  async childrenOf(parentIds: readonly string[]): Promise<Map<string, BacklogItemEntity[]>> {
    const rows = await this.dataSource
      .getRepository(BacklogItemEntity)
      .find({ where: { parentId: In([...parentIds]) }, order: { rank: 'ASC' } });
    return groupBy(rows, (r) => r.parentId!);
  }

  /** The items each given item depends on, in one statement. */
  async dependenciesOf(itemIds: readonly string[]): Promise<Map<string, BacklogItemEntity[]>> {
    const rows = await this.dataSource
      .getRepository(BacklogItemEntity)
      .createQueryBuilder('i')
      .innerJoin(ItemDependencyEntity, 'd', 'd.dependsOnId = i.id')
      .addSelect('d.itemId', 'dependent_id')
      .where('d.itemId IN (:...ids)', { ids: [...itemIds] })
      .orderBy('i.rank', 'ASC')
      .getRawAndEntities();
    const map = new Map<string, BacklogItemEntity[]>();
    rows.entities.forEach((entity, i) => {
      const dependent = String((rows.raw[i] as Record<string, unknown>).dependent_id);
      const list = map.get(dependent);
      if (list) list.push(entity);
      else map.set(dependent, [entity]);
    });
    return map;
  }

  async create(actor: Actor, input: CreateBacklogItemInput): Promise<BacklogItemEntity> {
    const patch = toPatch(input);
    await this.access.require(actor, input.productId, 'CREATE_ITEM');
    return this.tx.run(async (manager) => {
      await this.products.lockProduct(manager, input.productId);
      await this.checkReferences(manager, input.productId, null, patch);
      const item = manager.getRepository(BacklogItemEntity).create({
        id: randomUUID(),
        productId: input.productId,
        title: input.title,
        description: '',
        kind: 'FEATURE',
        status: 'IDEA',
        outcomeStatement: null,
        outcomeMetric: null,
        outcomeBaseline: null,
        outcomeTarget: null,
        outcomeCheckBy: null,
        output: null,
        valueCustomer: null,
        valueBusiness: null,
        valueTeam: null,
        codUserBusinessValue: null,
        codTimeCriticality: null,
        codRiskReduction: null,
        size: null,
        risk: null,
        confidence: null,
        moscow: null,
        kano: null,
        acceptanceCriteria: [],
        goalId: null,
        parentId: null,
        archivedAt: null,
        version: 1,
        ...patch,
        rank: await this.nextRank(manager, input.productId),
      });
      this.checkReadiness(item);
      await manager.getRepository(BacklogItemEntity).insert(item);
      await this.changeLog.record(manager, actor, this.target(item), [
        { field: 'created', oldValue: null, newValue: item.title },
      ]);
      return manager.getRepository(BacklogItemEntity).findOneByOrFail({ id: item.id });
    });
  }

  async update(actor: Actor, input: UpdateBacklogItemInput): Promise<BacklogItemEntity> {
    const patch = toPatch(input);
    return this.tx.run(async (manager) => {
      const current = await this.lockItem(manager, input.id);
      await this.access.require(actor, current.productId, 'EDIT_ITEM', { entity: 'BacklogItem', id: current.id }, manager);
      if (current.version !== input.expectedVersion) {
        throw await this.changeLog.staleVersion(manager, 'BacklogItem', current.id, input.expectedVersion, current.version);
      }
      await this.checkReferences(manager, current.productId, current.id, patch);
      this.checkReadiness({ ...current, ...patch });
      const before = Object.fromEntries(Object.keys(patch).map((k) => [k, current[k as keyof BacklogItemEntity]]));
      const changes = diffSnapshots(before, patch as Record<string, unknown>).map((c) => ({
        ...c,
        field: FIELD_NAME.get(c.field) ?? c.field,
      }));
      if (changes.length === 0) return current;
      const changedColumns = Object.fromEntries(
        diffSnapshots(before, patch as Record<string, unknown>).map((c) => [c.field, c.newValue]),
      );
      const stored = await this.writeVersioned(manager, current, changedColumns);
      await this.changeLog.record(manager, actor, { ...this.target(current), version: current.version + 1 }, changes);
      return stored;
    });
  }

  archive(actor: Actor, input: ArchiveBacklogItemInput): Promise<BacklogItemEntity> {
    return this.setArchived(actor, input, true);
  }

  restore(actor: Actor, input: ArchiveBacklogItemInput): Promise<BacklogItemEntity> {
    return this.setArchived(actor, input, false);
  }

  private async setArchived(actor: Actor, input: ArchiveBacklogItemInput, archive: boolean): Promise<BacklogItemEntity> {
    return this.tx.run(async (manager) => {
      const current = await this.lockItem(manager, input.id);
      await this.access.require(actor, current.productId, 'ARCHIVE_ITEM', { entity: 'BacklogItem', id: current.id }, manager);
      if (input.expectedVersion !== undefined && current.version !== input.expectedVersion) {
        throw await this.changeLog.staleVersion(manager, 'BacklogItem', current.id, input.expectedVersion, current.version);
      }
      if ((current.archivedAt !== null) === archive) {
        throw DomainError.field('id', archive ? 'notArchived' : 'archived', archive ? 'The item is already archived' : 'The item is not archived');
      }
      const archivedAt = archive ? new Date() : null;
      const stored = await this.writeVersioned(manager, current, { archivedAt });
      await this.changeLog.record(manager, actor, { ...this.target(current), version: current.version + 1 }, [
        { field: archive ? 'archived' : 'restored', oldValue: current.archivedAt, newValue: archivedAt },
      ]);
      return stored;
    });
  }

  /**
   * `UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ? RETURNING …`: TypeORM's
   * version column lets a stale save() overwrite a newer write; this guard cannot. The builder
   * writes the SET (column names, value conversion, updated_at); RETURNING, which TypeORM's
   * SQLite driver does not offer, gives back the stored row in the same statement on both engines.
   */
  async writeVersioned(manager: EntityManager, current: BacklogItemEntity, set: Record<string, unknown>): Promise<BacklogItemEntity> {
    const [sql, params] = manager
      .createQueryBuilder()
      .update(BacklogItemEntity)
      .set({ ...(set as Partial<BacklogItemEntity>), version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: current.id, version: current.version })
      .updateEntity(false)
      .getQueryAndParameters();
    const [row] = await this.tx.rows(manager, `${sql} RETURNING ${ITEM_COLUMN_LIST}`, params);
    if (!row) throw await this.changeLog.staleVersion(manager, 'BacklogItem', current.id, current.version, current.version + 1);
    return itemFromRaw(row);
  }

  /** The item, locked for this transaction on PostgreSQL (SQLite's write queue serialises anyway); every item write reads it first. */
  async lockItem(manager: EntityManager, id: string): Promise<BacklogItemEntity> {
    const rows = (await manager.query(`SELECT ${ITEM_COLUMN_LIST} FROM backlog_item WHERE id = ${this.tx.param(1)}${this.tx.lockClause()}`, [id])) as Record<string, unknown>[];
    if (!rows[0]) throw DomainError.notFound('BacklogItem', id);
    return itemFromRaw(rows[0]);
  }

  private async nextRank(manager: EntityManager, productId: string): Promise<string> {
    const last = await manager
      .getRepository(BacklogItemEntity)
      .createQueryBuilder('i')
      .select('i.rank', 'rank')
      .where('i.productId = :productId', { productId })
      .orderBy('i.rank', 'DESC')
      .limit(1)
      .getRawOne<{ rank: string }>();
    return rankBetween(last?.rank ?? null, null);
  }

  /** Goal and parent must belong to the same product; a parent may not be the item or its descendant. */
  private async checkReferences(
    manager: EntityManager,
    productId: string,
    itemId: string | null,
    patch: ItemPatch,
  ): Promise<void> {
    const errors: FieldError[] = [];
    if (patch.goalId) {
      const goal = await manager.getRepository(ProductGoalEntity).findOneBy({ id: patch.goalId });
      if (!goal || goal.productId !== productId) {
        errors.push({ field: 'goalId', rule: 'sameProduct', message: 'goalId must be a Product Goal of the same product' });
      }
    }
    if (patch.parentId) {
      let cursor: string | null = patch.parentId;
      for (let depth = 0; cursor && depth < 100; depth++) {
        if (cursor === itemId) {
          errors.push({ field: 'parentId', rule: 'noCycle', message: 'an item cannot be split from itself or from one of its children' });
          break;
        }
        const parent: BacklogItemEntity | null = await manager.getRepository(BacklogItemEntity).findOneBy({ id: cursor });
        if (!parent || parent.productId !== productId) {
          if (depth === 0) errors.push({ field: 'parentId', rule: 'sameProduct', message: 'parentId must be an item of the same product' });
          break;
        }
        cursor = parent.parentId;
      }
    }
    if (errors.length) throw DomainError.badInput(errors);
  }

  /** An item becomes ready only with a stated outcome and a value (CSPO C5.7). */
  private checkReadiness(item: BacklogItemEntity): void {
    if (item.status !== 'READY') return;
    const gaps = refinementGaps(refinableOf(item));
    if (gaps.length) {
      throw DomainError.field(
        'status',
        'readyNeedsOutcomeAndValue',
        `An item becomes READY only with ${gaps.map((g) => (g === 'OUTCOME' ? 'a stated outcome (statement, metric, target, check-by date)' : 'a value')).join(' and ')}`,
      );
    }
  }

  /** The change-log target of an item at its current version. */
  target(item: BacklogItemEntity) {
    return { productId: item.productId, entityType: 'BACKLOG_ITEM' as const, entityId: item.id, version: item.version };
  }
}
