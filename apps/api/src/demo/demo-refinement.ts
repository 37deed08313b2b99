import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DEFAULT_DEFINITION_OF_READY, ESTIMATION_SCALES } from '@backlog-studio/domain';
import {
  EstimationRoundEntity,
  EstimationVoteEntity,
  ItemSplitEntity,
  RefinementAgendaItemEntity,
  RefinementParticipantEntity,
  RefinementQuestionEntity,
  RefinementSessionEntity,
  RefinementSettingsEntity,
} from '../refinement/refinement.entity';

const DAY = 86_400_000;

/**
 * Refinement in the demo: the product's Definition of Ready (the defaults plus one line the team
 * ticks by hand), last week's closed workshop with its estimates, split and summary, and the
 * next workshop planned with timeboxes and an open question, ready to start.
 */
export async function seedRefinement(manager: EntityManager, productId: string, itemIds: Map<string, string>, userIds: Map<string, string>): Promise<void> {
  const id = (key: string): string => itemIds.get(key)!;
  const po = userIds.get('po@demo.local')!;
  const dev = userIds.get('dev@demo.local')!;
  const coach = userIds.get('coach@demo.local')!;
  const cards = [...ESTIMATION_SCALES.FIBONACCI];
  const ago = (days: number, minutes = 0): Date => new Date(Date.now() - days * DAY + minutes * 60_000);

  await manager.getRepository(RefinementSettingsEntity).insert({
    productId,
    scale: 'FIBONACCI',
    customCards: [],
    definitionOfReady: [
      ...DEFAULT_DEFINITION_OF_READY,
      { id: 'talked-to-household', text: 'Someone on the team has talked to a household that needs it', rule: 'MANUAL' },
    ],
    sprintSizeLimit: 13,
    version: 1,
  });

  // Last week's workshop, closed.
  const past = randomUUID();
  await manager.getRepository(RefinementSessionEntity).insert({
    id: past,
    productId,
    title: 'Refinement, week 47: "suggest my week"',
    status: 'CLOSED',
    facilitatorId: coach,
    focusItemId: null,
    scheduledFor: ago(8),
    startedAt: ago(8),
    closedAt: ago(8, 55),
    version: 3,
  });
  const pastAgenda = [
    { key: 'suggest-week', seconds: 1260, timebox: 20, ready: false },
    { key: 'suggest-week-allergens', seconds: 640, timebox: 10, ready: true },
    { key: 'suggest-week-ratings', seconds: 710, timebox: 10, ready: true },
    { key: 'suggest-week-budget', seconds: 420, timebox: 10, ready: false },
  ];
  await manager.getRepository(RefinementAgendaItemEntity).insert(
    pastAgenda.map((a, position) => ({
      id: randomUUID(),
      sessionId: past,
      itemId: id(a.key),
      position,
      timeboxMinutes: a.timebox,
      secondsSpent: a.seconds,
      focusSince: null,
      madeReadyAt: a.ready ? ago(8, 30 + position * 8) : null,
    })),
  );
  await manager.getRepository(RefinementParticipantEntity).insert(
    [
      [coach, 'coach@demo.local'],
      [po, 'po@demo.local'],
      [dev, 'dev@demo.local'],
    ].map(([userId, label]) => ({ sessionId: past, userId, label, connections: 0, joinedAt: ago(8), leftAt: ago(8, 55) })),
  );
  // "Suggest my week" split three ways; its children were estimated (one after a re-vote).
  await manager.getRepository(ItemSplitEntity).insert([
    { childId: id('suggest-week-allergens'), parentId: id('suggest-week'), pattern: 'RULES', sessionId: past, at: ago(8, 20) },
    { childId: id('suggest-week-ratings'), parentId: id('suggest-week'), pattern: 'DATA', sessionId: past, at: ago(8, 20) },
    { childId: id('suggest-week-budget'), parentId: id('suggest-week'), pattern: 'RULES', sessionId: past, at: ago(8, 20) },
  ]);
  const rounds: Array<{ key: string; number: number; status: 'ACCEPTED' | 'SUPERSEDED'; votes: [string, string][]; accepted: string | null }> = [
    { key: 'suggest-week-allergens', number: 1, status: 'SUPERSEDED', votes: [[po, '3'], [dev, '8']], accepted: null },
    { key: 'suggest-week-allergens', number: 2, status: 'ACCEPTED', votes: [[po, '5'], [dev, '5']], accepted: '5' },
    { key: 'suggest-week-ratings', number: 1, status: 'ACCEPTED', votes: [[po, '5'], [dev, '5']], accepted: '5' },
    { key: 'suggest-week-budget', number: 1, status: 'ACCEPTED', votes: [[po, '8'], [dev, '8']], accepted: '8' },
  ];
  for (const [i, r] of rounds.entries()) {
    const roundId = randomUUID();
    await manager.getRepository(EstimationRoundEntity).insert({
      id: roundId,
      sessionId: past,
      itemId: id(r.key),
      number: r.number,
      status: r.status,
      cards,
      acceptedCard: r.accepted,
      openedBy: coach,
      openedAt: ago(8, 22 + i * 6),
      revealedAt: ago(8, 24 + i * 6),
    });
    await manager.getRepository(EstimationVoteEntity).insert(r.votes.map(([userId, card]) => ({ roundId, userId, card, votedAt: ago(8, 23 + i * 6) })));
  }
  await manager.getRepository(RefinementQuestionEntity).insert({
    id: randomUUID(),
    itemId: id('suggest-week-allergens'),
    sessionId: past,
    text: 'Do we treat "may contain traces" as an allergen hit?',
    askedBy: 'dev@demo.local',
    askedAt: ago(8, 27),
    answer: 'Yes: exclude it, and say why on the suggestion.',
    answeredBy: 'po@demo.local',
    answeredAt: ago(8, 29),
  });

  // The next workshop, planned and ready to start.
  const next = randomUUID();
  await manager.getRepository(RefinementSessionEntity).insert({
    id: next,
    productId,
    title: 'Refinement for sprint 8',
    status: 'PLANNED',
    facilitatorId: po,
    focusItemId: null,
    scheduledFor: new Date(Date.now() + 2 * DAY),
    startedAt: null,
    closedAt: null,
    version: 1,
  });
  const nextAgenda = [
    { key: 'cut-off-reminder', timebox: 10 },
    { key: 'quick-dinners-filter', timebox: 10 },
    { key: 'busy-night-flag', timebox: 15 },
    { key: 'price-per-portion', timebox: null },
  ];
  await manager.getRepository(RefinementAgendaItemEntity).insert(
    nextAgenda.map((a, position) => ({
      id: randomUUID(),
      sessionId: next,
      itemId: id(a.key),
      position,
      timeboxMinutes: a.timebox,
      secondsSpent: 0,
      focusSince: null,
      madeReadyAt: null,
    })),
  );
  await manager.getRepository(RefinementQuestionEntity).insert({
    id: randomUUID(),
    itemId: id('busy-night-flag'),
    sessionId: null,
    text: 'Which evenings count as busy: the ones in the household calendar, or the ones people tick?',
    askedBy: 'dev@demo.local',
    askedAt: ago(1),
    answer: null,
    answeredBy: null,
    answeredAt: null,
  });
}
