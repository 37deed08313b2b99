import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { Actor } from '../common/actor';
import { BacklogItem, toBacklogItem } from '../backlog/backlog-item.model';
import { CurrentActor, RequestLoaders } from '../graphql/context';
import type { Loaders as LoaderSet } from '../graphql/loaders';
import { DependencyInput, MoveBacklogItemInput, OrderHistoryArgs } from './dto/ordering.inputs';
import { AppliedOrder, ApplyProposedOrderInput, ProposedOrder, ProposedOrderArgs } from './proposed-order.model';
import { ProposalsService } from './proposals.service';
import { OrderChange, toOrderChange } from './order-change.model';
import { BacklogOrderService } from './backlog-order.service';

@Resolver(() => BacklogItem)
export class BacklogOrderResolver {
  constructor(@Inject(BacklogOrderService) private readonly order: BacklogOrderService) {}

  @Access('ORDER')
  @Mutation(() => BacklogItem, {
    description: 'Places an item just before or after another (product owner only); recorded with its reason.',
  })
  async moveBacklogItem(@CurrentActor() actor: Actor, @Args('input') input: MoveBacklogItemInput): Promise<BacklogItem> {
    return toBacklogItem(await this.order.move(actor, input));
  }

  @Access('READ')
  @Query(() => [OrderChange], { description: "The product's order history, newest first." })
  async orderHistory(@CurrentActor() actor: Actor, @Args() args: OrderHistoryArgs): Promise<OrderChange[]> {
    return (await this.order.history(actor, args)).map(toOrderChange);
  }

  @ResolveField('orderHistory', () => [OrderChange], { description: 'How this item moved in the order, and why; newest first.' })
  async itemOrderHistory(@Parent() item: BacklogItem, @RequestLoaders() loaders: LoaderSet): Promise<OrderChange[]> {
    return (await loaders.orderHistory.load(item.id)).map(toOrderChange);
  }
}

@Resolver()
export class ProposalsResolver {
  constructor(@Inject(ProposalsService) private readonly proposals: ProposalsService) {}

  @Access('READ')
  @Query(() => ProposedOrder, { description: 'The backlog ordered by a strategy, explained, beside the current order. Changes nothing.' })
  proposedOrder(@CurrentActor() actor: Actor, @Args() args: ProposedOrderArgs): Promise<ProposedOrder> {
    return this.proposals.propose(actor, args);
  }

  @Access('ACCEPT_PROPOSED_ORDER')
  @Mutation(() => AppliedOrder, { description: 'Accepts a proposed order (product owner only); CONFLICT when the backlog changed since.' })
  applyProposedOrder(@CurrentActor() actor: Actor, @Args('input') input: ApplyProposedOrderInput): Promise<AppliedOrder> {
    return this.proposals.apply(actor, input);
  }

  @Access('EDIT_ITEM')
  @Mutation(() => BacklogItem, { description: 'Records that an item depends on another; refused when it would close a cycle.' })
  async addDependency(@CurrentActor() actor: Actor, @Args('input') input: DependencyInput): Promise<BacklogItem> {
    return toBacklogItem(await this.proposals.addDependency(actor, input));
  }

  @Access('EDIT_ITEM')
  @Mutation(() => BacklogItem)
  async removeDependency(@CurrentActor() actor: Actor, @Args('input') input: DependencyInput): Promise<BacklogItem> {
    return toBacklogItem(await this.proposals.removeDependency(actor, input));
  }
}
