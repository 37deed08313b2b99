import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { OrderChangeEntity } from './order-change.entity';

export const OrderingCriterionEnum = {
  VALUE: 'VALUE',
  COST_OF_DELAY: 'COST_OF_DELAY',
  WSJF: 'WSJF',
  CD3: 'CD3',
  RICE: 'RICE',
  RISK: 'RISK',
  DEPENDENCY: 'DEPENDENCY',
  LEARNING: 'LEARNING',
  MOSCOW: 'MOSCOW',
  STAKEHOLDER: 'STAKEHOLDER',
  OTHER: 'OTHER',
} as const;
export type OrderingCriterion = keyof typeof OrderingCriterionEnum;
registerEnumType(OrderingCriterionEnum, { name: 'OrderingCriterion', description: 'Why an item was placed where it is.' });

export const OrderChangeKindEnum = { MOVE: 'MOVE', PROPOSED_ORDER: 'PROPOSED_ORDER' } as const;
registerEnumType(OrderChangeKindEnum, { name: 'OrderChangeKind' });

@ObjectType({ description: 'One change to the backlog order: who moved what, from where to where, and why.' })
export class OrderChange {
  @Field(() => ID)
  id!: string;

  @Field(() => OrderChangeKindEnum)
  kind!: keyof typeof OrderChangeKindEnum;

  @Field(() => ID, { nullable: true })
  itemId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The item it followed before the move.' })
  fromAfterId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The item it preceded before the move.' })
  fromBeforeId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The item it follows now.' })
  toAfterId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The item it precedes now.' })
  toBeforeId!: string | null;

  @Field()
  reason!: string;

  @Field(() => OrderingCriterionEnum, { nullable: true })
  criterion!: OrderingCriterion | null;

  @Field(() => Int, { nullable: true })
  movedCount!: number | null;

  @Field()
  actor!: string;

  @Field()
  at!: Date;
}

export function toOrderChange(e: OrderChangeEntity): OrderChange {
  return {
    id: String(e.id),
    kind: e.kind,
    itemId: e.itemId,
    fromAfterId: e.fromAfterId,
    fromBeforeId: e.fromBeforeId,
    toAfterId: e.toAfterId,
    toBeforeId: e.toBeforeId,
    reason: e.reason,
    criterion: (e.criterion as OrderingCriterion | null) ?? null,
    movedCount: e.movedCount,
    actor: e.actorLabel,
    at: e.at,
  };
}
