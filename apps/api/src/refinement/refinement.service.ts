import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import {
  can,
  cardValue,
  checkReadiness,
  DEFAULT_DEFINITION_OF_READY,
  distribution,
  investHints,
  ranksBetween,
  readyRunway,
  weeklyDoneSize,
  scaleCards,
  type ReadinessCriterion,
  type ReadinessInput,
} from '@backlog-studio/domain';
import { UserEntity } from '../auth/user.entity';
import { ProductAccess } from '../auth/product-access.service';
import { BacklogItemEntity, refinableOf } from '../backlog/backlog-item.entity';
import { BacklogItemsService } from '../backlog/backlog-items.service';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { isUniqueViolation } from '../database/db-errors';
import { Transactions } from '../database/transactions';
import { ChangeLogService } from '../history/change-log.service';
import { LiveSubscriptions } from '../live/live-subscriptions.service';
import { ProductsService } from '../products/products.service';
import {
  EstimationRoundEntity,
  EstimationVoteEntity,
  ItemSplitEntity,
  RefinementAgendaItemEntity,
  RefinementParticipantEntity,
  RefinementQuestionEntity,
  RefinementSessionEntity,
  RefinementSettingsEntity,
} from './refinement.entity';
import type {
  AcceptEstimateInput,
  AgendaEntry,
  AgendaEntryInput,
  AnswerQuestionInput,
  AskQuestionInput,
  CastVoteInput,
  EstimationRound,
  EstimationScale,
  FocusItemInput,
  MarkReadyInput,
  PlanRefinementSessionInput,
  ReadyRunwayModel,
  RefinementEvent,
  RefinementEventType,
  RefinementQuestion,
  RefinementSession,
  RefinementSessionHeader,
  RefinementSettings,
  SetAcceptanceCriteriaInput,
  SetAgendaInput,
  SetRefinementSettingsInput,
  SplitItemInput,
} from './refinement.model';
import { groupBy } from '../common/group-by';

export const sessionTopic = (sessionId: string): string => `refinement:${sessionId}`;

/** The payload published on a session's topic (a RefinementEvent plus the product for the gate). */
export interface PublishedEvent extends Omit<RefinementEvent, 'at'> {
  productId: string;
  at: string;
}

const DEFAULT_SETTINGS = { scale: 'FIBONACCI' as EstimationScale, customCards: [] as string[], sprintSizeLimit: 13 };
const RUNWAY_WEEKS = 6;
const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'line';

@Injectable()
export class RefinementService {
  private readonly logger = new Logger('Refinement');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Transactions) private readonly tx: Transactions,
    @Inject(ProductAccess) private readonly access: ProductAccess,
    @Inject(ChangeLogService) private readonly changeLog: ChangeLogService,
    @Inject(BacklogItemsService) private readonly items: BacklogItemsService,
    @Inject(ProductsService) private readonly products: ProductsService,
    @Inject(LiveSubscriptions) private readonly live: LiveSubscriptions,
  ) {}

  // ---------- settings ----------

  async settings(actor: Actor, productId: string): Promise<RefinementSettings> {
    await this.access.require(actor, productId, 'READ');
    return this.settingsOf(this.dataSource.manager, productId);
  }

  private async settingsOf(manager: EntityManager, productId: string): Promise<RefinementSettings> {
    const row = await manager.getRepository(RefinementSettingsEntity).findOneBy({ productId });
    const scale = (row?.scale ?? DEFAULT_SETTINGS.scale) as EstimationScale;
    const customCards = row?.customCards ?? [];
    return {
      productId,
      scale,
      customCards,
      cards: [...scaleCards(scale, customCards)],
      definitionOfReady: (row?.definitionOfReady ?? DEFAULT_DEFINITION_OF_READY).map((c) => ({ id: c.id, text: c.text, rule: c.rule ?? 'MANUAL' })),
      sprintSizeLimit: row?.sprintSizeLimit ?? DEFAULT_SETTINGS.sprintSizeLimit,
      version: row?.version ?? 0,
    };
  }

  async setSettings(actor: Actor, input: SetRefinementSettingsInput): Promise<RefinementSettings> {
    await this.access.require(actor, input.productId, 'EDIT_PRODUCT');
    const customCards = input.scale === 'CUSTOM' ? [...new Set(input.customCards.map((c) => c.trim()).filter(Boolean))] : [];
    if (input.scale === 'CUSTOM' && customCards.length < 2) throw DomainError.field('customCards', 'minCards', 'a custom scale needs at least two distinct cards');
    const definition: ReadinessCriterion[] = [];
    const ids = new Set<string>();
    for (const c of input.definitionOfReady) {
      const id = c.id?.trim() || slug(c.text);
      if (ids.has(id)) throw DomainError.field('definitionOfReady', 'uniqueIds', `two Definition of Ready lines share the id "${id}"`);
      ids.add(id);
      definition.push({ id, text: c.text, rule: c.rule });
    }
    return this.tx.run(async (manager) => {
      await this.products.lockProduct(manager, input.productId);
      const repo = manager.getRepository(RefinementSettingsEntity);
      const current = await repo.findOneBy({ productId: input.productId });
      const version = current?.version ?? 0;
      if (input.expectedVersion !== undefined && input.expectedVersion !== version) {
        throw DomainError.conflict(`The refinement settings changed since you read them (version ${input.expectedVersion}, now ${version}); reload and try again`, {
          currentVersion: version,
        });
      }
      const next = {
        productId: input.productId,
        scale: input.scale,
        customCards,
        definitionOfReady: definition,
        sprintSizeLimit: input.sprintSizeLimit,
        version: version + 1,
      };
      await repo.save(next);
      await this.changeLog.record(manager, actor, { productId: input.productId, entityType: 'PRODUCT', entityId: input.productId, version: next.version }, [
        { field: 'refinementSettings', oldValue: current ? { scale: current.scale, definitionOfReady: current.definitionOfReady, sprintSizeLimit: current.sprintSizeLimit } : null, newValue: { scale: next.scale, definitionOfReady: definition, sprintSizeLimit: next.sprintSizeLimit } },
      ]);
      return this.settingsOf(manager, input.productId);
    });
  }

  // ---------- sessions ----------

  async sessions(actor: Actor, productId: string): Promise<RefinementSessionHeader[]> {
    await this.access.require(actor, productId, 'READ');
    const sessions = await this.dataSource.getRepository(RefinementSessionEntity).find({ where: { productId }, order: { createdAt: 'DESC' }, take: 100 });
    if (!sessions.length) return [];
    const counts = await this.dataSource
      .getRepository(RefinementAgendaItemEntity)
      .createQueryBuilder('a')
      .select('a.sessionId', 'sessionId')
      .addSelect('COUNT(*)', 'n')
      .where('a.sessionId IN (:...ids)', { ids: sessions.map((s) => s.id) })
      .groupBy('a.sessionId')
      .getRawMany<{ sessionId: string; n: string | number }>();
    const people = await this.people(sessions.map((s) => s.facilitatorId));
    const countOf = new Map(counts.map((c) => [c.sessionId, Number(c.n)]));
    const order = { LIVE: 0, PLANNED: 1, CLOSED: 2 } as const;
    return sessions
      .map((s) => ({
        id: s.id,
        title: s.title,
        status: s.status,
        facilitator: { userId: s.facilitatorId, label: people.get(s.facilitatorId) ?? 'former member' },
        agendaSize: countOf.get(s.id) ?? 0,
        scheduledFor: s.scheduledFor,
        startedAt: s.startedAt,
        closedAt: s.closedAt,
      }))
      .sort((a, b) => order[a.status] - order[b.status]);
  }

  async plan(actor: Actor, input: PlanRefinementSessionInput): Promise<RefinementSession> {
    await this.access.require(actor, input.productId, 'RUN_REFINEMENT');
    const facilitatorId = input.facilitatorId ?? actor.userId!;
    if (facilitatorId !== actor.userId) {
      const role = await this.access.roleOf({ userId: facilitatorId, label: '' }, input.productId);
      if (!can(role, 'RUN_REFINEMENT')) {
        throw DomainError.field('facilitatorId', 'member', 'the facilitator must be a member who may run refinement (product owner, developer or coach)');
      }
    }
    const id = randomUUID();
    await this.tx.run(async (manager) => {
      await this.checkAgendaItems(manager, input.productId, input.agenda);
      await manager.getRepository(RefinementSessionEntity).insert({
        id,
        productId: input.productId,
        title: input.title,
        status: 'PLANNED',
        facilitatorId,
        focusItemId: null,
        scheduledFor: input.scheduledFor ?? null,
        startedAt: null,
        closedAt: null,
        version: 1,
      });
      await this.writeAgenda(manager, id, input.agenda, []);
    });
    await this.publish(actor, input.productId, id, 'SESSION_PLANNED');
    return this.view(actor, id);
  }

  async setAgenda(actor: Actor, input: SetAgendaInput): Promise<RefinementSession> {
    const session = await this.sessionFor(actor, input.sessionId, 'RUN_REFINEMENT');
    await this.tx.run(async (manager) => {
      // agendaChanged refuses a closed session. Read after the session row is locked: a focus change that landed meanwhile is seen here.
      const fresh = await this.agendaChanged(manager, session.id, input.expectedVersion);
      await this.checkAgendaItems(manager, session.productId, input.agenda);
      const existing = await manager.getRepository(RefinementAgendaItemEntity).findBy({ sessionId: session.id });
      await this.writeAgenda(manager, session.id, input.agenda, existing);
      if (fresh.focusItemId && !input.agenda.some((a) => a.itemId === fresh.focusItemId)) {
        await manager.getRepository(RefinementSessionEntity).update({ id: session.id }, { focusItemId: null });
      }
    });
    await this.publish(actor, session.productId, session.id, 'AGENDA_CHANGED');
    return this.view(actor, session.id);
  }

  private async checkAgendaItems(manager: EntityManager, productId: string, agenda: AgendaEntryInput[]): Promise<void> {
    const ids = agenda.map((a) => a.itemId);
    if (new Set(ids).size !== ids.length) throw DomainError.field('agenda', 'unique', 'an item appears on the agenda only once');
    if (!ids.length) return;
    const found = await manager.getRepository(BacklogItemEntity).find({ where: { id: In(ids), productId }, select: { id: true, archivedAt: true } });
    if (found.length !== ids.length) throw DomainError.field('agenda', 'sameProduct', 'agenda items must be backlog items of this product');
    if (found.some((i) => i.archivedAt)) throw DomainError.field('agenda', 'notArchived', 'archived items cannot be refined; restore them first');
  }

  /**
   * Every change of the agenda moves the session's version (and, on PostgreSQL, locks the
   * session row until the transaction ends), so an agenda made from an older view is refused
   * rather than written over a concurrent change; a session closed meanwhile keeps its agenda.
   * Gives the session row as it is under the lock.
   */
  private async agendaChanged(manager: EntityManager, sessionId: string, expectedVersion: number | null): Promise<RefinementSessionEntity> {
    const qb = manager
      .getRepository(RefinementSessionEntity)
      .createQueryBuilder()
      .update()
      .set({ version: () => 'version + 1' })
      .where('id = :sessionId', { sessionId })
      .andWhere("status <> 'CLOSED'");
    if (expectedVersion !== null) qb.andWhere('version = :expectedVersion', { expectedVersion });
    const result = await qb.execute();
    const current = await manager.getRepository(RefinementSessionEntity).findOneBy({ id: sessionId });
    if (result.affected === 1 && current) return current;
    if (current?.status === 'CLOSED') throw DomainError.field('sessionId', 'notClosed', 'a closed session keeps its agenda');
    throw DomainError.conflict(
      `The agenda changed since you saw it (version ${expectedVersion}, now ${current?.version}); it is shown as it is now: make your change again`,
      { currentVersion: current?.version ?? null },
    );
  }

  /** Replaces the agenda, keeping time spent and readiness of the items that stay. */
  private async writeAgenda(manager: EntityManager, sessionId: string, agenda: AgendaEntryInput[], existing: RefinementAgendaItemEntity[]): Promise<void> {
    const repo = manager.getRepository(RefinementAgendaItemEntity);
    const byItem = new Map(existing.map((e) => [e.itemId, e]));
    const keep = new Set(agenda.map((a) => a.itemId));
    const gone = existing.filter((e) => !keep.has(e.itemId));
    if (gone.length) await repo.delete({ id: In(gone.map((g) => g.id)) });
    const added: RefinementAgendaItemEntity[] = [];
    for (const [position, entry] of agenda.entries()) {
      const timeboxMinutes = entry.timeboxMinutes ?? null;
      const before = byItem.get(entry.itemId);
      if (!before) added.push({ id: randomUUID(), sessionId, itemId: entry.itemId, position, timeboxMinutes, secondsSpent: 0, focusSince: null, madeReadyAt: null });
      else if (before.position !== position || before.timeboxMinutes !== timeboxMinutes) await repo.update({ id: before.id }, { position, timeboxMinutes });
    }
    if (added.length) await repo.insert(added);
  }

  async start(actor: Actor, sessionId: string): Promise<RefinementSession> {
    const session = await this.sessionFor(actor, sessionId, 'RUN_REFINEMENT');
    if (session.status !== 'PLANNED') throw DomainError.field('sessionId', 'planned', `only a planned session can start (this one is ${session.status.toLowerCase()})`);
    try {
      await this.tx.run(async (manager) => {
        // The session row first (see lockSession): the first agenda item read next is still the first.
        await this.lockSession(manager, sessionId);
        const first = await manager.getRepository(RefinementAgendaItemEntity).findOne({ where: { sessionId }, order: { position: 'ASC' } });
        const now = new Date();
        const result = await manager
          .getRepository(RefinementSessionEntity)
          .update({ id: sessionId, status: 'PLANNED' }, { status: 'LIVE', startedAt: now, focusItemId: first?.itemId ?? null, version: () => 'version + 1' });
        if (result.affected !== 1) throw DomainError.conflict('The session was started or closed meanwhile; reload it');
        if (first) await manager.getRepository(RefinementAgendaItemEntity).update({ id: first.id }, { focusSince: now });
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const live = await this.dataSource.getRepository(RefinementSessionEntity).findOneBy({ productId: session.productId, status: 'LIVE' });
      throw DomainError.conflict(`Another session is live on this product${live ? `: "${live.title}"` : ''}; close it first`, { liveSessionId: live?.id ?? null });
    }
    await this.publish(actor, session.productId, sessionId, 'SESSION_STARTED');
    return this.view(actor, sessionId);
  }

  async focus(actor: Actor, input: FocusItemInput): Promise<RefinementSession> {
    const session = await this.liveSession(actor, input.sessionId, 'RUN_REFINEMENT');
    await this.tx.run(async (manager) => {
      // After an agenda change or a close that holds the session row, never before it: the item
      // read next is still on the agenda, and the session is still live.
      const status = await this.lockSession(manager, session.id);
      if (status !== 'LIVE') throw DomainError.field('sessionId', 'live', `the session is ${String(status).toLowerCase()}, not live`);
      const repo = manager.getRepository(RefinementAgendaItemEntity);
      const target = await repo.findOneBy({ sessionId: session.id, itemId: input.itemId });
      if (!target) throw DomainError.field('itemId', 'onAgenda', 'focus on an item of the agenda (add it first)');
      await this.stopClock(manager, session.id);
      await repo.update({ id: target.id }, { focusSince: new Date() });
      await manager.getRepository(RefinementSessionEntity).update({ id: session.id }, { focusItemId: input.itemId });
    });
    await this.publish(actor, session.productId, session.id, 'FOCUS_CHANGED', { itemId: input.itemId });
    return this.view(actor, session.id);
  }

  /**
   * Holds the session row until the transaction ends (PostgreSQL; SQLite's queue already does)
   * and gives its status. Every write that changes the session row takes it first, before any
   * agenda or round row, so two of them never wait on each other (no deadlock).
   */
  private async lockSession(manager: EntityManager, sessionId: string): Promise<RefinementSessionEntity['status'] | null> {
    const rows = (await manager.query(`SELECT status FROM refinement_session WHERE id = ${this.tx.param(1)}${this.tx.lockClause()}`, [sessionId])) as { status: RefinementSessionEntity['status'] }[];
    return rows[0]?.status ?? null;
  }

  /** Adds the time since the item came into focus to its total. */
  private async stopClock(manager: EntityManager, sessionId: string): Promise<void> {
    const repo = manager.getRepository(RefinementAgendaItemEntity);
    const focused = await repo.find({ where: { sessionId, focusSince: Not(IsNull()) } });
    const now = Date.now();
    for (const f of focused) {
      const seconds = Math.max(0, Math.round((now - new Date(f.focusSince!).getTime()) / 1000));
      await repo.update({ id: f.id }, { secondsSpent: f.secondsSpent + seconds, focusSince: null });
    }
  }

  async close(actor: Actor, sessionId: string): Promise<RefinementSession> {
    const session = await this.liveSession(actor, sessionId, 'RUN_REFINEMENT');
    await this.tx.run(async (manager) => {
      // The session row first, as every session write takes it (see lockSession).
      if ((await this.lockSession(manager, sessionId)) !== 'LIVE') throw DomainError.conflict('The session was closed meanwhile');
      await this.stopClock(manager, sessionId);
      await manager
        .getRepository(EstimationRoundEntity)
        .update({ sessionId, status: In(['VOTING', 'REVEALED']) }, { status: 'SUPERSEDED' });
      const result = await manager
        .getRepository(RefinementSessionEntity)
        .update({ id: sessionId, status: 'LIVE' }, { status: 'CLOSED', closedAt: new Date(), version: () => 'version + 1' });
      if (result.affected !== 1) throw DomainError.conflict('The session was closed meanwhile');
    });
    await this.publish(actor, session.productId, sessionId, 'SESSION_CLOSED');
    return this.view(actor, sessionId);
  }

  // ---------- estimation ----------

  async startRound(actor: Actor, input: FocusItemInput): Promise<RefinementSession> {
    const session = await this.liveSession(actor, input.sessionId, 'RUN_REFINEMENT');
    const roundId = randomUUID();
    await this.tx.run(async (manager) => {
      const onAgenda = await manager.getRepository(RefinementAgendaItemEntity).findOneBy({ sessionId: session.id, itemId: input.itemId });
      if (!onAgenda) throw DomainError.field('itemId', 'onAgenda', 'estimate an item of the agenda');
      const rounds = manager.getRepository(EstimationRoundEntity);
      const previous = await rounds.find({ where: { sessionId: session.id, itemId: input.itemId }, order: { number: 'DESC' } });
      // A re-vote: earlier rounds on the item stay in the history, superseded.
      await rounds.update({ sessionId: session.id, itemId: input.itemId, status: In(['VOTING', 'REVEALED']) }, { status: 'SUPERSEDED' });
      const settings = await this.settingsOf(manager, session.productId);
      await rounds.insert({
        id: roundId,
        sessionId: session.id,
        itemId: input.itemId,
        number: (previous[0]?.number ?? 0) + 1,
        status: 'VOTING',
        cards: settings.cards,
        acceptedCard: null,
        openedBy: actor.userId!,
        revealedAt: null,
      });
    });
    await this.publish(actor, session.productId, session.id, 'ROUND_STARTED', { itemId: input.itemId, roundId });
    return this.view(actor, session.id);
  }

  async vote(actor: Actor, input: CastVoteInput): Promise<EstimationRound> {
    const { round, session } = await this.roundFor(actor, input.roundId, 'ESTIMATE');
    if (round.status !== 'VOTING') throw DomainError.field('roundId', 'voting', 'this round is no longer open for votes (start a re-vote)');
    if (!round.cards.includes(input.card)) {
      throw DomainError.field('card', 'onScale', `"${input.card}" is not a card of this round (${round.cards.join(', ')})`);
    }
    let votesCast = 0;
    await this.tx.run(async (manager) => {
      // The round row is locked, so a reveal either sees this vote or this vote sees the reveal.
      const qb = manager.getRepository(EstimationRoundEntity).createQueryBuilder('r').where('r.id = :id', { id: round.id });
      if (this.tx.engine === 'postgres') qb.setLock('pessimistic_write');
      const fresh = await qb.getOne();
      if (fresh?.status !== 'VOTING') throw DomainError.field('roundId', 'voting', 'this round was revealed meanwhile');
      await manager.getRepository(EstimationVoteEntity).upsert({ roundId: round.id, userId: actor.userId!, card: input.card, votedAt: new Date() }, ['roundId', 'userId']);
      votesCast = await manager.getRepository(EstimationVoteEntity).countBy({ roundId: round.id });
    });
    await this.publish(actor, session.productId, session.id, 'VOTE_CAST', { itemId: round.itemId, roundId: round.id, votesCast });
    const rows = await this.dataSource.getRepository(EstimationRoundEntity).findBy({ id: round.id });
    return (await this.roundViewsOf(actor, rows, session.productId)).rounds[0];
  }

  async reveal(actor: Actor, roundId: string): Promise<RefinementSession> {
    const { round, session } = await this.roundFor(actor, roundId, 'RUN_REFINEMENT');
    if (round.status !== 'VOTING') throw DomainError.field('roundId', 'voting', 'only a round that is voting can be revealed');
    await this.tx.run(async (manager) => {
      // Update first: it waits for votes holding the round's lock, so the count below includes them.
      const result = await manager.getRepository(EstimationRoundEntity).update({ id: roundId, status: 'VOTING' }, { status: 'REVEALED', revealedAt: new Date() });
      if (result.affected !== 1) throw DomainError.conflict('The round was revealed meanwhile');
      const votes = await manager.getRepository(EstimationVoteEntity).countBy({ roundId });
      if (votes === 0) throw DomainError.field('roundId', 'hasVotes', 'nobody has voted yet');
    });
    await this.publish(actor, session.productId, session.id, 'ROUND_REVEALED', { itemId: round.itemId, roundId });
    return this.view(actor, session.id);
  }

  async accept(actor: Actor, input: AcceptEstimateInput): Promise<RefinementSession> {
    const { round, session } = await this.roundFor(actor, input.roundId, 'RUN_REFINEMENT');
    if (round.status !== 'REVEALED') throw DomainError.field('roundId', 'revealed', 'accept an estimate once the round is revealed');
    if (!round.cards.includes(input.card)) throw DomainError.field('card', 'onScale', `"${input.card}" is not a card of this round`);
    const size = cardValue(input.card);
    if (size === null) throw DomainError.field('card', 'sized', `"${input.card}" is not a size: discuss, then re-vote`);
    await this.tx.run(async (manager) => {
      const item = await this.items.lockItem(manager, round.itemId);
      const votes = await manager.getRepository(EstimationVoteEntity).findBy({ roundId: round.id });
      const spread = distribution(round.cards, votes.map((v) => v.card));
      const result = await manager.getRepository(EstimationRoundEntity).update({ id: round.id, status: 'REVEALED' }, { status: 'ACCEPTED', acceptedCard: input.card });
      if (result.affected !== 1) throw DomainError.conflict('The round changed meanwhile; reload it');
      await this.items.writeVersioned(manager, item, { size });
      await this.changeLog.record(manager, actor, this.itemTarget(item), [
        { field: 'size', oldValue: item.size, newValue: size },
        {
          field: 'estimate',
          oldValue: null,
          newValue: { card: input.card, round: round.number, session: session.title, votes: votes.length, distribution: spread.explanation },
        },
      ]);
    });
    await this.publish(actor, session.productId, session.id, 'ESTIMATE_ACCEPTED', { itemId: round.itemId, roundId: round.id });
    return this.view(actor, session.id);
  }

  // ---------- questions, acceptance criteria, readiness, splitting ----------

  async ask(actor: Actor, input: AskQuestionInput): Promise<RefinementQuestion> {
    const item = await this.itemFor(actor, input.itemId, 'JOIN_REFINEMENT');
    const session = input.sessionId ? await this.sessionOfProduct(input.sessionId, item.productId) : null;
    const question: RefinementQuestionEntity = {
      id: randomUUID(),
      itemId: item.id,
      sessionId: session?.id ?? null,
      text: input.text,
      askedBy: actor.label,
      askedAt: new Date(),
      answer: null,
      answeredBy: null,
      answeredAt: null,
    };
    await this.tx.run((m) => m.getRepository(RefinementQuestionEntity).insert({ ...question }));
    if (session) await this.publish(actor, item.productId, session.id, 'QUESTION_ASKED', { itemId: item.id });
    return question;
  }

  async answer(actor: Actor, input: AnswerQuestionInput): Promise<RefinementQuestion> {
    const question = await this.dataSource.getRepository(RefinementQuestionEntity).findOneBy({ id: input.questionId });
    if (!question) throw DomainError.notFound('RefinementQuestion', input.questionId);
    const item = await this.itemFor(actor, question.itemId, 'EDIT_ITEM', { entity: 'RefinementQuestion', id: question.id });
    const answered = { answer: input.answer, answeredBy: actor.label, answeredAt: new Date() };
    await this.tx.run((m) => m.getRepository(RefinementQuestionEntity).update({ id: question.id }, answered));
    const sessionId = input.sessionId ?? question.sessionId;
    if (sessionId) await this.publish(actor, item.productId, sessionId, 'QUESTION_ANSWERED', { itemId: item.id });
    return { ...question, ...answered };
  }

  async setCriteria(actor: Actor, input: SetAcceptanceCriteriaInput): Promise<RefinementSession | null> {
    const criteria = input.criteria.map((c) => c.trim()).filter(Boolean);
    const updated = await this.items.update(actor, { id: input.itemId, expectedVersion: input.expectedVersion, acceptanceCriteria: criteria } as never);
    if (!input.sessionId) return null;
    await this.sessionOfProduct(input.sessionId, updated.productId);
    await this.publish(actor, updated.productId, input.sessionId, 'CRITERIA_CHANGED', { itemId: updated.id });
    return this.view(actor, input.sessionId);
  }

  async readiness(actor: Actor, itemId: string) {
    const item = await this.itemFor(actor, itemId, 'READ');
    const settings = await this.settingsOf(this.dataSource.manager, item.productId);
    const open = await this.dataSource.getRepository(RefinementQuestionEntity).countBy({ itemId, answeredAt: IsNull() });
    return checkReadiness(this.readinessInput(item, open, settings.sprintSizeLimit, []), settings.definitionOfReady);
  }

  async markReady(actor: Actor, input: MarkReadyInput): Promise<RefinementSession | null> {
    const itemRow = await this.itemFor(actor, input.itemId, 'EDIT_ITEM');
    const override = input.overrideReason?.trim();
    if (input.overrideReason !== undefined && input.overrideReason !== null && (override ?? '').length < 5) {
      throw DomainError.field('overrideReason', 'minLength', 'say why the item is ready anyway (at least 5 characters)');
    }
    if (override) await this.access.require(actor, itemRow.productId, 'OVERRIDE_READINESS');
    const session = input.sessionId ? await this.sessionOfProduct(input.sessionId, itemRow.productId) : null;
    await this.tx.run(async (manager) => {
      const item = await this.items.lockItem(manager, input.itemId);
      if (item.version !== input.expectedVersion) {
        throw await this.changeLog.staleVersion(manager, 'BacklogItem', item.id, input.expectedVersion, item.version);
      }
      if (item.status === 'READY') throw DomainError.field('itemId', 'alreadyReady', 'the item is already ready');
      if (item.status === 'IN_SPRINT' || item.status === 'DONE') throw DomainError.field('itemId', 'refinable', `the item is already ${item.status === 'DONE' ? 'done' : 'in a sprint'}`);
      const settings = await this.settingsOf(manager, item.productId);
      const open = await manager.getRepository(RefinementQuestionEntity).countBy({ itemId: item.id, answeredAt: IsNull() });
      const check = checkReadiness(this.readinessInput(item, open, settings.sprintSizeLimit, input.ticked), settings.definitionOfReady);
      if (!check.ready && !override) {
        throw DomainError.badInput(
          check.unmet.map((u) => ({ field: 'definitionOfReady', rule: u.id, message: `Not met: ${u.text}` })),
        );
      }
      await this.items.writeVersioned(manager, item, { status: 'READY' });
      await this.changeLog.record(manager, actor, this.itemTarget(item), [
        { field: 'status', oldValue: item.status, newValue: 'READY' },
        { field: 'readiness', oldValue: null, newValue: { met: check.met, unmet: check.unmet.map((u) => u.id), override: override ?? null, session: session?.title ?? null } },
      ]);
      if (session) {
        await manager.getRepository(RefinementAgendaItemEntity).update({ sessionId: session.id, itemId: item.id }, { madeReadyAt: new Date() });
      }
    });
    if (!session) return null;
    await this.publish(actor, itemRow.productId, session.id, 'ITEM_READY', { itemId: itemRow.id });
    return this.view(actor, session.id);
  }

  async split(actor: Actor, input: SplitItemInput): Promise<RefinementSession | null> {
    const parentRow = await this.itemFor(actor, input.itemId, 'CREATE_ITEM');
    await this.access.require(actor, parentRow.productId, 'EDIT_ITEM');
    const session = input.sessionId ? await this.sessionOfProduct(input.sessionId, parentRow.productId) : null;
    const children = input.children.map((c) => ({ ...c, id: randomUUID() }));
    await this.tx.run(async (manager) => {
      await this.products.lockProduct(manager, parentRow.productId);
      const parent = await this.items.lockItem(manager, input.itemId);
      if (parent.version !== input.expectedVersion) {
        throw await this.changeLog.staleVersion(manager, 'BacklogItem', parent.id, input.expectedVersion, parent.version);
      }
      if (parent.archivedAt) throw DomainError.field('itemId', 'notArchived', 'an archived item cannot be split');
      const next = await manager
        .getRepository(BacklogItemEntity)
        .createQueryBuilder('i')
        .select('i.rank', 'rank')
        .where('i.productId = :productId AND i.rank > :rank', { productId: parent.productId, rank: parent.rank })
        .orderBy('i.rank', 'ASC')
        .limit(1)
        .getRawOne<{ rank: string }>();
      const ranks = ranksBetween(parent.rank, next?.rank ?? null, children.length);
      // Children keep the parent's goal and outcome: a split slices the work, not the why.
      await manager.getRepository(BacklogItemEntity).insert(
        children.map(
          (child, i) =>
            ({
              ...parent,
              id: child.id,
              rank: ranks[i],
              title: child.title,
              description: '',
              status: 'IDEA',
              size: null,
              acceptanceCriteria: child.acceptanceCriteria.map((a) => a.trim()).filter(Boolean),
              kind: child.pattern === 'SPIKE' ? 'SPIKE' : parent.kind,
              parentId: parent.id,
              archivedAt: null,
              version: 1,
              createdAt: undefined,
              updatedAt: undefined,
            }) as unknown as BacklogItemEntity,
        ),
      );
      await manager
        .getRepository(ItemSplitEntity)
        .insert(children.map((child) => ({ childId: child.id, parentId: parent.id, pattern: child.pattern, sessionId: session?.id ?? null })));
      for (const child of children) {
        await this.changeLog.record(manager, actor, { productId: parent.productId, entityType: 'BACKLOG_ITEM', entityId: child.id, version: 1 }, [
          { field: 'created', oldValue: null, newValue: child.title },
          { field: 'splitFrom', oldValue: null, newValue: { itemId: parent.id, title: parent.title, pattern: child.pattern } },
        ]);
      }
      await this.items.writeVersioned(manager, parent, {});
      await this.changeLog.record(manager, actor, this.itemTarget(parent), [
        { field: 'split', oldValue: null, newValue: children.map((c) => ({ itemId: c.id, title: c.title, pattern: c.pattern })) },
      ]);
      if (session) {
        // The session row first (locked on PostgreSQL): the agenda read next is the latest.
        await this.agendaChanged(manager, session.id, null);
        // The children join the agenda right after their parent.
        const agenda = await manager.getRepository(RefinementAgendaItemEntity).find({ where: { sessionId: session.id }, order: { position: 'ASC' } });
        const entries: AgendaEntryInput[] = [];
        for (const a of agenda) {
          entries.push({ itemId: a.itemId, timeboxMinutes: a.timeboxMinutes });
          if (a.itemId === parent.id) for (const c of children) entries.push({ itemId: c.id, timeboxMinutes: null });
        }
        if (!agenda.some((a) => a.itemId === parent.id)) for (const c of children) entries.push({ itemId: c.id, timeboxMinutes: null });
        await this.writeAgenda(manager, session.id, entries, agenda);
      }
    });
    if (!session) return null;
    await this.publish(actor, parentRow.productId, session.id, 'ITEM_SPLIT', { itemId: parentRow.id });
    return this.view(actor, session.id);
  }

  async runway(actor: Actor, productId: string): Promise<ReadyRunwayModel> {
    await this.access.require(actor, productId, 'READ');
    const ready = await this.dataSource
      .getRepository(BacklogItemEntity)
      .find({ where: { productId, status: 'READY', archivedAt: IsNull() }, select: { id: true, size: true } });
    // Size finished per full week: when each item still done last became DONE.
    const [doneAt, doneItems] = await Promise.all([
      this.changeLog.doneAt(productId),
      this.dataSource.getRepository(BacklogItemEntity).find({ where: { productId, status: 'DONE' }, select: { id: true, size: true } }),
    ]);
    const done = doneItems.filter((i) => doneAt.has(i.id)).map((i) => ({ at: doneAt.get(i.id)!, size: i.size }));
    const weekly = weeklyDoneSize(done, new Date(), RUNWAY_WEEKS);
    return readyRunway({ readySizes: ready.map((r) => r.size), weeklyDoneSize: weekly });
  }

  // ---------- presence (called by the subscription) ----------

  /** A subscription opened: one more connection for the participant (a second tab counts too). */
  async joined(actor: Actor, productId: string, sessionId: string): Promise<void> {
    const increment = async (manager: EntityManager): Promise<boolean> => {
      const result = await manager
        .createQueryBuilder()
        .update(RefinementParticipantEntity)
        .set({ connections: () => 'connections + 1', leftAt: null, label: actor.label })
        .where('session_id = :sessionId AND user_id = :userId', { sessionId, userId: actor.userId })
        .execute();
      return result.affected === 1;
    };
    try {
      await this.tx.run(async (manager) => {
        if (await increment(manager)) return;
        await manager
          .getRepository(RefinementParticipantEntity)
          .insert({ sessionId, userId: actor.userId!, label: actor.label, connections: 1, joinedAt: new Date(), leftAt: null });
      });
    } catch (error) {
      // Two tabs joining at once: the other insert won; count this one on its row.
      if (!isUniqueViolation(error)) throw error;
      await this.tx.run(increment);
    }
    await this.publish(actor, productId, sessionId, 'PARTICIPANT_JOINED');
  }

  /** A subscription ended (unsubscribed, socket closed, membership lost); absent at zero connections. */
  async left(actor: Actor, productId: string, sessionId: string): Promise<void> {
    try {
      const gone = await this.tx.run(async (manager) => {
        await manager
          .createQueryBuilder()
          .update(RefinementParticipantEntity)
          .set({ connections: () => 'connections - 1' })
          .where('session_id = :sessionId AND user_id = :userId AND connections > 0', { sessionId, userId: actor.userId })
          .execute();
        const result = await manager
          .createQueryBuilder()
          .update(RefinementParticipantEntity)
          .set({ leftAt: new Date() })
          .where('session_id = :sessionId AND user_id = :userId AND connections = 0 AND left_at IS NULL', { sessionId, userId: actor.userId })
          .execute();
        return result.affected === 1;
      });
      if (gone) await this.publish(actor, productId, sessionId, 'PARTICIPANT_LEFT');
    } catch (error) {
      // The server may be shutting down; presence is repaired on the next join.
      this.logger.warn(`presence not updated for a participant leaving ${sessionId}: ${(error as Error).message}`);
    }
  }

  /** For the subscription: the session's product, after checking the caller may read it. */
  async productOfSession(actor: Actor, sessionId: string): Promise<string> {
    const session = await this.sessionFor(actor, sessionId, 'JOIN_REFINEMENT');
    return session.productId;
  }

  // ---------- the session view ----------

  async view(actor: Actor, sessionId: string): Promise<RefinementSession> {
    const session = await this.sessionFor(actor, sessionId, 'READ');
    const m = this.dataSource.manager;
    const [agendaRows, participants, settings, splits] = await Promise.all([
      m.getRepository(RefinementAgendaItemEntity).find({ where: { sessionId }, order: { position: 'ASC' } }),
      m.getRepository(RefinementParticipantEntity).find({ where: { sessionId }, order: { joinedAt: 'ASC' } }),
      this.settingsOf(m, session.productId),
      m.getRepository(ItemSplitEntity).find({ where: { sessionId } }),
    ]);
    const itemIds = agendaRows.map((a) => a.itemId);
    const [items, roundRows, questions] = itemIds.length
      ? await Promise.all([
          m.getRepository(BacklogItemEntity).findBy({ id: In(itemIds) }),
          m.getRepository(EstimationRoundEntity).find({ where: { sessionId }, order: { number: 'ASC' } }),
          m.getRepository(RefinementQuestionEntity).find({ where: { itemId: In(itemIds) }, order: { askedAt: 'ASC' } }),
        ])
      : [[], [], []];
    const itemById = new Map(items.map((i) => [i.id, i]));
    const childTitles = new Map<string, string>();
    if (splits.length) {
      const children = await m.getRepository(BacklogItemEntity).find({ where: { id: In(splits.map((s) => s.childId)) }, select: { id: true, title: true } });
      for (const c of children) childTitles.set(c.id, c.title);
    }
    // One lookup names the facilitator, the participants and the voters.
    const { rounds, people } = await this.roundViewsOf(actor, roundRows, session.productId, [session.facilitatorId, ...participants.map((p) => p.userId)]);
    const roundsByItem = groupBy(rounds, (r) => r.itemId);
    const questionsByItem = groupBy(questions, (q) => q.itemId);
    const splitsByParent = groupBy(splits, (s) => s.parentId);
    const now = Date.now();
    const agenda: AgendaEntry[] = agendaRows
      .filter((a) => itemById.has(a.itemId))
      .map((a) => {
        const item = itemById.get(a.itemId)!;
        const qs = questionsByItem.get(a.itemId) ?? [];
        const open = qs.filter((q) => !q.answeredAt).length;
        const input = this.readinessInput(item, open, settings.sprintSizeLimit, []);
        const live = a.focusSince ? Math.max(0, Math.round((now - new Date(a.focusSince).getTime()) / 1000)) : 0;
        return {
          id: a.id,
          itemId: a.itemId,
          title: item.title,
          outcome: item.outcomeStatement,
          acceptanceCriteria: item.acceptanceCriteria,
          size: item.size,
          status: item.status,
          itemVersion: item.version,
          position: a.position,
          timeboxMinutes: a.timeboxMinutes,
          secondsSpent: a.secondsSpent + live,
          inFocus: session.focusItemId === a.itemId,
          madeReadyAt: a.madeReadyAt,
          readiness: checkReadiness(input, settings.definitionOfReady) as AgendaEntry['readiness'],
          hints: investHints({ ...input, title: item.title }),
          rounds: roundsByItem.get(a.itemId) ?? [],
          questions: qs,
          splits: (splitsByParent.get(a.itemId) ?? []).map((s) => ({ itemId: s.childId, title: childTitles.get(s.childId) ?? '', pattern: s.pattern as 'SPIKE' })),
        };
      });
    const focus = agenda.find((a) => a.inFocus);
    const currentRound = focus?.rounds.filter((r) => r.status !== 'SUPERSEDED').at(-1) ?? focus?.rounds.at(-1) ?? null;
    return {
      id: session.id,
      productId: session.productId,
      title: session.title,
      status: session.status,
      facilitator: { userId: session.facilitatorId, label: people.get(session.facilitatorId) ?? 'former member' },
      focusItemId: session.focusItemId,
      scheduledFor: session.scheduledFor,
      startedAt: session.startedAt,
      closedAt: session.closedAt,
      agenda,
      participants: participants.map((p) => ({ userId: p.userId, label: people.get(p.userId) ?? p.label, present: p.connections > 0 && !p.leftAt, joinedAt: p.joinedAt })),
      currentRound,
      summary: this.summary(agenda, splits, childTitles),
      settings,
      version: session.version,
    };
  }

  private summary(agenda: AgendaEntry[], splits: ItemSplitEntity[], childTitles: Map<string, string>): RefinementSession['summary'] {
    const line = (a: AgendaEntry, detail: string | null) => ({ itemId: a.itemId, title: a.title, detail });
    const timePerItem = agenda.map((a) => ({
      itemId: a.itemId,
      title: a.title,
      seconds: a.secondsSpent,
      timeboxMinutes: a.timeboxMinutes,
      overTimebox: a.timeboxMinutes !== null && a.secondsSpent > a.timeboxMinutes * 60,
    }));
    return {
      madeReady: agenda.filter((a) => a.madeReadyAt).map((a) => line(a, null)),
      estimated: agenda.flatMap((a) => a.rounds.filter((r) => r.status === 'ACCEPTED').map((r) => line(a, r.acceptedCard))),
      splits: agenda
        .filter((a) => a.splits.length)
        .map((a) => line(a, a.splits.map((s) => `${childTitles.get(s.itemId) ?? s.title} (${s.pattern.toLowerCase()})`).join('; '))),
      openQuestions: agenda.flatMap((a) => a.questions.filter((q) => !q.answeredAt).map((q) => line(a, q.text))),
      timePerItem,
      totalSeconds: timePerItem.reduce((sum, t) => sum + t.seconds, 0),
    };
  }

  /**
   * Votes of rounds still voting never leave this function, except the caller's own. Also names
   * `alsoName` in the same lookup as the voters, so a session view asks for people once.
   */
  private async roundViewsOf(
    actor: Actor,
    rows: EstimationRoundEntity[],
    productId: string,
    alsoName: string[] = [],
  ): Promise<{ rounds: EstimationRound[]; people: Map<string, string> }> {
    const votes = rows.length
      ? await this.dataSource.getRepository(EstimationVoteEntity).find({ where: { roundId: In(rows.map((r) => r.id)) }, order: { votedAt: 'ASC' } })
      : [];
    const labels = await this.people([...alsoName, ...votes.map((v) => v.userId)]);
    if (!rows.length) return { rounds: [], people: labels };
    const byRound = groupBy(votes, (v) => v.roundId);
    const references = await this.referenceItems(productId, rows);
    const rounds = rows.map((r) => {
      const vs = byRound.get(r.id) ?? [];
      const hidden = r.status === 'VOTING';
      const person = (userId: string) => ({ userId, label: labels.get(userId) ?? 'former member' });
      return {
        id: r.id,
        itemId: r.itemId,
        number: r.number,
        status: r.status,
        cards: r.cards,
        votesCast: vs.length,
        voters: vs.map((v) => person(v.userId)),
        myVote: vs.find((v) => v.userId === actor.userId)?.card ?? null,
        votes: hidden ? [] : vs.map((v) => ({ ...person(v.userId), card: v.card })),
        distribution: hidden ? null : distribution(r.cards, vs.map((v) => v.card)) as EstimationRound['distribution'],
        acceptedCard: r.acceptedCard,
        referenceItems: r.status === 'VOTING' ? (references.get(r.itemId) ?? []) : [],
        openedAt: r.openedAt,
        revealedAt: r.revealedAt,
      };
    });
    return { rounds, people: labels };
  }

  /** Up to two already-sized items per card (done first), so a vote can be compared with known work. */
  private async referenceItems(productId: string, rounds: EstimationRoundEntity[]) {
    const voting = rounds.filter((r) => r.status === 'VOTING');
    const result = new Map<string, EstimationRound['referenceItems']>();
    if (!voting.length) return result;
    const sized = await this.dataSource
      .getRepository(BacklogItemEntity)
      .createQueryBuilder('i')
      .select(['i.id', 'i.title', 'i.size', 'i.status'])
      .where('i.productId = :productId AND i.size IS NOT NULL AND i.archivedAt IS NULL', { productId })
      .andWhere(`i.status IN ('DONE', 'READY', 'IN_SPRINT')`)
      .orderBy('i.updatedAt', 'DESC')
      .limit(500)
      .getMany();
    for (const round of voting) {
      const cards = round.cards
        .map((card) => ({ card, value: cardValue(card) }))
        .filter((c) => c.value !== null)
        .map((c) => ({
          card: c.card,
          items: sized
            .filter((i) => i.id !== round.itemId && i.size === c.value)
            .sort((a, b) => (a.status === 'DONE' ? 0 : 1) - (b.status === 'DONE' ? 0 : 1))
            .slice(0, 2)
            .map((i) => ({ id: i.id, title: i.title, size: i.size! })),
        }))
        .filter((c) => c.items.length);
      result.set(round.itemId, cards);
    }
    return result;
  }

  // ---------- helpers ----------

  private readinessInput(item: BacklogItemEntity, openQuestions: number, sprintSizeLimit: number, ticked: string[]): ReadinessInput {
    return {
      ...refinableOf(item),
      size: item.size,
      acceptanceCriteria: item.acceptanceCriteria,
      openQuestions,
      ticked,
      sprintSizeLimit,
    };
  }

  private async people(userIds: string[]): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (!ids.length) return new Map();
    const users = await this.dataSource.getRepository(UserEntity).find({ where: { id: In(ids) }, select: { id: true, email: true, displayName: true } });
    return new Map(users.map((u) => [u.id, u.displayName || u.email]));
  }

  private async sessionFor(actor: Actor, sessionId: string, action: Parameters<ProductAccess['require']>[2]): Promise<RefinementSessionEntity> {
    const session = await this.dataSource.getRepository(RefinementSessionEntity).findOneBy({ id: sessionId });
    if (!session) throw DomainError.notFound('RefinementSession', sessionId);
    await this.access.require(actor, session.productId, action, { entity: 'RefinementSession', id: sessionId });
    return session;
  }

  private async liveSession(actor: Actor, sessionId: string, action: Parameters<ProductAccess['require']>[2]): Promise<RefinementSessionEntity> {
    const session = await this.sessionFor(actor, sessionId, action);
    if (session.status !== 'LIVE') throw DomainError.field('sessionId', 'live', `the session is ${session.status.toLowerCase()}, not live`);
    return session;
  }

  private async sessionOfProduct(sessionId: string, productId: string): Promise<RefinementSessionEntity> {
    const session = await this.dataSource.getRepository(RefinementSessionEntity).findOneBy({ id: sessionId });
    if (!session || session.productId !== productId) throw DomainError.field('sessionId', 'sameProduct', 'sessionId must be a refinement session of the item\'s product');
    return session;
  }

  private async roundFor(actor: Actor, roundId: string, action: Parameters<ProductAccess['require']>[2]) {
    const round = await this.dataSource.getRepository(EstimationRoundEntity).findOneBy({ id: roundId });
    if (!round) throw DomainError.notFound('EstimationRound', roundId);
    const session = await this.dataSource.getRepository(RefinementSessionEntity).findOneByOrFail({ id: round.sessionId });
    await this.access.require(actor, session.productId, action, { entity: 'EstimationRound', id: roundId });
    if (session.status !== 'LIVE') throw DomainError.field('roundId', 'live', 'the session is not live');
    return { round, session };
  }

  private async itemFor(actor: Actor, itemId: string, action: Parameters<ProductAccess['require']>[2], notFound?: { entity: string; id: string }): Promise<BacklogItemEntity> {
    const item = await this.dataSource.getRepository(BacklogItemEntity).findOneBy({ id: itemId });
    if (!item) throw DomainError.notFound('BacklogItem', itemId);
    await this.access.require(actor, item.productId, action, notFound ?? { entity: 'BacklogItem', id: itemId });
    return item;
  }

  /** The change-log target of an item after a versioned write. */
  private itemTarget(item: BacklogItemEntity) {
    return { ...this.items.target(item), version: item.version + 1 };
  }

  private async publish(
    actor: Actor,
    productId: string,
    sessionId: string,
    type: RefinementEventType,
    extra: { itemId?: string; roundId?: string; votesCast?: number } = {},
  ): Promise<void> {
    const event: PublishedEvent = {
      sessionId,
      productId,
      type,
      actor: actor.label,
      itemId: extra.itemId ?? null,
      roundId: extra.roundId ?? null,
      votesCast: extra.votesCast ?? null,
      at: new Date().toISOString(),
    };
    try {
      await this.live.publish(sessionTopic(sessionId), event);
    } catch (error) {
      // The change is stored; clients catch up on their next read.
      this.logger.warn(`event ${type} not published: ${(error as Error).message}`);
    }
  }
}
