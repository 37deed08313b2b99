import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator';
import type { Actor } from '../common/actor';
import { CurrentActor } from '../graphql/context';
import {
  PracticeBacklogArgs,
  PracticeBacklogItem,
  PracticeProgress,
  PracticeProgressArgs,
  PracticeResult,
  SaveSimulationRunInput,
  SimulationRunModel,
  SubmitOwnBacklogPracticeInput,
  SubmitPracticeAttemptInput,
} from './practice.model';
import { PracticeService } from './practice.service';

@Resolver()
export class PracticeResolver {
  constructor(@Inject(PracticeService) private readonly practice: PracticeService) {}

  @Access('SIGNED_IN')
  @Mutation(() => PracticeResult, { description: 'Stores an attempt, scored by the server with the same rules the browser uses.' })
  submitPracticeAttempt(@CurrentActor() actor: Actor, @Args('input') input: SubmitPracticeAttemptInput): Promise<PracticeResult> {
    return this.practice.submit(actor, input);
  }

  @Access('RUN_PRACTICE')
  @Mutation(() => PracticeResult, {
    description: 'Stores an attempt at ordering your own backlog by WSJF, re-made and re-scored by the server from the backlog as stored; it counts toward your mastery.',
  })
  submitOwnBacklogPractice(@CurrentActor() actor: Actor, @Args('input') input: SubmitOwnBacklogPracticeInput): Promise<PracticeResult> {
    return this.practice.submitOwnBacklog(actor, input);
  }

  @Access('SIGNED_IN')
  @Query(() => PracticeProgress, { description: 'Mastery per objective and category, and what to practise next.' })
  practiceProgress(@CurrentActor() actor: Actor, @Args() args: PracticeProgressArgs): Promise<PracticeProgress> {
    return this.practice.progress(actor, args.next);
  }

  @Access('SIGNED_IN')
  @Mutation(() => SimulationRunModel)
  saveSimulationRun(@CurrentActor() actor: Actor, @Args('input') input: SaveSimulationRunInput): Promise<SimulationRunModel> {
    return this.practice.saveRun(actor, input);
  }

  @Access('SIGNED_IN')
  @Query(() => [SimulationRunModel], { description: 'Your saved simulation runs, newest first.' })
  simulationRuns(@CurrentActor() actor: Actor): Promise<SimulationRunModel[]> {
    return this.practice.runs(actor);
  }

  @Access('RUN_PRACTICE')
  @Query(() => [PracticeBacklogItem], { description: 'Practise on your own backlog: its top items with their WSJF parts.' })
  practiceBacklogItems(@CurrentActor() actor: Actor, @Args() args: PracticeBacklogArgs): Promise<PracticeBacklogItem[]> {
    return this.practice.backlogMaterial(actor, args);
  }
}
