import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString, Matches } from 'class-validator';
import { Access } from '../auth/access.decorator';
import type { Actor } from '../common/actor';
import { CurrentActor } from '../graphql/context';
import { IdArgs, ProductIdArgs } from '../graphql/id.args';
import { ProgressReport, ShareLink } from './progress.model';
import { ProgressService } from './progress.service';

@ArgsType()
class ShareTokenArgs {
  @Field({ description: 'The token of a share link.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{16,64}$/, { message: 'token is not a share-link token' })
  token!: string;
}

@Resolver()
export class ProgressResolver {
  constructor(@Inject(ProgressService) private readonly progress: ProgressService) {}

  @Access('READ')
  @Query(() => ProgressReport, { description: 'Burn-up, throughput and a Monte Carlo forecast toward the active Product Goal.' })
  progressReport(@CurrentActor() actor: Actor, @Args() { productId }: ProductIdArgs): Promise<ProgressReport> {
    return this.progress.report(actor, productId);
  }

  @Access('PUBLIC')
  @Query(() => ProgressReport, { description: 'The progress report behind a share link; no account needed. NOT_FOUND once revoked.' })
  sharedProgressReport(@Args() { token }: ShareTokenArgs): Promise<ProgressReport> {
    return this.progress.shared(token);
  }

  @Access('EDIT_PRODUCT')
  @Query(() => [ShareLink])
  shareLinks(@CurrentActor() actor: Actor, @Args() { productId }: ProductIdArgs): Promise<ShareLink[]> {
    return this.progress.links(actor, productId);
  }

  @Access('EDIT_PRODUCT')
  @Mutation(() => ShareLink, { description: 'A read-only link to the progress report; the token is shown once.' })
  createShareLink(@CurrentActor() actor: Actor, @Args() { productId }: ProductIdArgs): Promise<ShareLink> {
    return this.progress.createLink(actor, productId);
  }

  @Access('EDIT_PRODUCT')
  @Mutation(() => ShareLink)
  revokeShareLink(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<ShareLink> {
    return this.progress.revokeLink(actor, id);
  }
}
