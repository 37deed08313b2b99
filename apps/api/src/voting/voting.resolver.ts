import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { Actor } from '../common/actor';
import { CurrentActor } from '../graphql/context';
import { ProductIdArgs, RoundIdArgs } from '../graphql/id.args';
import { AllocateBudgetInput, OpenVotingRoundInput, VotingRound } from './voting.model';
import { VotingService } from './voting.service';

@Resolver()
export class VotingResolver {
  constructor(@Inject(VotingService) private readonly voting: VotingService) {}

  @Access('READ')
  @Query(() => [VotingRound], { description: 'Budget voting rounds, newest first.' })
  votingRounds(@CurrentActor() actor: Actor, @Args() { productId }: ProductIdArgs): Promise<VotingRound[]> {
    return this.voting.rounds(actor, productId);
  }

  @Access('READ')
  @Query(() => VotingRound)
  votingRound(@CurrentActor() actor: Actor, @Args() { roundId }: RoundIdArgs): Promise<VotingRound> {
    return this.voting.view(actor, roundId);
  }

  @Access('RUN_VOTING')
  @Mutation(() => VotingRound, { description: 'Buy a Feature: items priced at their size; each budget below the total price.' })
  openVotingRound(@CurrentActor() actor: Actor, @Args('input') input: OpenVotingRoundInput): Promise<VotingRound> {
    return this.voting.open(actor, input);
  }

  @Access('READ')
  @Mutation(() => VotingRound, { description: 'A participant spreads their budget; an overspend is refused and nothing is stored.' })
  allocateBudget(@CurrentActor() actor: Actor, @Args('input') input: AllocateBudgetInput): Promise<VotingRound> {
    return this.voting.allocate(actor, input);
  }

  @Access('RUN_VOTING')
  @Mutation(() => VotingRound, { description: 'Closes the round and stores its result.' })
  closeVotingRound(@CurrentActor() actor: Actor, @Args() { roundId }: RoundIdArgs): Promise<VotingRound> {
    return this.voting.close(actor, roundId);
  }
}
