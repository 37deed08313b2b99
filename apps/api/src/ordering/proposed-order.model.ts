import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType, ArgsType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { ORDERING_STRATEGIES, type OrderingStrategy } from '@backlog-studio/domain';
import { IsEntityId } from '../common/validators';

export const OrderingStrategyEnum = Object.fromEntries(Object.keys(ORDERING_STRATEGIES).map((k) => [k, k])) as Record<OrderingStrategy, OrderingStrategy>;
registerEnumType(OrderingStrategyEnum, {
  name: 'OrderingStrategy',
  valuesMap: Object.fromEntries(Object.entries(ORDERING_STRATEGIES).map(([k, description]) => [k, { description }])),
});

@ObjectType()
export class ProposedOrderItem {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => Float, { nullable: true, description: 'Null when the strategy cannot score the item (it goes last).' })
  score!: number | null;

  @Field({ description: 'The score with the numbers used, e.g. "WSJF 6.5 = (8 + 5 + 13) / 4".' })
  explanation!: string;

  @Field(() => Int)
  currentPosition!: number;

  @Field(() => Int)
  proposedPosition!: number;
}

@ObjectType({ description: 'Kendall-τ distance between the current and the proposed order.' })
export class OrderDistance {
  // Float: at 100,000 items the pair counts pass GraphQL Int's 32 bits.
  @Field(() => Float, { description: 'Pairs of items whose relative order differs (a whole number).' })
  discordantPairs!: number;

  @Field(() => Float, { description: 'A whole number: n × (n − 1) / 2.' })
  totalPairs!: number;

  @Field(() => Float, { description: '0 = same order, 1 = reversed.' })
  normalised!: number;
}

@ObjectType({ description: 'Two items the proposal puts the other way round.' })
export class InvertedPair {
  @Field(() => ID, { description: 'Now before; after it in the proposal.' })
  currentlyFirstId!: string;

  @Field(() => ID)
  proposedFirstId!: string;
}

@ObjectType({ description: 'Where a dependency placed an item above one with a higher score.' })
export class DependencyOverrideModel {
  @Field(() => ID, { description: 'The prerequisite pulled up.' })
  itemId!: string;

  @Field(() => ID, { description: 'The item that depends on it.' })
  dependantId!: string;

  @Field(() => ID, { nullable: true, description: 'The higher-scoring item it jumped over.' })
  displacedId!: string | null;

  @Field()
  explanation!: string;
}

@ObjectType({ description: 'Whether the top N changes when sizes are off by ±50 %.' })
export class OrderSensitivity {
  @Field()
  stable!: boolean;

  @Field(() => [ID])
  topN!: string[];

  @Field(() => [ID], { description: 'Items that would enter the top N in the worst case.' })
  entering!: string[];

  @Field(() => [ID], { description: 'Items that would leave it.' })
  leaving!: string[];

  @Field()
  explanation!: string;
}

@ObjectType()
export class ProposedOrder {
  @Field(() => OrderingStrategyEnum)
  strategy!: OrderingStrategy;

  @Field({ description: 'Pass to applyProposedOrder as basedOnOrderVersion: it is refused if the backlog changed since.' })
  orderVersion!: string;

  @Field(() => Int, { description: 'Items the proposal covers (not done, not archived).' })
  itemCount!: number;

  @Field(() => [ProposedOrderItem], { description: 'The proposed order (the first `limit` items).' })
  items!: ProposedOrderItem[];

  @Field(() => OrderDistance)
  distance!: OrderDistance;

  @Field(() => [InvertedPair])
  invertedPairs!: InvertedPair[];

  @Field(() => [DependencyOverrideModel])
  dependencyOverrides!: DependencyOverrideModel[];

  @Field(() => OrderSensitivity, { nullable: true, description: 'For WSJF.' })
  sensitivity!: OrderSensitivity | null;
}

@InputType()
export class ProposedOrderOptions {
  @Field(() => Int, { nullable: true, defaultValue: 10 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  topN?: number;

  @Field(() => Int, { nullable: true, defaultValue: 100, description: 'How many items of the proposal to return (1–500).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(500)
  invertedPairsLimit?: number;
}

@ArgsType()
export class ProposedOrderArgs {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field(() => OrderingStrategyEnum)
  @IsIn(Object.keys(ORDERING_STRATEGIES))
  strategy!: OrderingStrategy;

  @Field(() => ProposedOrderOptions, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposedOrderOptions)
  options?: ProposedOrderOptions;
}

@InputType()
export class ApplyProposedOrderInput {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field(() => OrderingStrategyEnum)
  @IsIn(Object.keys(ORDERING_STRATEGIES))
  strategy!: OrderingStrategy;

  @Field({ description: 'The orderVersion of the proposal you accept.' })
  @IsString()
  @MaxLength(64)
  basedOnOrderVersion!: string;
}

@ObjectType()
export class AppliedOrder {
  @Field(() => Int, { description: 'Items that changed place.' })
  movedCount!: number;

  @Field()
  orderVersion!: string;
}
