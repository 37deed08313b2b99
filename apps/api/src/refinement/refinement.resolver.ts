import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import { AuthService } from '../auth/auth.service';
import type { Actor } from '../common/actor';
import { CurrentActor, type GqlContext } from '../graphql/context';
import { ItemIdArgs, ProductIdArgs, RoundIdArgs } from '../graphql/id.args';
import { LiveAccess } from '../live/live-access.service';
import { LiveSubscriptions } from '../live/live-subscriptions.service';
import {
  AcceptEstimateInput,
  AnswerQuestionInput,
  AskQuestionInput,
  CastVoteInput,
  EstimationRound,
  FocusItemInput,
  MarkReadyInput,
  PlanRefinementSessionInput,
  ReadinessResult,
  ReadyRunwayModel,
  RefinementEvent,
  RefinementQuestion,
  RefinementSession,
  RefinementSessionHeader,
  RefinementSettings,
  SessionIdArgs,
  SetAcceptanceCriteriaInput,
  SetAgendaInput,
  SetRefinementSettingsInput,
  SplitItemInput,
} from './refinement.model';
import { RefinementService, sessionTopic, type PublishedEvent } from './refinement.service';

@Resolver()
export class RefinementResolver {
  constructor(
    @Inject(RefinementService) private readonly refinement: RefinementService,
    @Inject(LiveSubscriptions) private readonly live: LiveSubscriptions,
    @Inject(LiveAccess) private readonly liveAccess: LiveAccess,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  @Access('READ')
  @Query(() => RefinementSettings, { description: "The product's estimation scale and Definition of Ready (defaults until set)." })
  refinementSettings(@CurrentActor() actor: Actor, @Args() { productId }: ProductIdArgs): Promise<RefinementSettings> {
    return this.refinement.settings(actor, productId);
  }

  @Access('EDIT_PRODUCT')
  @Mutation(() => RefinementSettings)
  setRefinementSettings(@CurrentActor() actor: Actor, @Args('input') input: SetRefinementSettingsInput): Promise<RefinementSettings> {
    return this.refinement.setSettings(actor, input);
  }

  @Access('READ')
  @Query(() => [RefinementSessionHeader], { description: 'Refinement sessions: live first, then planned, then closed.' })
  refinementSessions(@CurrentActor() actor: Actor, @Args() { productId }: ProductIdArgs): Promise<RefinementSessionHeader[]> {
    return this.refinement.sessions(actor, productId);
  }

  @Access('READ')
  @Query(() => RefinementSession)
  refinementSession(@CurrentActor() actor: Actor, @Args() { sessionId }: SessionIdArgs): Promise<RefinementSession> {
    return this.refinement.view(actor, sessionId);
  }

  @Access('READ')
  @Query(() => ReadinessResult, { description: "An item checked against its product's Definition of Ready." })
  itemReadiness(@CurrentActor() actor: Actor, @Args() { itemId }: ItemIdArgs): Promise<ReadinessResult> {
    return this.refinement.readiness(actor, itemId) as Promise<ReadinessResult>;
  }

  @Access('READ')
  @Query(() => ReadyRunwayModel, { description: 'Ready size against the last six weeks of throughput.' })
  readyRunway(@CurrentActor() actor: Actor, @Args() { productId }: ProductIdArgs): Promise<ReadyRunwayModel> {
    return this.refinement.runway(actor, productId);
  }

  @Access('RUN_REFINEMENT')
  @Mutation(() => RefinementSession)
  planRefinementSession(@CurrentActor() actor: Actor, @Args('input') input: PlanRefinementSessionInput): Promise<RefinementSession> {
    return this.refinement.plan(actor, input);
  }

  @Access('RUN_REFINEMENT')
  @Mutation(() => RefinementSession, { description: 'Replaces the agenda (order and timeboxes); time spent on items that stay is kept.' })
  setRefinementAgenda(@CurrentActor() actor: Actor, @Args('input') input: SetAgendaInput): Promise<RefinementSession> {
    return this.refinement.setAgenda(actor, input);
  }

  @Access('RUN_REFINEMENT')
  @Mutation(() => RefinementSession, { description: 'planned → live; CONFLICT when another session of the product is live.' })
  startRefinementSession(@CurrentActor() actor: Actor, @Args() { sessionId }: SessionIdArgs): Promise<RefinementSession> {
    return this.refinement.start(actor, sessionId);
  }

  @Access('RUN_REFINEMENT')
  @Mutation(() => RefinementSession)
  focusRefinementItem(@CurrentActor() actor: Actor, @Args('input') input: FocusItemInput): Promise<RefinementSession> {
    return this.refinement.focus(actor, input);
  }

  @Access('RUN_REFINEMENT')
  @Mutation(() => RefinementSession, { description: 'live → closed; the summary stays readable.' })
  closeRefinementSession(@CurrentActor() actor: Actor, @Args() { sessionId }: SessionIdArgs): Promise<RefinementSession> {
    return this.refinement.close(actor, sessionId);
  }

  @Access('RUN_REFINEMENT')
  @Mutation(() => RefinementSession, { description: 'Opens a round on an agenda item; on an item already estimated here it is a re-vote.' })
  startEstimationRound(@CurrentActor() actor: Actor, @Args('input') input: FocusItemInput): Promise<RefinementSession> {
    return this.refinement.startRound(actor, input);
  }

  @Access('ESTIMATE')
  @Mutation(() => EstimationRound, { description: 'Casts or changes your vote; nobody else sees it before reveal.' })
  castEstimationVote(@CurrentActor() actor: Actor, @Args('input') input: CastVoteInput): Promise<EstimationRound> {
    return this.refinement.vote(actor, input);
  }

  @Access('RUN_REFINEMENT')
  @Mutation(() => RefinementSession)
  revealEstimationRound(@CurrentActor() actor: Actor, @Args() { roundId }: RoundIdArgs): Promise<RefinementSession> {
    return this.refinement.reveal(actor, roundId);
  }

  @Access('RUN_REFINEMENT')
  @Mutation(() => RefinementSession, { description: "The agreed card becomes the item's size; the round stays in the item's history." })
  acceptEstimate(@CurrentActor() actor: Actor, @Args('input') input: AcceptEstimateInput): Promise<RefinementSession> {
    return this.refinement.accept(actor, input);
  }

  @Access('JOIN_REFINEMENT')
  @Mutation(() => RefinementQuestion)
  askRefinementQuestion(@CurrentActor() actor: Actor, @Args('input') input: AskQuestionInput): Promise<RefinementQuestion> {
    return this.refinement.ask(actor, input);
  }

  @Access('EDIT_ITEM')
  @Mutation(() => RefinementQuestion)
  answerRefinementQuestion(@CurrentActor() actor: Actor, @Args('input') input: AnswerQuestionInput): Promise<RefinementQuestion> {
    return this.refinement.answer(actor, input);
  }

  @Access('EDIT_ITEM')
  @Mutation(() => RefinementSession, { nullable: true, description: 'Sets the acceptance criteria; returns the session when one is given.' })
  setAcceptanceCriteria(@CurrentActor() actor: Actor, @Args('input') input: SetAcceptanceCriteriaInput): Promise<RefinementSession | null> {
    return this.refinement.setCriteria(actor, input);
  }

  @Access('EDIT_ITEM')
  @Mutation(() => RefinementSession, {
    nullable: true,
    description: 'READY only when the Definition of Ready is met (unmet lines are named), or the product owner overrides with a reason.',
  })
  markItemReady(@CurrentActor() actor: Actor, @Args('input') input: MarkReadyInput): Promise<RefinementSession | null> {
    return this.refinement.markReady(actor, input);
  }

  @Access('CREATE_ITEM')
  @Mutation(() => RefinementSession, { nullable: true, description: "Splits an item into children tagged with a SPIDR pattern; they keep the parent's goal and outcome." })
  splitBacklogItem(@CurrentActor() actor: Actor, @Args('input') input: SplitItemInput): Promise<RefinementSession | null> {
    return this.refinement.split(actor, input);
  }

  @Access('JOIN_REFINEMENT')
  @Subscription(() => RefinementEvent, {
    description: 'Every event of a session, over graphql-ws. Subscribing makes you present; membership is checked on every event.',
    resolve: (payload: PublishedEvent): RefinementEvent => ({ ...payload, at: new Date(payload.at) }),
  })
  async refinementEvents(@Args() { sessionId }: SessionIdArgs, @Context() ctx: GqlContext): Promise<AsyncIterableIterator<PublishedEvent>> {
    const actor = ctx.actor; // signed in: AccessGuard refuses anonymous callers, onConnect anonymous sockets
    const productId = await this.refinement.productOfSession(actor, sessionId);
    const tokenValid = ctx.authorization ? () => this.auth.authenticate(ctx.authorization).then((a) => !!a.userId, () => false) : null;
    const iterator = await this.live.subscribe<PublishedEvent>(
      [sessionTopic(sessionId)],
      this.liveAccess.memberGate<PublishedEvent>(actor.userId!, productId, tokenValid),
      () => void this.refinement.left(actor, productId, sessionId),
    );
    try {
      await this.refinement.joined(actor, productId, sessionId);
    } catch (error) {
      // Nobody else holds the iterator yet: release it here, or its listener would leak.
      await iterator.return();
      throw error;
    }
    return iterator;
  }
}
