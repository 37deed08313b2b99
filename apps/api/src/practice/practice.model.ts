import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, IsNumber } from 'class-validator';
import { IsEntityId, RequiredText } from '../common/validators';

@ObjectType()
export class PracticeFeedback {
  @Field(() => String, { nullable: true })
  elementId!: string | null;

  @Field()
  correct!: boolean;

  @Field(() => Float, { nullable: true })
  credit!: number | null;

  @Field()
  rationale!: string;
}

@ObjectType()
export class ObjectiveMasteryModel {
  @Field()
  objective!: string;

  @Field(() => Float, { description: '0..1' })
  mastery!: number;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Date, { nullable: true })
  lastAt!: Date | null;
}

@ObjectType()
export class CategoryMastery {
  @Field()
  category!: string;

  @Field(() => Float)
  mastery!: number;
}

@ObjectType({ description: 'The server\'s own scoring of an attempt (a score sent by the client is ignored).' })
export class PracticeResult {
  @Field(() => ID)
  attemptId!: string;

  @Field()
  exerciseId!: string;

  @Field()
  objective!: string;

  @Field(() => Float)
  score!: number;

  @Field()
  correct!: boolean;

  @Field()
  summary!: string;

  @Field(() => [PracticeFeedback])
  feedback!: PracticeFeedback[];

  @Field(() => ObjectiveMasteryModel)
  mastery!: ObjectiveMasteryModel;
}

@ObjectType()
export class PracticeAttemptModel {
  @Field(() => ID)
  id!: string;

  @Field()
  exerciseId!: string;

  @Field()
  objective!: string;

  @Field(() => Float)
  score!: number;

  @Field()
  correct!: boolean;

  @Field(() => Int, { nullable: true })
  durationMs!: number | null;

  @Field()
  at!: Date;
}

@ObjectType()
export class PracticeProgress {
  @Field(() => [ObjectiveMasteryModel])
  byObjective!: ObjectiveMasteryModel[];

  @Field(() => [CategoryMastery])
  byCategory!: CategoryMastery[];

  @Field(() => [PracticeAttemptModel], { description: 'The latest attempts, newest first.' })
  recent!: PracticeAttemptModel[];

  @Field(() => [String], { description: 'Exercise ids to do next: missed objectives first (spaced repetition).' })
  next!: string[];
}

/** What every attempt sends: the answer and how long it took. */
@InputType({ isAbstract: true })
abstract class AttemptInput {
  @Field({ description: 'The answer as JSON, in the shape of the exercise type.' })
  @IsString()
  @MaxLength(100_000)
  answer!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  durationMs?: number;
}

@InputType()
export class SubmitPracticeAttemptInput extends AttemptInput {
  @Field()
  @IsString()
  @Matches(/^[a-z0-9.-]{1,80}$/i, { message: 'exerciseId is not an exercise id' })
  exerciseId!: string;

  @Field(() => Float, { nullable: true, description: 'Ignored: the server scores every attempt itself.' })
  @IsOptional()
  @IsNumber()
  clientScore?: number;
}

/** An attempt at ordering the top of your own backlog by WSJF: the answer is { order: [itemId…], scores: { itemId: WSJF } }. */
@InputType()
export class SubmitOwnBacklogPracticeInput extends AttemptInput {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field({ description: 'The material key of the exercise answered (ownBacklogMaterialKey): a backlog changed since is CONFLICT.' })
  @IsString()
  @MaxLength(10_000)
  basedOn!: string;
}

@ArgsType()
export class PracticeProgressArgs {
  @Field(() => Int, { nullable: true, defaultValue: 5 })
  @IsInt()
  @Min(1)
  @Max(50)
  next: number = 5;
}

@InputType()
export class SaveSimulationRunInput {
  @Field()
  @RequiredText(120)
  name!: string;

  @Field({ description: 'Simulation parameters as JSON (see libs/domain describeParameters).' })
  @IsString()
  @MaxLength(10_000)
  params!: string;

  @Field({ description: 'The strategy as JSON: "FEATURE_FACTORY", "OUTCOME_FIRST" or {"kind":"CUSTOM","order":[…]}.' })
  @IsString()
  @MaxLength(50_000)
  strategy!: string;
}

@ObjectType()
export class SimulationRunModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'JSON' })
  params!: string;

  @Field({ description: 'JSON' })
  strategy!: string;

  @Field({ description: 'JSON: the totals recomputed by the server.' })
  totals!: string;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'Material from a real backlog for practice: the top items with their WSJF parts.' })
export class PracticeBacklogItem {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => Int)
  currentPosition!: number;

  @Field(() => Int, { nullable: true })
  userBusinessValue!: number | null;

  @Field(() => Int, { nullable: true })
  timeCriticality!: number | null;

  @Field(() => Int, { nullable: true })
  riskReduction!: number | null;

  @Field(() => Float, { nullable: true })
  size!: number | null;
}

@ArgsType()
export class PracticeBacklogArgs {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field(() => Int, { nullable: true, defaultValue: 10 })
  @IsInt()
  @Min(2)
  @Max(30)
  first: number = 10;
}
