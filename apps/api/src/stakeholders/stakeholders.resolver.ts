import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { Access } from '../auth/access.decorator';
import type { Actor } from '../common/actor';
import { IsEntityId } from '../common/validators';
import { CurrentActor } from '../graphql/context';
import { IdArgs, ItemIdArgs, ProductIdArgs } from '../graphql/id.args';
import { AddCommentInput, CreateStakeholderInput, EditCommentInput, LogEngagementInput, NeglectedArgs, RateValueInput, UpdateStakeholderInput } from './dto/stakeholder.inputs';
import { Comment, ContestedItem, Engagement, NeglectedStakeholder, Stakeholder, ValueView } from './stakeholder.model';
import { StakeholdersService } from './stakeholders.service';

@ArgsType()
class TargetArgs {
  @Field(() => ID)
  @IsEntityId()
  targetId!: string;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number = 50;
}

@ArgsType()
class ContestedArgs extends ProductIdArgs {
  @Field(() => Int, { nullable: true, defaultValue: 10 })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number = 10;
}

@Resolver()
export class StakeholdersResolver {
  constructor(@Inject(StakeholdersService) private readonly service: StakeholdersService) {}

  @Access('READ')
  @Query(() => [Stakeholder], { description: 'The stakeholder map; contact details only for the product owner.' })
  stakeholders(@CurrentActor() actor: Actor, @Args() { productId }: ProductIdArgs): Promise<Stakeholder[]> {
    return this.service.list(actor, productId);
  }

  @Access('MANAGE_STAKEHOLDERS')
  @Mutation(() => Stakeholder)
  createStakeholder(@CurrentActor() actor: Actor, @Args('input') input: CreateStakeholderInput): Promise<Stakeholder> {
    return this.service.create(actor, input);
  }

  @Access('MANAGE_STAKEHOLDERS')
  @Mutation(() => Stakeholder, { description: 'Moving someone on the grid is an update of power and interest.' })
  updateStakeholder(@CurrentActor() actor: Actor, @Args('input') input: UpdateStakeholderInput): Promise<Stakeholder> {
    return this.service.update(actor, input);
  }

  @Access('MANAGE_STAKEHOLDERS')
  @Mutation(() => Boolean)
  removeStakeholder(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<boolean> {
    return this.service.remove(actor, id);
  }

  @Access('LOG_ENGAGEMENT')
  @Mutation(() => Engagement)
  logEngagement(@CurrentActor() actor: Actor, @Args('input') input: LogEngagementInput): Promise<Engagement> {
    return this.service.logEngagement(actor, input);
  }

  @Access('READ')
  @Query(() => [Engagement], { description: 'The engagement log, newest first.' })
  engagements(@CurrentActor() actor: Actor, @Args() { productId }: ProductIdArgs): Promise<Engagement[]> {
    return this.service.engagements(actor, productId);
  }

  @Access('READ')
  @Query(() => [NeglectedStakeholder], { description: 'Key players (manage closely) not engaged for `days` days.' })
  neglectedKeyPlayers(@CurrentActor() actor: Actor, @Args() args: NeglectedArgs): Promise<NeglectedStakeholder[]> {
    return this.service.neglected(actor, args);
  }

  @Access('RATE_VALUE')
  @Mutation(() => ValueView, { description: "A stakeholder's view of an item's value, with a one-line rationale." })
  rateValue(@CurrentActor() actor: Actor, @Args('input') input: RateValueInput): Promise<ValueView> {
    return this.service.rateValue(actor, input);
  }

  @Access('READ')
  @Query(() => ValueView)
  itemValue(@CurrentActor() actor: Actor, @Args() { itemId }: ItemIdArgs): Promise<ValueView> {
    return this.service.valueView(actor, itemId);
  }

  @Access('READ')
  @Query(() => [ContestedItem], { description: 'Items where stakeholder groups disagree most about the value (C3.3).' })
  contestedItems(@CurrentActor() actor: Actor, @Args() args: ContestedArgs): Promise<ContestedItem[]> {
    return this.service.contested(actor, args.productId, args.first);
  }

  @Access('COMMENT')
  @Mutation(() => Comment, { description: 'Comment on an item or the Product Goal; @email mentions members.' })
  addComment(@CurrentActor() actor: Actor, @Args('input') input: AddCommentInput): Promise<Comment> {
    return this.service.addComment(actor, input);
  }

  @Access('COMMENT')
  @Mutation(() => Comment, { description: 'The author edits; the previous text stays in history.' })
  editComment(@CurrentActor() actor: Actor, @Args('input') input: EditCommentInput): Promise<Comment> {
    return this.service.editComment(actor, input);
  }

  @Access('READ')
  @Query(() => [Comment], { description: 'Comments on an item or goal, newest first.' })
  comments(@CurrentActor() actor: Actor, @Args() args: TargetArgs): Promise<Comment[]> {
    return this.service.comments(actor, args.targetId, args.first);
  }
}
