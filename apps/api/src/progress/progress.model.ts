import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProductGoal } from '../products/product.model';

@ObjectType()
export class BurnUpPointModel {
  @Field()
  start!: string;

  @Field()
  end!: string;

  @Field(() => Float, { description: 'Cumulative size done by the end of the period.' })
  done!: number;

  @Field(() => Float, { description: 'Total scope at the end of the period.' })
  scope!: number;

  @Field(() => Float)
  added!: number;

  @Field(() => Float)
  removed!: number;

  @Field()
  scopeChanged!: boolean;
}

@ObjectType()
export class ThroughputModel {
  @Field()
  start!: string;

  @Field()
  end!: string;

  @Field(() => Int)
  count!: number;

  @Field({ description: 'The period is not over yet (left out of the forecast).' })
  partial!: boolean;
}

@ObjectType()
export class ForecastPercentile {
  @Field(() => Int, { description: '50, 85 or 95 (% of simulated futures that finish by then).' })
  confidence!: number;

  @Field(() => Int, { nullable: true, description: 'Weeks needed; null when beyond the horizon.' })
  weeks!: number | null;

  @Field(() => String, { nullable: true })
  date!: string | null;
}

@ObjectType({ description: 'Monte Carlo over weekly throughput (10,000 trials, seeded: the same data gives the same answer).' })
export class ForecastModel {
  @Field(() => Int)
  remainingItems!: number;

  @Field(() => [ForecastPercentile])
  percentiles!: ForecastPercentile[];

  @Field(() => [Int], { description: 'Weekly throughput the forecast drew from.' })
  basedOn!: number[];
}

@ObjectType({ description: 'Progress toward the Product Goal, for stakeholders (CSPO C1.2, C2.4).' })
export class ProgressReport {
  @Field(() => ID)
  productId!: string;

  @Field()
  productName!: string;

  @Field(() => ProductGoal, { nullable: true })
  activeGoal!: ProductGoal | null;

  @Field()
  generatedOn!: string;

  @Field(() => [BurnUpPointModel], { description: 'Weekly; sizes in points (an unsized item counts 1).' })
  burnUp!: BurnUpPointModel[];

  @Field(() => [ThroughputModel], { description: 'Items done per week.' })
  throughput!: ThroughputModel[];

  @Field(() => ForecastModel, { nullable: true, description: 'Null until items have been done.' })
  forecast!: ForecastModel | null;

  @Field(() => String, { nullable: true })
  forecastNote!: string | null;

  @Field(() => Int)
  doneItems!: number;

  @Field(() => Int)
  remainingItems!: number;
}

@ObjectType()
export class ShareLink {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Only returned once, when created.' })
  token!: string | null;

  @Field(() => String, { nullable: true, description: 'The web path that shows the report without an account.' })
  path!: string | null;

  @Field()
  createdBy!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}
