import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { MembershipsService } from '../auth/memberships.service';
import { ProductAccess } from '../auth/product-access.service';
import { isUniqueViolation } from '../database/db-errors';
import { Transactions } from '../database/transactions';
import { ChangeLogService, diffSnapshots } from '../history/change-log.service';
import {
  CreateProductGoalInput,
  CreateProductInput,
  SetProductVisionInput,
  UpdateProductGoalInput,
  UpdateProductInput,
} from './dto/product.inputs';
import { ProductGoalEntity } from './product-goal.entity';
import { ProductEntity } from './product.entity';
import { groupBy } from '../common/group-by';

type ProductSnapshot = Pick<
  ProductEntity,
  'name' | 'description' | 'vision' | 'targetGroup' | 'needs' | 'productSummary' | 'businessGoals'
>;
type GoalSnapshot = Pick<ProductGoalEntity, 'statement' | 'measure' | 'targetDate' | 'status'>;

const PRODUCT_FIELDS: Record<keyof ProductSnapshot, string> = {
  name: 'name',
  description: 'description',
  vision: 'vision.vision',
  targetGroup: 'vision.targetGroup',
  needs: 'vision.needs',
  productSummary: 'vision.product',
  businessGoals: 'vision.businessGoals',
};

const ONE_ACTIVE_GOAL = 'A product has at most one active Product Goal: fulfil or abandon the active one first';

@Injectable()
export class ProductsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly tx: Transactions,
    @Inject(ChangeLogService) private readonly changeLog: ChangeLogService,
    @Inject(ProductAccess) private readonly access: ProductAccess,
    @Inject(MembershipsService) private readonly memberships: MembershipsService,
  ) {}

  /** The products the caller belongs to, by name. */
  async list(actor: Actor): Promise<ProductEntity[]> {
    const ids = await this.access.productIds(actor);
    if (ids.length === 0) return [];
    return this.dataSource.getRepository(ProductEntity).find({ where: { id: In(ids) }, order: { name: 'ASC', id: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<ProductEntity> {
    await this.access.require(actor, id, 'READ');
    const product = await this.dataSource.getRepository(ProductEntity).findOneBy({ id });
    if (!product) throw DomainError.notFound('Product', id);
    return product;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, ProductEntity>> {
    const rows = await this.dataSource.getRepository(ProductEntity).findBy({ id: In([...ids]) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Locks the product row (PostgreSQL) so that writes scoped to one product serialise. */
  async lockProduct(manager: EntityManager, productId: string): Promise<void> {
    const rows: unknown[] = await manager.query(
      `SELECT id FROM product WHERE id = ${this.tx.param(1)}${this.tx.lockClause()}`,
      [productId],
    );
    if (rows.length === 0) throw DomainError.notFound('Product', productId);
  }

  async create(actor: Actor, input: CreateProductInput): Promise<ProductEntity> {
    return this.tx.run(async (manager) => {
      const product = manager.getRepository(ProductEntity).create({
        id: randomUUID(),
        name: input.name,
        description: input.description ?? '',
        vision: input.vision?.vision ?? '',
        targetGroup: input.vision?.targetGroup ?? '',
        needs: input.vision?.needs ?? '',
        productSummary: input.vision?.product ?? '',
        businessGoals: input.vision?.businessGoals ?? '',
        version: 1,
      });
      await manager.getRepository(ProductEntity).insert(product);
      await this.memberships.addOwner(manager, product.id, actor);
      await this.changeLog.record(manager, actor, this.target(product), [
        { field: 'created', oldValue: null, newValue: product.name },
      ]);
      return manager.getRepository(ProductEntity).findOneByOrFail({ id: product.id });
    });
  }

  async update(actor: Actor, input: UpdateProductInput): Promise<ProductEntity> {
    await this.access.require(actor, input.id, 'EDIT_PRODUCT');
    return this.applyProductChange(actor, input.id, input.expectedVersion, {
      name: input.name,
      description: input.description,
    });
  }

  async setVision(actor: Actor, input: SetProductVisionInput): Promise<ProductEntity> {
    await this.access.require(actor, input.productId, 'EDIT_PRODUCT');
    return this.applyProductChange(actor, input.productId, input.expectedVersion, {
      vision: input.vision,
      targetGroup: input.targetGroup,
      needs: input.needs,
      productSummary: input.product,
      businessGoals: input.businessGoals,
    });
  }

  private async applyProductChange(
    actor: Actor,
    id: string,
    expectedVersion: number | undefined,
    patch: Partial<ProductSnapshot>,
  ): Promise<ProductEntity> {
    return this.tx.run(async (manager) => {
      await this.lockProduct(manager, id);
      const repo = manager.getRepository(ProductEntity);
      const current = await repo.findOneByOrFail({ id });
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw await this.changeLog.staleVersion(manager, 'Product', id, expectedVersion, current.version);
      }
      const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<ProductSnapshot>;
      const before = Object.fromEntries(Object.keys(set).map((k) => [k, current[k as keyof ProductSnapshot]]));
      const changes = diffSnapshots(before, set).map((c) => ({
        ...c,
        field: PRODUCT_FIELDS[c.field as keyof ProductSnapshot],
      }));
      if (changes.length === 0) return current;
      const result = await manager
        .createQueryBuilder()
        .update(ProductEntity)
        .set({ ...set, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: current.version })
        .execute();
      if (result.affected !== 1) throw await this.changeLog.staleVersion(manager, 'Product', id, current.version, current.version + 1);
      await this.changeLog.record(manager, actor, { ...this.target(current), version: current.version + 1 }, changes);
      return repo.findOneByOrFail({ id });
    });
  }

  async goalsFor(productIds: readonly string[]): Promise<Map<string, ProductGoalEntity[]>> {
    const rows = await this.dataSource
      .getRepository(ProductGoalEntity)
      .find({ where: { productId: In([...productIds]) }, order: { createdAt: 'DESC', id: 'ASC' } });
    return groupBy(rows, (row) => row.productId);
  }

  async goalsByIds(ids: readonly string[]): Promise<Map<string, ProductGoalEntity>> {
    const rows = await this.dataSource.getRepository(ProductGoalEntity).findBy({ id: In([...ids]) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  async createGoal(actor: Actor, input: CreateProductGoalInput): Promise<ProductGoalEntity> {
    const status = input.status ?? 'ACTIVE';
    await this.access.require(actor, input.productId, 'EDIT_PRODUCT');
    return this.guardOneActive(() =>
      this.tx.run(async (manager) => {
        await this.lockProduct(manager, input.productId);
        if (status === 'ACTIVE') await this.assertNoOtherActive(manager, input.productId, null);
        const goal = manager.getRepository(ProductGoalEntity).create({
          id: randomUUID(),
          productId: input.productId,
          statement: input.statement,
          measure: input.measure ?? '',
          targetDate: input.targetDate ?? null,
          status,
          version: 1,
        });
        await manager.getRepository(ProductGoalEntity).insert(goal);
        await this.changeLog.record(manager, actor, this.goalTarget(goal), [
          { field: 'created', oldValue: null, newValue: goal.statement },
        ]);
        return manager.getRepository(ProductGoalEntity).findOneByOrFail({ id: goal.id });
      }),
    );
  }

  async updateGoal(actor: Actor, input: UpdateProductGoalInput): Promise<ProductGoalEntity> {
    return this.guardOneActive(() =>
      this.tx.run(async (manager) => {
        const repo = manager.getRepository(ProductGoalEntity);
        const existing = await repo.findOneBy({ id: input.id });
        if (!existing) throw DomainError.notFound('ProductGoal', input.id);
        await this.access.require(actor, existing.productId, 'EDIT_PRODUCT', { entity: 'ProductGoal', id: input.id }, manager);
        await this.lockProduct(manager, existing.productId);
        const current = await repo.findOneByOrFail({ id: input.id });
        if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
          throw await this.changeLog.staleVersion(manager, 'ProductGoal', current.id, input.expectedVersion, current.version);
        }
        const patch: Partial<GoalSnapshot> = {};
        if (input.statement !== undefined) patch.statement = input.statement;
        if (input.measure !== undefined) patch.measure = input.measure;
        if (input.targetDate !== undefined) patch.targetDate = input.targetDate;
        if (input.status !== undefined) patch.status = input.status;
        if (patch.status === 'ACTIVE' && current.status !== 'ACTIVE') {
          await this.assertNoOtherActive(manager, current.productId, current.id);
        }
        const before = Object.fromEntries(Object.keys(patch).map((k) => [k, current[k as keyof GoalSnapshot]]));
        const changes = diffSnapshots(before, patch);
        if (changes.length === 0) return current;
        const result = await manager
          .createQueryBuilder()
          .update(ProductGoalEntity)
          .set({ ...patch, version: () => 'version + 1' })
          .where('id = :id AND version = :version', { id: current.id, version: current.version })
          .execute();
        if (result.affected !== 1) throw await this.changeLog.staleVersion(manager, 'ProductGoal', current.id, current.version, current.version + 1);
        await this.changeLog.record(manager, actor, { ...this.goalTarget(current), version: current.version + 1 }, changes);
        return repo.findOneByOrFail({ id: current.id });
      }),
    );
  }

  private async assertNoOtherActive(manager: EntityManager, productId: string, exceptId: string | null): Promise<void> {
    const active = await manager.getRepository(ProductGoalEntity).findOneBy({ productId, status: 'ACTIVE' });
    if (active && active.id !== exceptId) {
      throw DomainError.badInput([{ field: 'status', rule: 'oneActiveGoal', message: `${ONE_ACTIVE_GOAL} (${active.id})` }]);
    }
  }

  /** The partial unique index is the last line of defence when two writers race. */
  private async guardOneActive<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw DomainError.badInput([{ field: 'status', rule: 'oneActiveGoal', message: ONE_ACTIVE_GOAL }]);
      }
      throw error;
    }
  }

  private target(p: ProductEntity) {
    return { productId: p.id, entityType: 'PRODUCT' as const, entityId: p.id, version: p.version };
  }

  private goalTarget(g: ProductGoalEntity) {
    return { productId: g.productId, entityType: 'PRODUCT_GOAL' as const, entityId: g.id, version: g.version };
  }
}
