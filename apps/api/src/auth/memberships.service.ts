import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../database/db-errors';
import { Transactions } from '../database/transactions';
import { ChangeMemberRoleInput, HandOverOwnershipInput, InviteMemberInput, MembershipIdInput } from './dto/auth.inputs';
import type { Membership } from './auth.model';
import { MembershipEntity } from './membership.entity';
import { ProductAccess } from './product-access.service';
import { UserEntity } from './user.entity';
import { LiveAccess } from '../live/live-access.service';
import { toDate } from '../common/dates';

@Injectable()
export class MembershipsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly tx: Transactions,
    @Inject(ProductAccess) private readonly access: ProductAccess,
    @Inject(LiveAccess) private readonly liveAccess: LiveAccess,
  ) {}

  /** The creator of a product becomes its product owner, in the creating transaction. */
  async addOwner(manager: EntityManager, productId: string, actor: Actor): Promise<void> {
    await manager.getRepository(MembershipEntity).insert({
      id: randomUUID(),
      productId,
      userId: actor.userId,
      email: actor.label,
      role: 'PRODUCT_OWNER',
      status: 'ACTIVE',
      invitedBy: null,
    });
    actor.roles?.set(productId, 'PRODUCT_OWNER');
  }

  async members(actor: Actor, productId: string): Promise<Membership[]> {
    await this.access.require(actor, productId, 'READ');
    return this.query().where('m.product_id = :productId', { productId }).orderBy('m.created_at', 'ASC').getRawMany().then((rows) => rows.map(toMembership));
  }

  async myMemberships(actor: Actor, status: 'ACTIVE' | 'PENDING'): Promise<Membership[]> {
    const qb = this.query().where('m.status = :status', { status });
    if (status === 'ACTIVE') qb.andWhere('m.user_id = :userId', { userId: actor.userId });
    else qb.andWhere('m.email = :email', { email: actor.label });
    return qb.orderBy('p.name', 'ASC').getRawMany().then((rows) => rows.map(toMembership));
  }

  async invite(actor: Actor, input: InviteMemberInput): Promise<Membership> {
    await this.access.require(actor, input.productId, 'MANAGE_MEMBERS');
    const id = randomUUID();
    try {
      await this.tx.run((manager) =>
        manager.getRepository(MembershipEntity).insert({
          id,
          productId: input.productId,
          userId: null,
          email: input.email,
          role: input.role,
          status: 'PENDING',
          invitedBy: actor.userId,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw DomainError.field('email', 'notMember', `${input.email} is already a member or invited`);
      throw error;
    }
    return this.byId(id);
  }

  async accept(actor: Actor, input: MembershipIdInput): Promise<Membership> {
    const productId = await this.tx.run(async (manager) => {
      const invitation = await manager.getRepository(MembershipEntity).findOneBy({ id: input.membershipId });
      if (!invitation || invitation.status !== 'PENDING' || invitation.email !== actor.label) {
        throw DomainError.notFound('Invitation', input.membershipId);
      }
      await manager.getRepository(MembershipEntity).update({ id: invitation.id }, { userId: actor.userId, status: 'ACTIVE' });
      return invitation.productId;
    });
    actor.roles?.clear();
    // A new member joins a live room at once, even where the product's roles are cached.
    await this.liveAccess.membershipsChanged(productId);
    return this.byId(input.membershipId);
  }

  async changeRole(actor: Actor, input: ChangeMemberRoleInput): Promise<Membership> {
    const membership = await this.find(input.membershipId);
    await this.access.require(actor, membership.productId, 'MANAGE_MEMBERS', { entity: 'Membership', id: membership.id });
    if (membership.role === 'PRODUCT_OWNER') {
      throw DomainError.field('membershipId', 'notOwner', 'the product owner keeps the role until ownership is handed over');
    }
    await this.tx.run((manager) => manager.getRepository(MembershipEntity).update({ id: membership.id }, { role: input.role }));
    await this.liveAccess.membershipsChanged(membership.productId);
    return this.byId(membership.id);
  }

  async remove(actor: Actor, input: MembershipIdInput): Promise<boolean> {
    const membership = await this.find(input.membershipId);
    await this.access.require(actor, membership.productId, 'MANAGE_MEMBERS', { entity: 'Membership', id: membership.id });
    if (membership.role === 'PRODUCT_OWNER') {
      throw DomainError.field('membershipId', 'notOwner', 'a product always has its product owner; hand over ownership first');
    }
    await this.tx.run((manager) => manager.getRepository(MembershipEntity).delete({ id: membership.id }));
    // Live subscriptions of the removed member stop at their next event, in every instance.
    await this.liveAccess.membershipsChanged(membership.productId);
    return true;
  }

  /** One transaction: the owner steps down to another role, the chosen member steps up. Never none, never two. */
  async handOver(actor: Actor, input: HandOverOwnershipInput): Promise<Membership[]> {
    await this.access.require(actor, input.productId, 'MANAGE_MEMBERS');
    await this.tx.run(async (manager) => {
      const repo = manager.getRepository(MembershipEntity);
      const target = await repo.findOneBy({ id: input.toMembershipId });
      if (!target || target.productId !== input.productId || target.status !== 'ACTIVE') {
        throw DomainError.field('toMembershipId', 'activeMember', 'ownership goes to an active member of this product');
      }
      if (target.role === 'PRODUCT_OWNER') return;
      await repo.update({ productId: input.productId, role: 'PRODUCT_OWNER' }, { role: input.previousOwnerRole ?? 'DEVELOPER' });
      await repo.update({ id: target.id }, { role: 'PRODUCT_OWNER' });
    });
    actor.roles?.clear();
    await this.liveAccess.membershipsChanged(input.productId);
    return this.members(actor, input.productId);
  }

  private async find(id: string): Promise<MembershipEntity> {
    const m = await this.dataSource.getRepository(MembershipEntity).findOneBy({ id });
    if (!m) throw DomainError.notFound('Membership', id);
    return m;
  }

  private async byId(id: string): Promise<Membership> {
    const row = await this.query().where('m.id = :id', { id }).getRawOne();
    return toMembership(row);
  }

  private query() {
    return this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .innerJoin('m.product', 'p')
      .leftJoin(UserEntity, 'u', 'u.id = m.user_id')
      .select([
        'm.id AS id',
        'm.product_id AS "productId"',
        'p.name AS "productName"',
        'm.user_id AS "userId"',
        'm.email AS email',
        'u.display_name AS "displayName"',
        'm.role AS role',
        'm.status AS status',
        'm.created_at AS "createdAt"',
      ]);
  }
}

function toMembership(row: Record<string, unknown>): Membership {
  return {
    id: String(row.id),
    productId: String(row.productId),
    productName: String(row.productName),
    userId: (row.userId as string | null) ?? null,
    email: String(row.email),
    displayName: (row.displayName as string | null) ?? '',
    role: row.role as Membership['role'],
    status: row.status as Membership['status'],
    createdAt: toDate(row.createdAt)!,
  };
}
