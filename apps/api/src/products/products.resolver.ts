import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { Actor } from '../common/actor';
import { CurrentActor, RequestLoaders } from '../graphql/context';
import type { Loaders as LoaderSet } from '../graphql/loaders';
import { ChangeLogEntry, toChangeLogEntry } from '../history/change-log.model';
import { IdArgs } from '../graphql/id.args';
import {
  CreateProductGoalInput,
  CreateProductInput,
  SetProductVisionInput,
  UpdateProductGoalInput,
  UpdateProductInput,
} from './dto/product.inputs';
import { Product, ProductGoal, toProduct, toProductGoal } from './product.model';
import { ProductsService } from './products.service';

@Resolver(() => Product)
export class ProductsResolver {
  constructor(@Inject(ProductsService) private readonly service: ProductsService) {}

  @Access('SIGNED_IN')
  @Query(() => [Product], { description: 'The products you belong to, by name.' })
  async products(@CurrentActor() actor: Actor): Promise<Product[]> {
    return (await this.service.list(actor)).map(toProduct);
  }

  @Access('READ')
  @Query(() => Product)
  async product(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<Product> {
    return toProduct(await this.service.get(actor, id));
  }

  @Access('SIGNED_IN')
  @Mutation(() => Product, { description: 'Creates a product; you become its product owner.' })
  async createProduct(@CurrentActor() actor: Actor, @Args('input') input: CreateProductInput): Promise<Product> {
    return toProduct(await this.service.create(actor, input));
  }

  @Access('EDIT_PRODUCT')
  @Mutation(() => Product)
  async updateProduct(@CurrentActor() actor: Actor, @Args('input') input: UpdateProductInput): Promise<Product> {
    return toProduct(await this.service.update(actor, input));
  }

  @Access('EDIT_PRODUCT')
  @Mutation(() => Product, { description: 'Sets the boxes of the Product Vision Board; omitted boxes stay.' })
  async setProductVision(@CurrentActor() actor: Actor, @Args('input') input: SetProductVisionInput): Promise<Product> {
    return toProduct(await this.service.setVision(actor, input));
  }

  @Access('EDIT_PRODUCT')
  @Mutation(() => ProductGoal)
  async createProductGoal(@CurrentActor() actor: Actor, @Args('input') input: CreateProductGoalInput): Promise<ProductGoal> {
    return toProductGoal(await this.service.createGoal(actor, input));
  }

  @Access('EDIT_PRODUCT')
  @Mutation(() => ProductGoal)
  async updateProductGoal(@CurrentActor() actor: Actor, @Args('input') input: UpdateProductGoalInput): Promise<ProductGoal> {
    return toProductGoal(await this.service.updateGoal(actor, input));
  }

  @ResolveField(() => [ProductGoal], { description: 'All Product Goals, newest first.' })
  async goals(@Parent() product: Product, @RequestLoaders() loaders: LoaderSet): Promise<ProductGoal[]> {
    return (await loaders.goalsOfProduct.load(product.id)).map(toProductGoal);
  }

  @ResolveField(() => ProductGoal, { nullable: true, description: 'The one active Product Goal, if any.' })
  async activeGoal(@Parent() product: Product, @RequestLoaders() loaders: LoaderSet): Promise<ProductGoal | null> {
    const active = (await loaders.goalsOfProduct.load(product.id)).find((g) => g.status === 'ACTIVE');
    return active ? toProductGoal(active) : null;
  }

  @ResolveField(() => [ChangeLogEntry], { description: 'Changes to the product and its vision, newest first.' })
  async history(@Parent() product: Product, @RequestLoaders() loaders: LoaderSet): Promise<ChangeLogEntry[]> {
    return (await loaders.history.load(product.id)).map(toChangeLogEntry);
  }
}

@Resolver(() => ProductGoal)
export class ProductGoalResolver {
  @ResolveField(() => [ChangeLogEntry], { description: 'Changes to the goal, newest first.' })
  async history(@Parent() goal: ProductGoal, @RequestLoaders() loaders: LoaderSet): Promise<ChangeLogEntry[]> {
    return (await loaders.history.load(goal.id)).map(toChangeLogEntry);
  }
}

