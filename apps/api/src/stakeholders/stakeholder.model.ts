import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ENGAGEMENT_TECHNIQUES,
  MENDELOW_QUADRANTS,
  MENDELOW_QUADRANT_INFO,
  STAKEHOLDER_GROUPS,
  VALUE_PERSPECTIVES,
  VALUE_RATER_GROUPS,
  mendelowQuadrant,
  type EngagementTechnique,
  type MendelowQuadrant,
  type StakeholderGroup,
  type ValuePerspective,
  type ValueRaterGroup,
} from '@backlog-studio/domain';
import type { EngagementEntity } from './engagement.entity';
import type { StakeholderEntity } from './stakeholder.entity';
import type { ValueRatingEntity } from './value-rating.entity';
import type { CommentEntity } from './comment.entity';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const StakeholderGroupEnum = enumOf(STAKEHOLDER_GROUPS);
export const EngagementTechniqueEnum = enumOf(ENGAGEMENT_TECHNIQUES);
export const MendelowQuadrantEnum = enumOf(MENDELOW_QUADRANTS);
export const ValuePerspectiveEnum = enumOf(VALUE_PERSPECTIVES);
export const ValueRaterGroupEnum = enumOf(VALUE_RATER_GROUPS);
registerEnumType(StakeholderGroupEnum, { name: 'StakeholderGroup' });
registerEnumType(EngagementTechniqueEnum, { name: 'EngagementTechnique' });
registerEnumType(MendelowQuadrantEnum, {
  name: 'MendelowQuadrant',
  valuesMap: Object.fromEntries(MENDELOW_QUADRANTS.map((q) => [q, { description: MENDELOW_QUADRANT_INFO[q].meaning }])),
});
registerEnumType(ValuePerspectiveEnum, { name: 'ValuePerspective' });
registerEnumType(ValueRaterGroupEnum, { name: 'ValueRaterGroup' });

@ObjectType({ description: 'A stakeholder on the Mendelow power/interest grid.' })
export class Stakeholder {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  productId!: string;

  @Field()
  name!: string;

  @Field(() => StakeholderGroupEnum)
  group!: StakeholderGroup;

  @Field(() => String, { nullable: true, description: 'Visible to the product owner only; null for everyone else.' })
  contact!: string | null;

  @Field(() => Float)
  power!: number;

  @Field(() => Float)
  interest!: number;

  @Field(() => MendelowQuadrantEnum, { description: 'Derived from power and interest (5 and above is high).' })
  quadrant!: MendelowQuadrant;

  @Field(() => [EngagementTechniqueEnum])
  techniques!: EngagementTechnique[];

  @Field()
  notes!: string;

  @Field(() => ID, { nullable: true, description: 'The member account that speaks for this stakeholder.' })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the latest logged engagement (YYYY-MM-DD).' })
  lastEngagedOn!: string | null;

  @Field(() => Int)
  version!: number;
}

export function toStakeholder(e: StakeholderEntity, showContact: boolean, lastEngagedOn: string | null): Stakeholder {
  return {
    id: e.id,
    productId: e.productId,
    name: e.name,
    group: e.stakeholderGroup,
    contact: showContact ? e.contact : null,
    power: Number(e.power),
    interest: Number(e.interest),
    quadrant: mendelowQuadrant(Number(e.power), Number(e.interest)),
    techniques: e.techniques,
    notes: e.notes,
    userId: e.userId,
    lastEngagedOn,
    version: e.version,
  };
}

@ObjectType()
export class Engagement {
  @Field(() => ID)
  id!: string;

  @Field()
  date!: string;

  @Field(() => EngagementTechniqueEnum)
  technique!: EngagementTechnique;

  @Field()
  developersPresent!: boolean;

  @Field()
  notes!: string;

  @Field(() => [ID])
  stakeholderIds!: string[];

  @Field(() => [ID])
  itemIds!: string[];

  @Field()
  loggedBy!: string;
}

export function toEngagement(e: EngagementEntity, stakeholderIds: string[]): Engagement {
  return { id: e.id, date: String(e.date).slice(0, 10), technique: e.technique, developersPresent: !!e.developersPresent, notes: e.notes, stakeholderIds, itemIds: e.itemIds, loggedBy: e.loggedBy };
}

@ObjectType({ description: 'A key player (manage closely) not engaged recently.' })
export class NeglectedStakeholder {
  @Field(() => Stakeholder)
  stakeholder!: Stakeholder;

  @Field(() => Int, { nullable: true, description: 'Days since the last engagement; null when never engaged.' })
  daysSince!: number | null;
}

@ObjectType()
export class ValueRating {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  itemId!: string;

  @Field(() => ID)
  stakeholderId!: string;

  @Field(() => ValueRaterGroupEnum)
  group!: ValueRaterGroup;

  @Field(() => ValuePerspectiveEnum)
  perspective!: ValuePerspective;

  @Field(() => Int)
  value!: number;

  @Field()
  rationale!: string;

  @Field()
  ratedBy!: string;
}

export function toValueRating(e: ValueRatingEntity): ValueRating {
  return { id: e.id, itemId: e.itemId, stakeholderId: e.stakeholderId, group: e.raterGroup, perspective: e.perspective, value: e.value, rationale: e.rationale, ratedBy: e.ratedBy };
}

@ObjectType()
export class MeanValue {
  @Field()
  key!: string;

  @Field(() => Float)
  mean!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "How stakeholders value an item, by perspective and by group, and how far the groups disagree." })
export class ValueView {
  @Field(() => [ValueRating])
  ratings!: ValueRating[];

  @Field(() => [MeanValue])
  byPerspective!: MeanValue[];

  @Field(() => [MeanValue])
  byGroup!: MeanValue[];

  @Field(() => Float, { nullable: true, description: 'Highest group mean − lowest (null with fewer than two groups).' })
  spread!: number | null;

  @Field(() => String, { nullable: true })
  spreadExplanation!: string | null;
}

@ObjectType({ description: 'An item where stakeholder groups disagree most.' })
export class ContestedItem {
  @Field(() => ID)
  itemId!: string;

  @Field(() => Float)
  spread!: number;

  @Field()
  explanation!: string;
}

@ObjectType()
export class Comment {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  targetId!: string;

  @Field()
  author!: string;

  @Field(() => ID)
  authorUserId!: string;

  @Field()
  body!: string;

  @Field(() => [ID])
  mentions!: string[];

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  editedAt!: Date | null;
}

export function toComment(e: CommentEntity): Comment {
  return { id: e.id, targetId: e.targetId, author: e.authorLabel, authorUserId: e.authorUserId, body: e.body, mentions: e.mentions, version: e.version, createdAt: e.createdAt, editedAt: e.editedAt };
}
