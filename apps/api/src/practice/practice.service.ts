import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  CATALOGUE,
  SimulationParameterError,
  exerciseById,
  masteryByObjective,
  nextExercises,
  OWN_BACKLOG_SIZE,
  ownBacklogExercise,
  ownBacklogMaterialKey,
  runSimulation,
  scoreAttempt,
  type Exercise,
  type ObjectiveId,
  type SimulationStrategyInput,
} from '@backlog-studio/domain';
import { ProductAccess } from '../auth/product-access.service';
import { BacklogItemEntity } from '../backlog/backlog-item.entity';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { PracticeAttemptEntity, SimulationRunEntity } from './practice.entity';
import type {
  PracticeBacklogArgs,
  PracticeBacklogItem,
  PracticeProgress,
  PracticeResult,
  SaveSimulationRunInput,
  SimulationRunModel,
  SubmitOwnBacklogPracticeInput,
  SubmitPracticeAttemptInput,
} from './practice.model';

const parseJson = (field: string, text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw DomainError.field(field, 'json', `${field} must be JSON`);
  }
};

@Injectable()
export class PracticeService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly tx: Transactions,
    @Inject(ProductAccess) private readonly access: ProductAccess,
  ) {}

  /** Scores with the same function the browser uses; whatever score the client claims is ignored. */
  async submit(actor: Actor, input: SubmitPracticeAttemptInput): Promise<PracticeResult> {
    const exercise = exerciseById(input.exerciseId);
    if (!exercise) throw DomainError.field('exerciseId', 'exists', `no exercise has the id ${input.exerciseId}`);
    return this.record(actor, exercise, input.answer, input.durationMs);
  }

  /**
   * "Order your own top ten by WSJF", made again here from the backlog as stored and scored like
   * any exercise; refused when the backlog's top items or their parts changed since the learner's
   * exercise was made, so an attempt is never scored against items they did not see.
   */
  async submitOwnBacklog(actor: Actor, input: SubmitOwnBacklogPracticeInput): Promise<PracticeResult> {
    const material = await this.backlogMaterial(actor, { productId: input.productId, first: OWN_BACKLOG_SIZE });
    // The product's name only words the prompt, which is not stored: the key and the score do not depend on it.
    const { exercise } = ownBacklogExercise(input.productId, '', material);
    if (!exercise) {
      throw DomainError.field('productId', 'enoughItems', 'at least two of the top ten open items need user-business value, time criticality, risk reduction and a size');
    }
    if (ownBacklogMaterialKey(exercise) !== input.basedOn) {
      throw DomainError.conflict('The top of this backlog changed since your exercise was made (items, their order or their WSJF parts); make it again from the backlog as it is now');
    }
    return this.record(actor, exercise, input.answer, input.durationMs);
  }

  private async record(actor: Actor, exercise: Exercise, answer: string, durationMs: number | undefined): Promise<PracticeResult> {
    const result = scoreAttempt(exercise, parseJson('answer', answer));
    if (result.error) throw DomainError.field(`answer${result.error.path ? `.${result.error.path}` : ''}`, result.error.code, result.error.message);
    const attempt: PracticeAttemptEntity = {
      id: randomUUID(),
      userId: actor.userId!,
      exerciseId: exercise.id,
      objective: exercise.objective,
      answer,
      score: result.score,
      correct: result.correct,
      durationMs: durationMs ?? null,
      at: new Date(),
    };
    await this.tx.run((m) => m.getRepository(PracticeAttemptEntity).insert({ ...attempt }));
    const mastery = masteryByObjective(await this.attempts(actor.userId!)).byObjective[exercise.objective as ObjectiveId];
    return {
      attemptId: attempt.id,
      exerciseId: exercise.id,
      objective: exercise.objective,
      score: result.score,
      correct: result.correct,
      summary: result.summary,
      feedback: result.feedback.map((f) => ({ elementId: f.elementId ?? null, correct: f.correct, credit: f.credit ?? null, rationale: f.rationale })),
      mastery: { objective: mastery.objective, mastery: mastery.mastery, attempts: mastery.attempts, lastAt: mastery.lastAt ? new Date(mastery.lastAt) : null },
    };
  }

  async progress(actor: Actor, next: number): Promise<PracticeProgress> {
    const attempts = await this.attempts(actor.userId!);
    const report = masteryByObjective(attempts);
    const recent = await this.dataSource.getRepository(PracticeAttemptEntity).find({ where: { userId: actor.userId! }, order: { at: 'DESC' }, take: 20 });
    return {
      byObjective: Object.values(report.byObjective).map((m) => ({ objective: m.objective, mastery: m.mastery, attempts: m.attempts, lastAt: m.lastAt ? new Date(m.lastAt) : null })),
      byCategory: Object.entries(report.byCategory).map(([category, mastery]) => ({ category, mastery })),
      recent: recent.map((a) => ({ id: a.id, exerciseId: a.exerciseId, objective: a.objective, score: a.score, correct: !!a.correct, durationMs: a.durationMs, at: a.at })),
      next: nextExercises(CATALOGUE, attempts, new Date(), next).map((e) => e.id),
    };
  }

  /** Runs the simulation on the server with the given parameters and keeps the run for comparison. */
  async saveRun(actor: Actor, input: SaveSimulationRunInput): Promise<SimulationRunModel> {
    const params = parseJson('params', input.params);
    const strategy = parseJson('strategy', input.strategy);
    if (typeof params !== 'object' || params === null || Array.isArray(params)) throw DomainError.field('params', 'object', 'params must be a JSON object');
    let totals: Record<string, unknown>;
    try {
      totals = { ...runSimulation(params as Record<string, number>, strategy as SimulationStrategyInput).totals };
    } catch (error) {
      if (error instanceof SimulationParameterError) {
        const field = error.parameter.startsWith('strategy') ? error.parameter : `params.${error.parameter}`;
        throw DomainError.field(field, error.code, error.message);
      }
      throw error;
    }
    const run: SimulationRunEntity = {
      id: randomUUID(),
      userId: actor.userId!,
      name: input.name,
      params: params as Record<string, number>,
      strategy: JSON.stringify(strategy),
      totals: JSON.stringify(totals),
      createdAt: new Date(),
    };
    await this.tx.run((m) => m.getRepository(SimulationRunEntity).insert({ ...run }));
    return this.toRun(run);
  }

  async runs(actor: Actor): Promise<SimulationRunModel[]> {
    const rows = await this.dataSource.getRepository(SimulationRunEntity).find({ where: { userId: actor.userId! }, order: { createdAt: 'DESC' }, take: 50 });
    return rows.map((r) => this.toRun(r));
  }

  /** The top of a real backlog with its WSJF parts: "order your own top ten by WSJF". */
  async backlogMaterial(actor: Actor, args: PracticeBacklogArgs): Promise<PracticeBacklogItem[]> {
    await this.access.require(actor, args.productId, 'RUN_PRACTICE');
    const rows = await this.dataSource
      .getRepository(BacklogItemEntity)
      .createQueryBuilder('i')
      .where(`i.productId = :productId AND i.archivedAt IS NULL AND i.status <> 'DONE'`, { productId: args.productId })
      .orderBy('i.rank', 'ASC')
      .limit(args.first)
      .getMany();
    return rows.map((r, i) => ({
      id: r.id,
      title: r.title,
      currentPosition: i + 1,
      userBusinessValue: r.codUserBusinessValue,
      timeCriticality: r.codTimeCriticality,
      riskReduction: r.codRiskReduction,
      size: r.size,
    }));
  }

  private async attempts(userId: string) {
    const rows = await this.dataSource
      .getRepository(PracticeAttemptEntity)
      .find({ where: { userId }, select: { exerciseId: true, objective: true, score: true, at: true }, order: { at: 'ASC' } });
    return rows.map((r) => ({ exerciseId: r.exerciseId, objective: r.objective, score: Number(r.score), at: r.at }));
  }

  private toRun(r: SimulationRunEntity): SimulationRunModel {
    return { id: r.id, name: r.name, params: JSON.stringify(r.params), strategy: r.strategy, totals: r.totals, createdAt: r.createdAt };
  }
}
