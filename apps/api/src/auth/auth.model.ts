import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PRODUCT_ROLES, type ProductRole } from '@backlog-studio/domain';

export const ProductRoleEnum = Object.fromEntries(PRODUCT_ROLES.map((r) => [r, r])) as Record<ProductRole, ProductRole>;
registerEnumType(ProductRoleEnum, { name: 'ProductRole' });

export const MembershipStatusEnum = { ACTIVE: 'ACTIVE', PENDING: 'PENDING' } as const;
registerEnumType(MembershipStatusEnum, { name: 'MembershipStatus' });

/** The public face of an account: no password hash, no session data, by construction. */
@ObjectType()
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>`. Expires; revoked by signOut and changePassword.' })
  token!: string;

  @Field()
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@ObjectType()
export class Membership {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  productId!: string;

  @Field()
  productName!: string;

  @Field(() => ID, { nullable: true })
  userId!: string | null;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => ProductRoleEnum)
  role!: ProductRole;

  @Field(() => MembershipStatusEnum)
  status!: keyof typeof MembershipStatusEnum;

  @Field()
  createdAt!: Date;
}
