import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { can, PRODUCT_ACTIONS, type ProductAction, type ProductRole } from '@backlog-studio/domain';
import type { Actor } from '../common/actor';
import { DomainError, ErrorCode } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { MembershipEntity } from './membership.entity';

/**
 * The object-level check every service makes first: the caller's role on the product the
 * operation touches. Non-members get NOT_FOUND, so a product's existence is not revealed.
 */
@Injectable()
export class ProductAccess {
  /** Every request that touches a product asks this once: hand-written, no query builder on the way. */
  private readonly roleSql: string;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) tx: Transactions,
  ) {
    this.roleSql = `SELECT role FROM membership WHERE product_id = ${tx.param(1)} AND user_id = ${tx.param(2)} AND status = 'ACTIVE'`;
  }

  async roleOf(actor: Actor, productId: string, manager?: EntityManager): Promise<ProductRole | null> {
    if (!actor.userId) return null;
    actor.roles ??= new Map();
    if (actor.roles.has(productId)) return actor.roles.get(productId) as ProductRole | null;
    const rows = (await (manager ?? this.dataSource.manager).query(this.roleSql, [productId, actor.userId])) as { role: ProductRole }[];
    const role = rows[0]?.role ?? null;
    actor.roles.set(productId, role);
    return role;
  }

  async require(actor: Actor, productId: string, action: ProductAction, notFound: { entity: string; id: string } = { entity: 'Product', id: productId }, manager?: EntityManager): Promise<ProductRole> {
    const role = await this.roleOf(actor, productId, manager);
    if (!role) throw DomainError.notFound(notFound.entity, notFound.id);
    if (!can(role, action)) {
      throw new DomainError(ErrorCode.FORBIDDEN, `A ${role.toLowerCase().replace('_', ' ')} may not ${PRODUCT_ACTIONS[action]}`, {
        role,
        action,
      });
    }
    return role;
  }

  /** Ids of the products the caller is an active member of. */
  async productIds(actor: Actor): Promise<string[]> {
    if (!actor.userId) return [];
    const rows = await this.dataSource
      .getRepository(MembershipEntity)
      .find({ where: { userId: actor.userId, status: 'ACTIVE' }, select: { productId: true } });
    return rows.map((r) => r.productId);
  }
}
