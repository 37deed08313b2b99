import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ranksBetween } from '@backlog-studio/domain';
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

      for (const demoUser of DEMO_USERS) {
        let user = await manager.getRepository(UserEntity).findOneBy({ email: demoUser.email });
        if (!user) {
          user = { id: randomUUID(), email: demoUser.email, displayName: demoUser.displayName, passwordHash, createdAt: new Date() };
          await manager.getRepository(UserEntity).insert({ ...user });
        }
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
      for (let i = 0; i < history.length; i += 100) {
        await manager.getRepository(ChangeLogEntity).insert(history.slice(i, i + 100));
      }
      return true;
    });
  }
}
