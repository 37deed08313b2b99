import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_VALUE_PERSPECTIVE, ranksBetween, roundResult } from '@backlog-studio/domain';
import { CommentEntity } from '../stakeholders/comment.entity';
import { EngagementEntity, EngagementParticipantEntity } from '../stakeholders/engagement.entity';
import { StakeholderEntity } from '../stakeholders/stakeholder.entity';
import { ValueRatingEntity } from '../stakeholders/value-rating.entity';
import { VotingAllocationEntity, VotingRoundEntity } from '../voting/voting.entity';
import { DEMO_ENGAGEMENTS, DEMO_RATINGS, DEMO_STAKEHOLDERS, DEMO_VOTING } from './demo-stakeholders';
import { BacklogItemEntity } from '../backlog/backlog-item.entity';
import { ItemDependencyEntity } from '../backlog/item-dependency.entity';
import { AuthService } from '../auth/auth.service';
import { MembershipEntity } from '../auth/membership.entity';
import { UserEntity } from '../auth/user.entity';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { ChangeLogEntity } from '../history/change-log.entity';
import { ProductGoalEntity } from '../products/product-goal.entity';
import { ProductEntity } from '../products/product.entity';
import { DEMO_PRODUCT, type DemoProduct } from './demo-data';
import { seedRefinement } from './demo-refinement';

const DEMO_ACTOR = 'demo seed';

/** One demo account per role; the sign-in screen offers them. */
export const DEMO_USERS = [
  { email: 'po@demo.local', displayName: 'Priya (product owner)', role: 'PRODUCT_OWNER' },
  { email: 'dev@demo.local', displayName: 'Dmitri (developer)', role: 'DEVELOPER' },
  { email: 'stakeholder@demo.local', displayName: 'Sofia (stakeholder)', role: 'STAKEHOLDER' },
  { email: 'coach@demo.local', displayName: 'Carlos (coach)', role: 'COACH' },
] as const;

/**
 * Seeds the demo product on first start with an empty database, so a newcomer sees a
 * believable backlog. Idempotent: any existing product means "not first start".
 */
@Injectable()
export class DemoSeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly tx: Transactions,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemo) return;
    const passwordHash = await this.auth.hashPassword(this.config.demoPassword);
    const seeded = await this.seedIfEmpty(DEMO_PRODUCT, passwordHash);
    if (seeded) this.logger.log(`seeded demo product "${DEMO_PRODUCT.name}" with ${DEMO_PRODUCT.items.length} items`);
    if (this.config.nodeEnv !== 'production') {
      this.logger.warn(
        `demo users ${DEMO_USERS.map((u) => u.email).join(', ')} sign in with the password ${
          process.env.DEMO_PASSWORD ? 'from DEMO_PASSWORD' : `"${this.config.demoPassword}" (the development default; set DEMO_PASSWORD)`
        }`,
      );
    }
  }

  async seedIfEmpty(demo: DemoProduct, passwordHash: string): Promise<boolean> {
    return this.tx.run(async (manager) => {
      // Inside the transaction (and, on PostgreSQL, after an advisory lock) so that two
      // instances starting together seed once.
      if (this.tx.engine === 'postgres') await manager.query('SELECT pg_advisory_xact_lock(4242)');
      if ((await manager.getRepository(ProductEntity).count()) > 0) return false;

      const productId = randomUUID();
      await manager.getRepository(ProductEntity).insert({
        id: productId,
        name: demo.name,
        description: demo.description,
        vision: demo.vision.vision,
        targetGroup: demo.vision.targetGroup,
        needs: demo.vision.needs,
        productSummary: demo.vision.product,
        businessGoals: demo.vision.businessGoals,
        version: 1,
      });

      const userIds = new Map<string, string>();
      for (const demoUser of DEMO_USERS) {
        let user = await manager.getRepository(UserEntity).findOneBy({ email: demoUser.email });
        if (!user) {
          user = { id: randomUUID(), email: demoUser.email, displayName: demoUser.displayName, passwordHash, createdAt: new Date() };
          await manager.getRepository(UserEntity).insert({ ...user });
        }
        userIds.set(demoUser.email, user.id);
        await manager.getRepository(MembershipEntity).insert({
          id: randomUUID(),
          productId,
          userId: user.id,
          email: user.email,
          role: demoUser.role,
          status: 'ACTIVE',
          invitedBy: null,
        });
      }

      const goals = demo.goals.map((g) => ({ id: randomUUID(), productId, ...g, version: 1 }));
      const activeGoalId = goals.find((g) => g.status === 'ACTIVE')?.id ?? null;
      // Copies: TypeORM writes generated values back into the objects it inserts.
      await manager.getRepository(ProductGoalEntity).insert(goals.map((g) => ({ ...g })));

      const ids = new Map(demo.items.map((item) => [item.key, randomUUID()]));
      const ranks = ranksBetween(null, null, demo.items.length);
      // A history worth a burn-up: items were written over the last 16 weeks, and the done ones
      // were finished one every nine days or so, the latest a few days ago.
      const now = Date.now();
      const daysAgo = (d: number): Date => new Date(now - d * 86_400_000);
      const doneKeys = demo.items.filter((i) => i.status === 'DONE').map((i) => i.key);
      const doneAt = new Map(doneKeys.map((key, i) => [key, daysAgo(4 + (doneKeys.length - 1 - i) * 9)]));
      const rows = demo.items.map((item, i) => ({
        id: ids.get(item.key)!,
        productId,
        rank: ranks[i],
        title: item.title,
        description: item.description,
        kind: item.kind,
        status: item.status,
        outcomeStatement: item.outcome?.statement ?? null,
        outcomeMetric: item.outcome?.metric ?? null,
        outcomeBaseline: item.outcome?.baseline ?? null,
        outcomeTarget: item.outcome?.target ?? null,
        outcomeCheckBy: item.outcome?.checkBy ?? null,
        output: item.output ?? null,
        valueCustomer: item.value?.customer ?? null,
        valueBusiness: item.value?.business ?? null,
        valueTeam: item.value?.team ?? null,
        codUserBusinessValue: item.costOfDelay?.userBusinessValue ?? null,
        codTimeCriticality: item.costOfDelay?.timeCriticality ?? null,
        codRiskReduction: item.costOfDelay?.riskReduction ?? null,
        size: item.size ?? null,
        risk: item.risk ?? null,
        confidence: item.confidence ?? null,
        moscow: item.moscow ?? null,
        kano: item.kano ?? null,
        acceptanceCriteria: item.acceptanceCriteria,
        goalId: item.linkedToGoal ? activeGoalId : null,
        parentId: item.parentKey ? ids.get(item.parentKey)! : null,
        archivedAt: null,
        version: 1,
        createdAt: daysAgo(112 - Math.round((i * 100) / demo.items.length)),
        updatedAt: doneAt.get(item.key) ?? daysAgo(2),
      }));
      // Chunked: PostgreSQL caps bound parameters per statement.
      for (let i = 0; i < rows.length; i += 100) {
        await manager.getRepository(BacklogItemEntity).insert(rows.slice(i, i + 100).map((r) => ({ ...r })));
      }

      const dependencies = demo.items.flatMap((item) =>
        (item.dependsOn ?? []).map((dep) => ({ itemId: ids.get(item.key)!, dependsOnId: ids.get(dep)!, productId })),
      );
      if (dependencies.length) await manager.getRepository(ItemDependencyEntity).insert(dependencies);

      const history = [
        { entityType: 'PRODUCT' as const, entityId: productId, newValue: demo.name },
        ...goals.map((g) => ({ entityType: 'PRODUCT_GOAL' as const, entityId: g.id, newValue: g.statement })),
        ...rows.map((r) => ({ entityType: 'BACKLOG_ITEM' as const, entityId: r.id, newValue: r.title })),
      ].map((h) => ({
        ...h,
        productId,
        version: 1,
        field: 'created',
        oldValue: null,
        newValue: JSON.stringify(h.newValue),
        actorUserId: null,
        actorLabel: DEMO_ACTOR,
      }));
      const doneHistory = doneKeys.map((key) => ({
        productId,
        entityType: 'BACKLOG_ITEM' as const,
        entityId: ids.get(key)!,
        version: 1,
        field: 'status',
        oldValue: JSON.stringify('IN_SPRINT'),
        newValue: JSON.stringify('DONE'),
        actorUserId: null,
        actorLabel: DEMO_ACTOR,
        at: doneAt.get(key)!,
      }));
      for (const rows of [history, doneHistory]) {
        for (let i = 0; i < rows.length; i += 100) await manager.getRepository(ChangeLogEntity).insert(rows.slice(i, i + 100));
      }
      await this.seedStakeholders(manager, productId, ids, userIds, demo.items);
      await seedRefinement(manager, productId, ids, userIds);
      return true;
    });
  }

  private async seedStakeholders(
    manager: EntityManager,
    productId: string,
    itemIds: Map<string, string>,
    userIds: Map<string, string>,
    items: DemoProduct['items'],
  ): Promise<void> {
    const day = (d: number): string => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
    const stakeholderIds = new Map(DEMO_STAKEHOLDERS.map((s) => [s.key, randomUUID()]));
    await manager.getRepository(StakeholderEntity).insert(
      DEMO_STAKEHOLDERS.map((s) => ({
        id: stakeholderIds.get(s.key)!,
        productId,
        name: s.name,
        stakeholderGroup: s.group,
        contact: s.contact,
        power: s.power,
        interest: s.interest,
        techniques: s.techniques,
        notes: s.notes,
        userId: s.linkedToStakeholderUser ? (userIds.get('stakeholder@demo.local') ?? null) : null,
        version: 1,
      })),
    );
    for (const e of DEMO_ENGAGEMENTS) {
      const id = randomUUID();
      await manager.getRepository(EngagementEntity).insert({
        id,
        productId,
        date: day(e.daysAgo),
        technique: e.technique,
        developersPresent: e.developersPresent,
        notes: e.notes,
        itemIds: e.items.map((k) => itemIds.get(k)!).filter(Boolean),
        loggedBy: 'po@demo.local',
      });
      await manager
        .getRepository(EngagementParticipantEntity)
        .insert(e.stakeholders.map((k) => ({ engagementId: id, stakeholderId: stakeholderIds.get(k)!, date: day(e.daysAgo) })));
    }
    const groupOf = new Map(DEMO_STAKEHOLDERS.map((s) => [s.key, s.group]));
    await manager.getRepository(ValueRatingEntity).insert(
      DEMO_RATINGS.map((r) => ({
        id: randomUUID(),
        productId,
        itemId: itemIds.get(r.item)!,
        stakeholderId: stakeholderIds.get(r.stakeholder)!,
        raterGroup: groupOf.get(r.stakeholder)!,
        perspective: DEFAULT_VALUE_PERSPECTIVE[groupOf.get(r.stakeholder)!],
        value: r.value,
        rationale: r.rationale,
        ratedBy: 'po@demo.local',
      })),
    );
    const price = (key: string): number => items.find((i) => i.key === key)?.size ?? 1;
    const round = {
      items: DEMO_VOTING.items.map((k) => ({ id: itemIds.get(k)!, price: price(k) })),
      budgets: Object.entries(DEMO_VOTING.allocations).map(([email, a]) => ({ participantId: userIds.get(email)!, budget: a.budget })),
    };
    const allocations = Object.entries(DEMO_VOTING.allocations).map(([email, a]) => ({
      participantId: userIds.get(email)!,
      allocations: Object.entries(a.pledges).map(([k, amount]) => ({ itemId: itemIds.get(k)!, amount })),
    }));
    const roundId = randomUUID();
    await manager.getRepository(VotingRoundEntity).insert({
      id: roundId,
      productId,
      title: DEMO_VOTING.title,
      status: 'CLOSED',
      items: round.items,
      budgets: round.budgets,
      result: roundResult(round, allocations),
      openedBy: 'po@demo.local',
      closedAt: new Date(Date.now() - 6 * 86_400_000),
    });
    await manager
      .getRepository(VotingAllocationEntity)
      .insert(allocations.flatMap((p) => p.allocations.map((a) => ({ roundId, participantId: p.participantId, itemId: a.itemId, amount: a.amount }))));
    await manager.getRepository(CommentEntity).insert({
      id: randomUUID(),
      productId,
      targetType: 'BACKLOG_ITEM',
      targetId: itemIds.get('suggest-week-budget')!,
      authorUserId: userIds.get('stakeholder@demo.local')!,
      authorLabel: 'stakeholder@demo.local',
      body: 'Three corporate buyers asked for a weekly budget cap this month. @po@demo.local can we talk about it at the review?',
      mentions: [userIds.get('po@demo.local')!],
      version: 1,
      editedAt: null,
    });
  }
}
