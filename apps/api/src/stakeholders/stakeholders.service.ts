import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { can, DEFAULT_VALUE_PERSPECTIVE, keyPlayersNotEngaged, mostContested, valueSpread, explainSpread } from '@backlog-studio/domain';
import { MembershipEntity } from '../auth/membership.entity';
import { ProductAccess } from '../auth/product-access.service';
import { BacklogItemEntity } from '../backlog/backlog-item.entity';
import type { Actor } from '../common/actor';
import { DomainError, ErrorCode } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { ChangeLogService, diffSnapshots } from '../history/change-log.service';
import { ProductGoalEntity } from '../products/product-goal.entity';
import { CommentEntity, type CommentTarget } from './comment.entity';
import { AddCommentInput, CreateStakeholderInput, EditCommentInput, LogEngagementInput, NeglectedArgs, RateValueInput, UpdateStakeholderInput } from './dto/stakeholder.inputs';
import { EngagementEntity, EngagementParticipantEntity } from './engagement.entity';
import { StakeholderEntity } from './stakeholder.entity';
import {
  toComment,
  toEngagement,
  toStakeholder,
  toValueRating,
  type Comment,
  type ContestedItem,
  type Engagement,
  type NeglectedStakeholder,
  type Stakeholder,
  type ValueView,
} from './stakeholder.model';
import { ValueRatingEntity } from './value-rating.entity';

const today = (): string => new Date().toISOString().slice(0, 10);

@Injectable()
export class StakeholdersService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly tx: Transactions,
    @Inject(ProductAccess) private readonly access: ProductAccess,
    @Inject(ChangeLogService) private readonly changeLog: ChangeLogService,
  ) {}

  async list(actor: Actor, productId: string): Promise<Stakeholder[]> {
    const role = await this.access.require(actor, productId, 'READ');
    const rows = await this.dataSource.getRepository(StakeholderEntity).find({ where: { productId }, order: { name: 'ASC' } });
    return this.present(rows, can(role, 'MANAGE_STAKEHOLDERS'));
  }

  async create(actor: Actor, input: CreateStakeholderInput): Promise<Stakeholder> {
    await this.access.require(actor, input.productId, 'MANAGE_STAKEHOLDERS');
    if (input.userId) await this.requireMember(input.productId, input.userId);
    const entity: StakeholderEntity = {
      id: randomUUID(),
      productId: input.productId,
      name: input.name,
      stakeholderGroup: input.group ?? 'OTHER',
      contact: input.contact ?? '',
      power: input.power ?? 5,
      interest: input.interest ?? 5,
      techniques: input.techniques ?? [],
      notes: input.notes ?? '',
      userId: input.userId ?? null,
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    await this.tx.run((m) => m.getRepository(StakeholderEntity).insert({ ...entity }));
    return (await this.present([entity], true))[0];
  }

  async update(actor: Actor, input: UpdateStakeholderInput): Promise<Stakeholder> {
    const current = await this.find(input.id);
    await this.access.require(actor, current.productId, 'MANAGE_STAKEHOLDERS', { entity: 'Stakeholder', id: input.id });
    if (input.userId) await this.requireMember(current.productId, input.userId);
    const patch: Partial<StakeholderEntity> = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.group !== undefined) patch.stakeholderGroup = input.group;
    if (input.contact !== undefined) patch.contact = input.contact;
    if (input.power !== undefined) patch.power = input.power;
    if (input.interest !== undefined) patch.interest = input.interest;
    if (input.techniques !== undefined) patch.techniques = input.techniques;
    if (input.notes !== undefined) patch.notes = input.notes;
    if (input.userId !== undefined) patch.userId = input.userId;
    await this.tx.run(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(StakeholderEntity)
        .set({ ...patch, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: current.id, version: input.expectedVersion })
        .execute();
      if (result.affected !== 1) {
        throw DomainError.conflict(`Stakeholder ${current.id} was changed by someone else; reload it`, { currentVersion: current.version });
      }
    });
    return (await this.present([await this.find(current.id)], true))[0];
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    const current = await this.find(id);
    await this.access.require(actor, current.productId, 'MANAGE_STAKEHOLDERS', { entity: 'Stakeholder', id });
    await this.tx.run(async (m) => {
      await m.getRepository(EngagementParticipantEntity).delete({ stakeholderId: id });
      await m.getRepository(ValueRatingEntity).delete({ stakeholderId: id });
      await m.getRepository(StakeholderEntity).delete({ id });
    });
    return true;
  }

  async logEngagement(actor: Actor, input: LogEngagementInput): Promise<Engagement> {
    await this.access.require(actor, input.productId, 'LOG_ENGAGEMENT');
    const stakeholders = await this.dataSource.getRepository(StakeholderEntity).findBy({ id: In(input.stakeholderIds), productId: input.productId });
    if (stakeholders.length !== new Set(input.stakeholderIds).size || input.stakeholderIds.length === 0) {
      throw DomainError.field('stakeholderIds', 'sameProduct', 'stakeholderIds must name at least one stakeholder of this product');
    }
    const itemIds = [...new Set(input.itemIds ?? [])];
    if (itemIds.length) {
      const found = await this.dataSource.getRepository(BacklogItemEntity).countBy({ id: In(itemIds), productId: input.productId });
      if (found !== itemIds.length) throw DomainError.field('itemIds', 'sameProduct', 'itemIds must be items of this product');
    }
    const engagement: EngagementEntity = {
      id: randomUUID(),
      productId: input.productId,
      date: input.date,
      technique: input.technique,
      developersPresent: input.developersPresent ?? false,
      notes: input.notes ?? '',
      itemIds,
      loggedBy: actor.label,
      createdAt: new Date(),
    };
    const participants = [...new Set(input.stakeholderIds)];
    await this.tx.run(async (m) => {
      await m.getRepository(EngagementEntity).insert({ ...engagement });
      await m.getRepository(EngagementParticipantEntity).insert(participants.map((stakeholderId) => ({ engagementId: engagement.id, stakeholderId, date: input.date })));
    });
    return toEngagement(engagement, participants);
  }

  async engagements(actor: Actor, productId: string): Promise<Engagement[]> {
    await this.access.require(actor, productId, 'READ');
    const rows = await this.dataSource.getRepository(EngagementEntity).find({ where: { productId }, order: { date: 'DESC', createdAt: 'DESC' }, take: 200 });
    const participants = rows.length
      ? await this.dataSource.getRepository(EngagementParticipantEntity).findBy({ engagementId: In(rows.map((r) => r.id)) })
      : [];
    return rows.map((r) => toEngagement(r, participants.filter((p) => p.engagementId === r.id).map((p) => p.stakeholderId)));
  }

  /** "Key players not engaged for 30 days": manage-closely stakeholders without a recent engagement. */
  async neglected(actor: Actor, args: NeglectedArgs): Promise<NeglectedStakeholder[]> {
    const role = await this.access.require(actor, args.productId, 'READ');
    const rows = await this.dataSource.getRepository(StakeholderEntity).findBy({ productId: args.productId });
    const last = await this.lastEngaged(rows.map((r) => r.id));
    const found = keyPlayersNotEngaged(
      rows.map((r) => ({ id: r.id, power: Number(r.power), interest: Number(r.interest), lastEngagedAt: last.get(r.id) ?? null })),
      today(),
      args.days,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return found.map((f) => ({ stakeholder: toStakeholder(byId.get(f.id)!, can(role, 'MANAGE_STAKEHOLDERS'), last.get(f.id) ?? null), daysSince: f.daysSince }));
  }

  async rateValue(actor: Actor, input: RateValueInput): Promise<ValueView> {
    const item = await this.dataSource.getRepository(BacklogItemEntity).findOneBy({ id: input.itemId });
    if (!item) throw DomainError.notFound('BacklogItem', input.itemId);
    const role = await this.access.require(actor, item.productId, 'RATE_VALUE', { entity: 'BacklogItem', id: item.id });
    const stakeholder = await this.dataSource.getRepository(StakeholderEntity).findOneBy({ id: input.stakeholderId });
    if (!stakeholder || stakeholder.productId !== item.productId) {
      throw DomainError.field('stakeholderId', 'sameProduct', 'stakeholderId must be a stakeholder of the same product');
    }
    if (role !== 'PRODUCT_OWNER' && stakeholder.userId !== actor.userId) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'A stakeholder rates as the stakeholder linked to their account; the product owner may rate on anyone\'s behalf');
    }
    await this.tx.run(async (m) => {
      const existing = await m.getRepository(ValueRatingEntity).findOneBy({ itemId: item.id, stakeholderId: stakeholder.id });
      const values = {
        raterGroup: stakeholder.stakeholderGroup,
        perspective: input.perspective ?? DEFAULT_VALUE_PERSPECTIVE[stakeholder.stakeholderGroup],
        value: input.value,
        rationale: input.rationale ?? '',
        ratedBy: actor.label,
      };
      if (existing) await m.getRepository(ValueRatingEntity).update({ id: existing.id }, values);
      else await m.getRepository(ValueRatingEntity).insert({ id: randomUUID(), productId: item.productId, itemId: item.id, stakeholderId: stakeholder.id, ...values });
    });
    return this.valueView(actor, item.id);
  }

  async valueView(actor: Actor, itemId: string): Promise<ValueView> {
    const item = await this.dataSource.getRepository(BacklogItemEntity).findOneBy({ id: itemId });
    if (!item) throw DomainError.notFound('BacklogItem', itemId);
    await this.access.require(actor, item.productId, 'READ', { entity: 'BacklogItem', id: itemId });
    const ratings = await this.dataSource.getRepository(ValueRatingEntity).find({ where: { itemId }, order: { createdAt: 'ASC' } });
    const spread = valueSpread(ratings.map((r) => ({ stakeholderGroup: r.raterGroup, perspective: r.perspective, value: r.value })));
    return {
      ratings: ratings.map(toValueRating),
      byPerspective: Object.entries(spread.byPerspective).filter(([, v]) => v.mean !== null).map(([key, v]) => ({ key, mean: v.mean!, count: v.count })),
      byGroup: spread.byGroup.map((g) => ({ key: g.group, mean: g.mean, count: g.count })),
      spread: spread.spread?.range ?? null,
      spreadExplanation: spread.spread ? explainSpread(spread.spread) : null,
    };
  }

  async contested(actor: Actor, productId: string, first: number): Promise<ContestedItem[]> {
    await this.access.require(actor, productId, 'READ');
    const ratings = await this.dataSource.getRepository(ValueRatingEntity).findBy({ productId });
    const byItem = new Map<string, { stakeholderGroup: ValueRatingEntity['raterGroup']; perspective: ValueRatingEntity['perspective']; value: number }[]>();
    for (const r of ratings) {
      const list = byItem.get(r.itemId) ?? [];
      list.push({ stakeholderGroup: r.raterGroup, perspective: r.perspective, value: r.value });
      byItem.set(r.itemId, list);
    }
    return mostContested([...byItem].map(([itemId, list]) => ({ itemId, ratings: list })), first).map((c) => ({
      itemId: c.itemId,
      spread: c.spread.range,
      explanation: c.explanation,
    }));
  }

  async addComment(actor: Actor, input: AddCommentInput): Promise<Comment> {
    const target = await this.commentTarget(input.targetId);
    await this.access.require(actor, target.productId, 'COMMENT', { entity: 'BacklogItem', id: input.targetId });
    const comment: CommentEntity = {
      id: randomUUID(),
      productId: target.productId,
      targetType: target.type,
      targetId: input.targetId,
      authorUserId: actor.userId!,
      authorLabel: actor.label,
      body: input.body,
      mentions: await this.mentions(target.productId, input.body),
      version: 1,
      createdAt: new Date(),
      editedAt: null,
    };
    await this.tx.run((m) => m.getRepository(CommentEntity).insert({ ...comment }));
    return toComment(comment);
  }

  /** Only the author edits; the previous text stays in the change log. */
  async editComment(actor: Actor, input: EditCommentInput): Promise<Comment> {
    const current = await this.dataSource.getRepository(CommentEntity).findOneBy({ id: input.id });
    if (!current) throw DomainError.notFound('Comment', input.id);
    await this.access.require(actor, current.productId, 'COMMENT', { entity: 'Comment', id: input.id });
    if (current.authorUserId !== actor.userId) throw new DomainError(ErrorCode.FORBIDDEN, 'Only the author may edit a comment');
    const mentions = await this.mentions(current.productId, input.body);
    await this.tx.run(async (manager: EntityManager) => {
      const result = await manager
        .createQueryBuilder()
        .update(CommentEntity)
        .set({ body: input.body, mentions, editedAt: new Date(), version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: current.id, version: input.expectedVersion })
        .execute();
      if (result.affected !== 1) throw DomainError.conflict(`Comment ${current.id} was edited meanwhile; reload it`, { currentVersion: current.version });
      await this.changeLog.record(
        manager,
        actor,
        { productId: current.productId, entityType: 'COMMENT', entityId: current.id, version: current.version + 1 },
        diffSnapshots({ body: current.body }, { body: input.body }),
      );
    });
    return toComment((await this.dataSource.getRepository(CommentEntity).findOneByOrFail({ id: current.id })));
  }

  async comments(actor: Actor, targetId: string, first: number): Promise<Comment[]> {
    const target = await this.commentTarget(targetId);
    await this.access.require(actor, target.productId, 'READ', { entity: 'BacklogItem', id: targetId });
    const rows = await this.dataSource.getRepository(CommentEntity).find({ where: { targetId }, order: { createdAt: 'DESC' }, take: first });
    return rows.map(toComment);
  }

  private async commentTarget(id: string): Promise<{ productId: string; type: CommentTarget }> {
    const item = await this.dataSource.getRepository(BacklogItemEntity).findOne({ where: { id }, select: { productId: true } });
    if (item) return { productId: item.productId, type: 'BACKLOG_ITEM' };
    const goal = await this.dataSource.getRepository(ProductGoalEntity).findOne({ where: { id }, select: { productId: true } });
    if (goal) return { productId: goal.productId, type: 'PRODUCT_GOAL' };
    throw DomainError.notFound('BacklogItem', id);
  }

  /** @email mentions of active members become their user ids; other addresses are left as text. */
  private async mentions(productId: string, body: string): Promise<string[]> {
    const emails = [...body.matchAll(/@([^\s@]+@[^\s@]+\.[^\s@,;:!?)]+)/g)].map((m) => m[1].toLowerCase());
    if (!emails.length) return [];
    const members = await this.dataSource.getRepository(MembershipEntity).findBy({ productId, email: In(emails), status: 'ACTIVE' });
    return [...new Set(members.map((m) => m.userId!).filter(Boolean))];
  }

  private async find(id: string): Promise<StakeholderEntity> {
    const row = await this.dataSource.getRepository(StakeholderEntity).findOneBy({ id });
    if (!row) throw DomainError.notFound('Stakeholder', id);
    return row;
  }

  private async requireMember(productId: string, userId: string): Promise<void> {
    const m = await this.dataSource.getRepository(MembershipEntity).findOneBy({ productId, userId, status: 'ACTIVE' });
    if (!m) throw DomainError.field('userId', 'member', 'userId must be an active member of the product');
  }

  private async lastEngaged(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource
      .getRepository(EngagementParticipantEntity)
      .createQueryBuilder('p')
      .select('p.stakeholder_id', 'id')
      .addSelect('MAX(p.date)', 'last')
      .where('p.stakeholder_id IN (:...ids)', { ids })
      .groupBy('p.stakeholder_id')
      .getRawMany<{ id: string; last: string | Date }>();
    return new Map(rows.map((r) => [r.id, r.last instanceof Date ? r.last.toISOString().slice(0, 10) : String(r.last).slice(0, 10)]));
  }

  private async present(rows: StakeholderEntity[], showContact: boolean): Promise<Stakeholder[]> {
    const last = await this.lastEngaged(rows.map((r) => r.id));
    return rows.map((r) => toStakeholder(r, showContact, last.get(r.id) ?? null));
  }
}
