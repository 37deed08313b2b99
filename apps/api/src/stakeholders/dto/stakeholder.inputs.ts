import { Field, Float, ID, InputType, Int, ArgsType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { ENGAGEMENT_TECHNIQUES, STAKEHOLDER_GROUPS, VALUE_PERSPECTIVES, type EngagementTechnique, type StakeholderGroup, type ValuePerspective } from '@backlog-studio/domain';
import { IsEntityId, IsIsoDate, OptionalText, RequiredText } from '../../common/validators';
import { EngagementTechniqueEnum, StakeholderGroupEnum, ValuePerspectiveEnum } from '../stakeholder.model';

const present = (_: object, v: unknown): boolean => v !== undefined;
const finite = { allowNaN: false, allowInfinity: false };

@InputType({ isAbstract: true })
abstract class StakeholderFields {
  @Field(() => StakeholderGroupEnum, { nullable: true })
  @ValidateIf(present)
  @IsIn(STAKEHOLDER_GROUPS)
  group?: StakeholderGroup;

  @Field({ nullable: true, description: 'Restricted: only the product owner sees it.' })
  @ValidateIf(present)
  @OptionalText(300)
  contact?: string;

  @Field(() => Float, { nullable: true, description: '0–10' })
  @ValidateIf(present)
  @IsNumber(finite)
  @Min(0)
  @Max(10)
  power?: number;

  @Field(() => Float, { nullable: true, description: '0–10' })
  @ValidateIf(present)
  @IsNumber(finite)
  @Min(0)
  @Max(10)
  interest?: number;

  @Field(() => [EngagementTechniqueEnum], { nullable: true })
  @ValidateIf(present)
  @IsArray()
  @ArrayMaxSize(ENGAGEMENT_TECHNIQUES.length)
  @IsIn(ENGAGEMENT_TECHNIQUES, { each: true })
  techniques?: EngagementTechnique[];

  @Field({ nullable: true })
  @ValidateIf(present)
  @OptionalText(5000)
  notes?: string;

  @Field(() => ID, { nullable: true, description: 'A member account that speaks for this stakeholder.' })
  @IsOptional()
  @IsEntityId()
  userId?: string | null;
}

@InputType()
export class CreateStakeholderInput extends StakeholderFields {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field()
  @RequiredText(120)
  name!: string;
}

@InputType()
export class UpdateStakeholderInput extends StakeholderFields {
  @Field(() => ID)
  @IsEntityId()
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true })
  @ValidateIf(present)
  @RequiredText(120)
  name?: string;
}

@InputType()
export class LogEngagementInput {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  date!: string;

  @Field(() => EngagementTechniqueEnum)
  @IsIn(ENGAGEMENT_TECHNIQUES)
  technique!: EngagementTechnique;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(100)
  @IsEntityId({ each: true })
  stakeholderIds!: string[];

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  developersPresent?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText(5000)
  notes?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsEntityId({ each: true })
  itemIds?: string[];
}

@InputType()
export class RateValueInput {
  @Field(() => ID)
  @IsEntityId()
  itemId!: string;

  @Field(() => ID, { description: 'The stakeholder whose view this is (a stakeholder member rates as their own stakeholder).' })
  @IsEntityId()
  stakeholderId!: string;

  @Field(() => Int, { description: 'Relative value 0–20.' })
  @IsInt()
  @Min(0)
  @Max(20)
  value!: number;

  @Field(() => ValuePerspectiveEnum, { nullable: true, description: "Defaults to the stakeholder group's perspective." })
  @IsOptional()
  @IsIn(VALUE_PERSPECTIVES)
  perspective?: ValuePerspective;

  @Field({ nullable: true, description: 'One line: why.' })
  @IsOptional()
  @OptionalText(200)
  rationale?: string;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID, { description: 'A backlog item or a Product Goal.' })
  @IsEntityId()
  targetId!: string;

  @Field({ description: 'Mention members with @their-email.' })
  @RequiredText(5000)
  body!: string;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  @IsEntityId()
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field()
  @RequiredText(5000)
  body!: string;
}

@ArgsType()
export class NeglectedArgs {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field(() => Int, { nullable: true, defaultValue: 30 })
  @IsInt()
  @Min(1)
  @Max(365)
  days: number = 30;
}
