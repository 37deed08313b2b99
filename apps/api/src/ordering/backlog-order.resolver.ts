import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { Actor } from '../common/actor';
import { BacklogItem, toBacklogItem } from '../backlog/backlog-item.model';
import { CurrentActor, RequestLoaders } from '../graphql/context';
import type { Loaders as LoaderSet } from '../graphql/loaders';
import { MoveBacklogItemInput, OrderHistoryArgs } from './dto/ordering.inputs';
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
