import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  IsNotEmpty,
} from 'class-validator';
import {
  ITEM_KINDS,
  ITEM_STATUSES,
  KANO_CATEGORIES,
  LIMITS,
  MOSCOW_BUCKETS,
  RISK_LEVELS,
  type ItemKind,
  type ItemStatus,
  type KanoCategory,
  type MoscowBucket,
  type RiskLevel,
} from '@backlog-studio/domain';
import { IsEntityId, IsIsoDate, OptionalText, RequiredText } from '../../common/validators';
import { ItemKindEnum, ItemStatusEnum, KanoEnum, MoscowEnum, RiskLevelEnum } from '../../graphql/enums';

/** Absent means "leave as is"; null means "clear" (for fields that may be empty). */
const present = (_: object, v: unknown): boolean => v !== undefined;
const finite = { allowNaN: false, allowInfinity: false };

@InputType({ description: 'Omitted parts are left as they are; null clears a part.' })
export class OutcomeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(LIMITS.shortTextMax)
  statement?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(LIMITS.metricMax)
  metric?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite)
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite)
  target?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  checkBy?: string | null;
}

@InputType()
export class ItemValueInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(LIMITS.valueMin)
  @Max(LIMITS.valueMax)
  customer?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(LIMITS.valueMin)
  @Max(LIMITS.valueMax)
  business?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(LIMITS.valueMin)
  @Max(LIMITS.valueMax)
  team?: number | null;
}

@InputType()
export class CostOfDelayInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(LIMITS.costOfDelayMin)
  @Max(LIMITS.costOfDelayMax)
  userBusinessValue?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(LIMITS.costOfDelayMin)
  @Max(LIMITS.costOfDelayMax)
  timeCriticality?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(LIMITS.costOfDelayMin)
  @Max(LIMITS.costOfDelayMax)
  riskReduction?: number | null;
}

/** The editable fields, shared by create and update. */
@InputType({ isAbstract: true })
abstract class BacklogItemFields {
  @Field({ nullable: true })
  @ValidateIf(present)
  @OptionalText(LIMITS.textMax)
  description?: string;

  @Field(() => ItemKindEnum, { nullable: true })
  @ValidateIf(present)
  @IsIn(ITEM_KINDS)
  kind?: ItemKind;

  @Field(() => ItemStatusEnum, { nullable: true })
  @ValidateIf(present)
  @IsIn(ITEM_STATUSES)
  status?: ItemStatus;

  @Field(() => OutcomeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutcomeInput)
  outcome?: OutcomeInput | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalText(LIMITS.textMax)
  output?: string | null;

  @Field(() => ItemValueInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ItemValueInput)
  value?: ItemValueInput | null;

  @Field(() => CostOfDelayInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CostOfDelayInput)
  costOfDelay?: CostOfDelayInput | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(finite)
  @Min(0, { message: 'size must not be negative' })
  @Max(LIMITS.sizeMax)
  size?: number | null;

  @Field(() => RiskLevelEnum, { nullable: true })
  @IsOptional()
  @IsIn(RISK_LEVELS)
  risk?: RiskLevel | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(LIMITS.confidenceMax)
  confidence?: number | null;

  @Field(() => MoscowEnum, { nullable: true })
  @IsOptional()
  @IsIn(MOSCOW_BUCKETS)
  moscow?: MoscowBucket | null;

  @Field(() => KanoEnum, { nullable: true })
  @IsOptional()
  @IsIn(KANO_CATEGORIES)
  kano?: KanoCategory | null;

  @Field(() => [String], { nullable: true })
  @ValidateIf(present)
  @IsArray()
  @ArrayMaxSize(LIMITS.acceptanceCriteriaMax)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'each acceptance criterion must not be empty' })
  @MaxLength(LIMITS.shortTextMax, { each: true })
  acceptanceCriteria?: string[];

  @Field(() => ID, { nullable: true, description: 'The Product Goal the item serves.' })
  @IsOptional()
  @IsEntityId()
  goalId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The item this one was split from.' })
  @IsOptional()
  @IsEntityId()
  parentId?: string | null;
}

@InputType()
export class CreateBacklogItemInput extends BacklogItemFields {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field({ description: 'Enough to capture an idea; outcome and value make it refinable.' })
  @RequiredText(LIMITS.titleMax)
  title!: string;
}

@InputType()
export class UpdateBacklogItemInput extends BacklogItemFields {
  @Field(() => ID)
  @IsEntityId()
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a stale one is refused with CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true })
  @ValidateIf(present)
  @RequiredText(LIMITS.titleMax)
  title?: string;
}

@InputType()
export class ArchiveBacklogItemInput {
  @Field(() => ID)
  @IsEntityId()
  id!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@InputType()
export class BacklogItemFilter {
  @Field(() => [ItemStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(ITEM_STATUSES, { each: true })
  status?: ItemStatus[];

  @Field(() => [ItemKindEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(ITEM_KINDS, { each: true })
  kind?: ItemKind[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  goalId?: string;

  @Field({ nullable: true, description: 'Words found in the title (case-insensitive).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field({ nullable: true, defaultValue: false, description: 'true lists archived items instead.' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

@ArgsType()
export class BacklogItemsArgs {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field(() => Int, { nullable: true, defaultValue: LIMITS.pageSizeDefault, description: `1–${LIMITS.pageSizeMax}` })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax, { message: `first must be at most ${LIMITS.pageSizeMax}` })
  first: number = LIMITS.pageSizeDefault;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  after?: string;

  @Field(() => BacklogItemFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BacklogItemFilter)
  filter?: BacklogItemFilter;
}
