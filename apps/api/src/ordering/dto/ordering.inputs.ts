import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Max, MaxLength, Min, IsString } from 'class-validator';
import { Transform } from 'class-transformer';
import { IsEntityId } from '../../common/validators';
import { OrderingCriterionEnum, type OrderingCriterion } from '../order-change.model';

@InputType({ description: 'Give exactly one of beforeItemId (place it just before) or afterItemId (just after).' })
export class MoveBacklogItemInput {
  @Field(() => ID)
  @IsEntityId()
  itemId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  beforeItemId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  afterItemId?: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true, description: 'Why the item goes there (kept in the order history).' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(500)
  reason?: string;

  @Field(() => OrderingCriterionEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(OrderingCriterionEnum))
  criterion?: OrderingCriterion;
}

@InputType()
export class DependencyInput {
  @Field(() => ID, { description: 'The item that depends on another.' })
  @IsEntityId()
  itemId!: string;

  @Field(() => ID, { description: 'The item that must come first.' })
  @IsEntityId()
  dependsOnId!: string;
}

@ArgsType()
export class OrderHistoryArgs {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 50;
}
