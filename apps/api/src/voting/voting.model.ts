import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { IsEntityId, RequiredText } from '../common/validators';

@ObjectType()
export class VotingItem {
  @Field(() => ID)
  itemId!: string;

  @Field()
  title!: string;

  @Field(() => Int, { description: 'The price: the item size.' })
  price!: number;

  @Field(() => Int)
  pledged!: number;

  @Field()
  funded!: boolean;

  @Field(() => Int)
  sharePercent!: number;

  @Field(() => Int, { description: 'This caller\'s own pledge.' })
  myPledge!: number;
}

@ObjectType()
export class VotingParticipant {
  @Field(() => ID)
  userId!: string;

  @Field()
  email!: string;

  @Field(() => Int)
  budget!: number;

  @Field(() => Int)
  spent!: number;
}

@ObjectType()
export class VotingRound {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  status!: string;

  @Field(() => [VotingItem], { description: 'Best funded first once closed; in the order opened while open.' })
  items!: VotingItem[];

  @Field(() => [VotingParticipant])
  participants!: VotingParticipant[];

  @Field(() => Int)
  totalPrice!: number;

  @Field(() => Int, { nullable: true, description: 'Once closed: budget not spent on funded items.' })
  leftover!: number | null;

  @Field()
  openedBy!: string;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

@InputType()
export class ParticipantBudgetInput {
  @Field(() => ID)
  @IsEntityId()
  userId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  budget!: number;
}

@InputType()
export class OpenVotingRoundInput {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field()
  @RequiredText(200)
  title!: string;

  @Field(() => [ID], { description: 'Items with a size (their price).' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @IsEntityId({ each: true })
  itemIds!: string[];

  @Field(() => [ParticipantBudgetInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ParticipantBudgetInput)
  participants!: ParticipantBudgetInput[];
}

@InputType()
export class PledgeInput {
  @Field(() => ID)
  @IsEntityId()
  itemId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  amount!: number;
}

@InputType()
export class AllocateBudgetInput {
  @Field(() => ID)
  @IsEntityId()
  roundId!: string;

  @Field(() => [PledgeInput], { description: 'Replaces your previous allocation in this round.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PledgeInput)
  allocations!: PledgeInput[];
}
