import { Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/actor';
import { CurrentActor, type GqlContext } from '../graphql/context';
import { Access } from './access.decorator';
import { AuthPayload, Membership, User } from './auth.model';
import { AuthService, type SignedIn } from './auth.service';
import {
  ChangeMemberRoleInput,
  ChangePasswordInput,
  HandOverOwnershipInput,
  InviteMemberInput,
  MembershipIdInput,
  SignInInput,
  SignUpInput,
} from './dto/auth.inputs';
import { MembershipsService } from './memberships.service';
import { UserEntity } from './user.entity';
import { ProductIdArgs } from '../graphql/id.args';

const toUser = (u: UserEntity): User => ({ id: u.id, email: u.email, displayName: u.displayName });
const toPayload = (s: SignedIn): AuthPayload => ({ token: s.token, expiresAt: s.expiresAt, user: toUser(s.user) });
const address = (ctx: GqlContext): string => ctx.req.ip ?? ctx.req.socket.remoteAddress ?? 'unknown';

@Resolver()
export class AuthResolver {
  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(MembershipsService) private readonly memberships: MembershipsService,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Access('PUBLIC')
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return toPayload(await this.auth.signUp(input, address(ctx)));
  }

  @Access('PUBLIC')
  @Mutation(() => AuthPayload, { description: 'Ten failed attempts a minute per address or account, then TOO_MANY_REQUESTS.' })
  async signIn(@Args('input') input: SignInInput, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return toPayload(await this.auth.signIn(input, address(ctx)));
  }

  @Access('SIGNED_IN')
  @Mutation(() => Boolean, { description: 'Revokes the session whose token sent this request.' })
  signOut(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.auth.signOut(actor);
  }

  @Access('SIGNED_IN')
  @Mutation(() => AuthPayload, { description: 'Revokes every session of the account and returns a new one.' })
  async changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<AuthPayload> {
    return toPayload(await this.auth.changePassword(actor, input));
  }

  @Access('SIGNED_IN')
  @Query(() => User, { description: 'The signed-in account.' })
  async me(@CurrentActor() actor: Actor): Promise<User> {
    return toUser(await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: actor.userId! }));
  }

  @Access('SIGNED_IN')
  @Query(() => [Membership], { description: 'Invitations waiting for the signed-in account (by its email address).' })
  myInvitations(@CurrentActor() actor: Actor): Promise<Membership[]> {
    return this.memberships.myMemberships(actor, 'PENDING');
  }

  @Access('SIGNED_IN')
  @Query(() => [Membership], { description: 'The products the signed-in account belongs to, with its role on each.' })
  myMemberships(@CurrentActor() actor: Actor): Promise<Membership[]> {
    return this.memberships.myMemberships(actor, 'ACTIVE');
  }

  @Access('SIGNED_IN')
  @Mutation(() => Membership)
  acceptInvitation(@CurrentActor() actor: Actor, @Args('input') input: MembershipIdInput): Promise<Membership> {
    return this.memberships.accept(actor, input);
  }

  @Access('READ')
  @Query(() => [Membership], { description: 'Members and pending invitations of a product.' })
  members(@CurrentActor() actor: Actor, @Args() { productId }: ProductIdArgs): Promise<Membership[]> {
    return this.memberships.members(actor, productId);
  }

  @Access('MANAGE_MEMBERS')
  @Mutation(() => Membership, { description: 'Invites an email address; the person sees it after signing up or in.' })
  inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput): Promise<Membership> {
    return this.memberships.invite(actor, input);
  }

  @Access('MANAGE_MEMBERS')
  @Mutation(() => Membership)
  changeMemberRole(@CurrentActor() actor: Actor, @Args('input') input: ChangeMemberRoleInput): Promise<Membership> {
    return this.memberships.changeRole(actor, input);
  }

  @Access('MANAGE_MEMBERS')
  @Mutation(() => Boolean)
  removeMember(@CurrentActor() actor: Actor, @Args('input') input: MembershipIdInput): Promise<boolean> {
    return this.memberships.remove(actor, input);
  }

  @Access('MANAGE_MEMBERS')
  @Mutation(() => [Membership], { description: 'Makes another active member the product owner; the current owner keeps another role.' })
  handOverOwnership(@CurrentActor() actor: Actor, @Args('input') input: HandOverOwnershipInput): Promise<Membership[]> {
    return this.memberships.handOver(actor, input);
  }
}
