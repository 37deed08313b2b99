import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { Actor } from '../common/actor';
import { CurrentActor, RequestLoaders } from '../graphql/context';
import { IdArgs } from '../graphql/id.args';
import type { Loaders as LoaderSet } from '../graphql/loaders';
import { ChangeLogEntry, toChangeLogEntry } from '../history/change-log.model';
import { ProductGoal, toProductGoal } from '../products/product.model';
import { BacklogItem, BacklogItemConnection, toBacklogItem } from './backlog-item.model';
import { BacklogItemsService } from './backlog-items.service';
import {
  ArchiveBacklogItemInput,
  BacklogItemsArgs,
  CreateBacklogItemInput,
  UpdateBacklogItemInput,
} from './dto/backlog-item.inputs';

@Resolver(() => BacklogItem)
export class BacklogItemsResolver {
  constructor(@Inject(BacklogItemsService) private readonly items: BacklogItemsService) {}

  @Access('READ')
  @Query(() => BacklogItemConnection, { description: 'A product\'s backlog in order, by keyset pages of at most 100.' })
  async backlogItems(@CurrentActor() actor: Actor, @Args() args: BacklogItemsArgs): Promise<BacklogItemConnection> {
    const page = await this.items.list(actor, args);
    const edges = page.items.map((item) => ({ node: toBacklogItem(item), cursor: page.cursorOf(item) }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      countQuery: page.count,
    };
  }

  @Access('READ')
  @Query(() => BacklogItem)
  async backlogItem(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<BacklogItem> {
    return toBacklogItem(await this.items.get(actor, id));
  }

  @Access('CREATE_ITEM')
  @Mutation(() => BacklogItem, { description: 'Adds an item at the bottom of the backlog. A title is enough for an idea.' })
  async createBacklogItem(@CurrentActor() actor: Actor, @Args('input') input: CreateBacklogItemInput): Promise<BacklogItem> {
    return toBacklogItem(await this.items.create(actor, input));
  }

  @Access('EDIT_ITEM')
  @Mutation(() => BacklogItem, { description: 'Changes the given fields; refused with CONFLICT when expectedVersion is stale.' })
  async updateBacklogItem(@CurrentActor() actor: Actor, @Args('input') input: UpdateBacklogItemInput): Promise<BacklogItem> {
    return toBacklogItem(await this.items.update(actor, input));
  }

  @Access('ARCHIVE_ITEM')
  @Mutation(() => BacklogItem, { description: 'Takes an item off the backlog; restoreBacklogItem brings it back.' })
  async archiveBacklogItem(@CurrentActor() actor: Actor, @Args('input') input: ArchiveBacklogItemInput): Promise<BacklogItem> {
    return toBacklogItem(await this.items.archive(actor, input));
  }

  @Access('ARCHIVE_ITEM')
  @Mutation(() => BacklogItem)
  async restoreBacklogItem(@CurrentActor() actor: Actor, @Args('input') input: ArchiveBacklogItemInput): Promise<BacklogItem> {
    return toBacklogItem(await this.items.restore(actor, input));
  }

  @ResolveField(() => ProductGoal, { nullable: true })
  async goal(@Parent() item: BacklogItem, @RequestLoaders() loaders: LoaderSet): Promise<ProductGoal | null> {
    if (!item.goalId) return null;
    const goal = await loaders.goal.load(item.goalId);
    return goal ? toProductGoal(goal) : null;
  }

  @ResolveField(() => BacklogItem, { nullable: true, description: 'The item this one was split from.' })
  async parent(@Parent() item: BacklogItem, @RequestLoaders() loaders: LoaderSet): Promise<BacklogItem | null> {
    if (!item.parentId) return null;
    const parent = await loaders.item.load(item.parentId);
    return parent ? toBacklogItem(parent) : null;
  }

  @ResolveField(() => [BacklogItem], { description: 'Items split from this one, in backlog order.' })
  async children(@Parent() item: BacklogItem, @RequestLoaders() loaders: LoaderSet): Promise<BacklogItem[]> {
    return (await loaders.children.load(item.id)).map(toBacklogItem);
  }

  @ResolveField(() => [BacklogItem], { description: 'Items that must come first.' })
  async dependsOn(@Parent() item: BacklogItem, @RequestLoaders() loaders: LoaderSet): Promise<BacklogItem[]> {
    return (await loaders.dependsOn.load(item.id)).map(toBacklogItem);
  }

  @ResolveField(() => [ChangeLogEntry], { description: 'Every change to the item, newest first.' })
  async history(@Parent() item: BacklogItem, @RequestLoaders() loaders: LoaderSet): Promise<ChangeLogEntry[]> {
    return (await loaders.history.load(item.id)).map(toChangeLogEntry);
  }
}

@Resolver(() => BacklogItemConnection)
export class BacklogItemConnectionResolver {
  @ResolveField(() => Int, { description: 'Items matching the filter (counted only when asked for).' })
  totalCount(@Parent() connection: BacklogItemConnection): Promise<number> {
    return connection.countQuery();
  }
}
