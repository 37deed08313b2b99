import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEntityId } from '../common/validators';

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsEntityId()
  id!: string;
}

@ArgsType()
export class ProductIdArgs {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;
}

@ArgsType()
export class ItemIdArgs {
  @Field(() => ID)
  @IsEntityId()
  itemId!: string;
}

@ArgsType()
export class RoundIdArgs {
  @Field(() => ID)
  @IsEntityId()
  roundId!: string;
}
