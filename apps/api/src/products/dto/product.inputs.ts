import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Min, ValidateIf, ValidateNested } from 'class-validator';
import { GOAL_STATUSES, LIMITS, type GoalStatus } from '@backlog-studio/domain';
import { GoalStatusEnum } from '../../graphql/enums';
import { IsEntityId, IsIsoDate, OptionalText, RequiredText } from '../../common/validators';

const present = (_: object, v: unknown): boolean => v !== undefined;

@InputType({ description: 'The five boxes of the Product Vision Board; omitted boxes are left as they are.' })
export class VisionBoardInput {
  @Field({ nullable: true })
  @IsOptional()
  @OptionalText(LIMITS.textMax)
  vision?: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText(LIMITS.textMax)
  targetGroup?: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText(LIMITS.textMax)
  needs?: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText(LIMITS.textMax)
  product?: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText(LIMITS.textMax)
  businessGoals?: string;
}

@InputType()
export class CreateProductInput {
  @Field()
  @RequiredText(LIMITS.nameMax)
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText(LIMITS.textMax)
  description?: string;

  @Field(() => VisionBoardInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VisionBoardInput)
  vision?: VisionBoardInput;
}

@InputType()
export class UpdateProductInput {
  @Field(() => ID)
  @IsEntityId()
  id!: string;

  @Field(() => Int, { nullable: true, description: 'When given, the update is refused with CONFLICT if the product changed since.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;

  @Field({ nullable: true })
  @ValidateIf(present)
  @RequiredText(LIMITS.nameMax)
  name?: string;

  @Field({ nullable: true })
  @ValidateIf(present)
  @OptionalText(LIMITS.textMax)
  description?: string;
}

@InputType()
export class SetProductVisionInput extends VisionBoardInput {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@InputType()
export class CreateProductGoalInput {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field()
  @RequiredText(LIMITS.shortTextMax)
  statement!: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText(LIMITS.shortTextMax)
  measure?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  targetDate?: string | null;

  @Field(() => GoalStatusEnum, { nullable: true, defaultValue: 'ACTIVE' })
  @IsOptional()
  @IsIn(GOAL_STATUSES)
  status?: GoalStatus;
}

@InputType()
export class UpdateProductGoalInput {
  @Field(() => ID)
  @IsEntityId()
  id!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;

  @Field({ nullable: true })
  @ValidateIf(present)
  @RequiredText(LIMITS.shortTextMax)
  statement?: string;

  @Field({ nullable: true })
  @ValidateIf(present)
  @OptionalText(LIMITS.shortTextMax)
  measure?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  targetDate?: string | null;

  @Field(() => GoalStatusEnum, { nullable: true })
  @ValidateIf(present)
  @IsIn(GOAL_STATUSES)
  status?: GoalStatus;
}
