import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PRODUCT_ROLES, type ProductRole } from '@backlog-studio/domain';
import { IsEntityId, OptionalText } from '../../common/validators';
import { ProductRoleEnum } from '../auth.model';

const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

@InputType()
export class SignUpInput {
  @Field()
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'At least 10 characters.' })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200)
  password!: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalText(120)
  displayName?: string;
}

@InputType()
export class SignInInput {
  @Field()
  @Transform(normaliseEmail)
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @Field()
  @IsString()
  @MinLength(10, { message: 'newPassword must be at least 10 characters' })
  @MaxLength(200)
  newPassword!: string;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field()
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => ProductRoleEnum, { description: 'Not PRODUCT_OWNER: ownership is handed over, not invited.' })
  @IsIn(PRODUCT_ROLES.filter((r) => r !== 'PRODUCT_OWNER'), { message: 'role must be DEVELOPER, STAKEHOLDER or COACH' })
  role!: ProductRole;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  @IsEntityId()
  membershipId!: string;

  @Field(() => ProductRoleEnum)
  @IsIn(PRODUCT_ROLES.filter((r) => r !== 'PRODUCT_OWNER'), { message: 'role must be DEVELOPER, STAKEHOLDER or COACH; use handOverOwnership for PRODUCT_OWNER' })
  role!: ProductRole;
}

@InputType()
export class HandOverOwnershipInput {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field(() => ID, { description: 'An active member who becomes the product owner.' })
  @IsEntityId()
  toMembershipId!: string;

  @Field(() => ProductRoleEnum, { nullable: true, defaultValue: 'DEVELOPER', description: 'The role the current owner keeps.' })
  @IsOptional()
  @IsIn(PRODUCT_ROLES.filter((r) => r !== 'PRODUCT_OWNER'))
  previousOwnerRole?: ProductRole;
}

@InputType()
export class MembershipIdInput {
  @Field(() => ID)
  @IsEntityId()
  membershipId!: string;
}
