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
