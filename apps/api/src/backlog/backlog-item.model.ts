import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  isOutcomeStated,
  refinementGaps,
  type ItemKind,
  type ItemStatus,
  type KanoCategory,
  type MoscowBucket,
  type RefinementGap,
  type RiskLevel,
} from '@backlog-studio/domain';
import { ItemKindEnum, ItemStatusEnum, KanoEnum, MoscowEnum, RefinementGapEnum, RiskLevelEnum } from '../graphql/enums';
import { PageInfo } from '../graphql/page-info.model';
import type { BacklogItemEntity } from './backlog-item.entity';

@ObjectType({ description: 'The change in behaviour or metric the item should cause, apart from what is built.' })
export class Outcome {
  @Field(() => String, { nullable: true })
  statement!: string | null;

  @Field(() => String, { nullable: true, description: 'What is measured, with its unit.' })
  metric!: string | null;

  @Field(() => Float, { nullable: true })
  baseline!: number | null;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date when the outcome is checked.' })
  checkBy!: string | null;
}

@ObjectType({ description: 'Value from three perspectives, on a relative scale 0–20.' })
export class ItemValue {
  @Field(() => Int, { nullable: true })
  customer!: number | null;

  @Field(() => Int, { nullable: true })
  business!: number | null;

  @Field(() => Int, { nullable: true })
  team!: number | null;
}

@ObjectType({ description: 'The parts of cost of delay used by WSJF, each on the relative scale 1–20.' })
export class CostOfDelay {
  @Field(() => Int, { nullable: true })
  userBusinessValue!: number | null;

  @Field(() => Int, { nullable: true })
  timeCriticality!: number | null;

  @Field(() => Int, { nullable: true, description: 'Risk reduction / opportunity enablement.' })
  riskReduction!: number | null;
}

@ObjectType()
export class BacklogItem {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  productId!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => ItemKindEnum)
  kind!: ItemKind;

  @Field(() => ItemStatusEnum)
  status!: ItemStatus;

  @Field(() => Outcome)
  outcome!: Outcome;

  @Field({ description: 'True when statement, metric, target and check-by date are all given.' })
  outcomeStated!: boolean;

  @Field(() => String, { nullable: true, description: 'What is built (the output), apart from the outcome.' })
  output!: string | null;

  @Field(() => ItemValue)
  value!: ItemValue;

  @Field(() => CostOfDelay)
  costOfDelay!: CostOfDelay;

  @Field(() => Float, { nullable: true, description: 'Size estimate (relative, e.g. story points).' })
  size!: number | null;

  @Field(() => RiskLevelEnum, { nullable: true })
  risk!: RiskLevel | null;

  @Field(() => Int, { nullable: true, description: 'Confidence in the estimates, 0–100 %.' })
  confidence!: number | null;

  @Field(() => MoscowEnum, { nullable: true })
  moscow!: MoscowBucket | null;

  @Field(() => KanoEnum, { nullable: true })
  kano!: KanoCategory | null;

  @Field(() => [String])
  acceptanceCriteria!: string[];

  @Field(() => [RefinementGapEnum], { description: 'What the item lacks before it can become ready: an outcome, a value.' })
  refinementGaps!: RefinementGap[];

  @Field(() => ID, { nullable: true })
  goalId!: string | null;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field()
  archived!: boolean;

  @Field(() => Date, { nullable: true })
  archivedAt!: Date | null;

  @Field(() => Int, { description: 'Optimistic-locking version; send it back as expectedVersion.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class BacklogItemEdge {
  @Field(() => BacklogItem)
  node!: BacklogItem;

  @Field()
  cursor!: string;
}

@ObjectType({ description: 'A page of the backlog in backlog order.' })
export class BacklogItemConnection {
  @Field(() => [BacklogItemEdge])
  edges!: BacklogItemEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  // totalCount is resolved on demand by BacklogItemConnectionResolver: a page read never pays for it.
  countQuery!: () => Promise<number>;
}

/** Scalars are computed here, in the parent, not by per-row field resolvers. */
export function toBacklogItem(e: BacklogItemEntity): BacklogItem {
  const outcome: Outcome = {
    statement: e.outcomeStatement,
    metric: e.outcomeMetric,
    baseline: e.outcomeBaseline,
    target: e.outcomeTarget,
    checkBy: e.outcomeCheckBy,
  };
  const value: ItemValue = { customer: e.valueCustomer, business: e.valueBusiness, team: e.valueTeam };
  return {
    id: e.id,
    productId: e.productId,
    title: e.title,
    description: e.description,
    kind: e.kind,
    status: e.status,
    outcome,
    outcomeStated: isOutcomeStated(outcome),
    output: e.output,
    value,
    costOfDelay: {
      userBusinessValue: e.codUserBusinessValue,
      timeCriticality: e.codTimeCriticality,
      riskReduction: e.codRiskReduction,
    },
    size: e.size,
    risk: e.risk,
    confidence: e.confidence,
    moscow: e.moscow,
    kano: e.kano,
    acceptanceCriteria: e.acceptanceCriteria,
    refinementGaps: refinementGaps({ outcome, value }),
    goalId: e.goalId,
    parentId: e.parentId,
    archived: e.archivedAt !== null,
    archivedAt: e.archivedAt,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
