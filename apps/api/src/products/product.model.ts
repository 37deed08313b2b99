import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { GoalStatus } from '@backlog-studio/domain';
import { GoalStatusEnum } from '../graphql/enums';
import type { ProductGoalEntity } from './product-goal.entity';
import type { ProductEntity } from './product.entity';

@ObjectType({ description: 'The Product Vision Board (Roman Pichler): five boxes.' })
export class VisionBoard {
  @Field({ description: 'The purpose: why the product exists.' })
  vision!: string;

  @Field({ description: 'Who the product is for.' })
  targetGroup!: string;

  @Field({ description: 'The problems it solves, the benefits it gives.' })
  needs!: string;

  @Field({ description: 'What the product is: its key features.' })
  product!: string;

  @Field({ description: 'How it benefits the company.' })
  businessGoals!: string;
}

@ObjectType({ description: 'A measurable objective the backlog serves (Scrum Guide 2020).' })
export class ProductGoal {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  productId!: string;

  @Field()
  statement!: string;

  @Field({ description: 'How progress toward the goal is measured.' })
  measure!: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  targetDate!: string | null;

  @Field(() => GoalStatusEnum)
  status!: GoalStatus;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class Product {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => VisionBoard)
  vision!: VisionBoard;

  @Field(() => Int, { description: 'Optimistic-locking version; send it back as expectedVersion.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export function toVisionBoard(e: ProductEntity): VisionBoard {
  return {
    vision: e.vision,
    targetGroup: e.targetGroup,
    needs: e.needs,
    product: e.productSummary,
    businessGoals: e.businessGoals,
  };
}

export function toProduct(e: ProductEntity): Product {
  return {
    id: e.id,
    name: e.name,
    description: e.description,
    vision: toVisionBoard(e),
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function toProductGoal(e: ProductGoalEntity): ProductGoal {
  return {
    id: e.id,
    productId: e.productId,
    statement: e.statement,
    measure: e.measure,
    targetDate: e.targetDate,
    status: e.status,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
