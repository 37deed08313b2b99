import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { can, PRODUCT_ACTIONS, type ProductAction, type ProductRole } from '@backlog-studio/domain';
import type { Actor } from '../common/actor';
import { DomainError, ErrorCode } from '../common/domain-error';
import { MembershipEntity } from './membership.entity';

/**
 * The object-level check every service makes first: the caller's role on the product the
 * operation touches. Non-members get NOT_FOUND, so a product's existence is not revealed.
 */
@Injectable()
export class ProductAccess {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async roleOf(actor: Actor, productId: string, manager?: EntityManager): Promise<ProductRole | null> {
    if (!actor.userId) return null;
    actor.roles ??= new Map();
    if (actor.roles.has(productId)) return actor.roles.get(productId) as ProductRole | null;
    const membership = await (manager ?? this.dataSource.manager)
      .getRepository(MembershipEntity)
      .findOne({ where: { productId, userId: actor.userId, status: 'ACTIVE' }, select: { role: true } });
    const role = membership?.role ?? null;
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
