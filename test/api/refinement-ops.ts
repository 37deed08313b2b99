import type { GqlClient } from '@backlog-studio/testing';

export const ROUND = `id itemId number status cards votesCast voters { userId } myVote votes { userId card } distribution { spread consensus modes explanation counts { card votes } } acceptedCard referenceItems { card items { id title } }`;
export const SESSION = `id productId title status focusItemId version
  facilitator { userId label }
  participants { userId label present }
  currentRound { ${ROUND} }
  agenda { id itemId title status size itemVersion position timeboxMinutes secondsSpent inFocus madeReadyAt acceptanceCriteria
    readiness { ready met unmet { id text } } hints { letter hint }
    rounds { ${ROUND} } questions { id text answer } splits { itemId title pattern } }
  summary { madeReady { itemId title } estimated { itemId detail } splits { itemId detail } openQuestions { itemId detail } timePerItem { itemId seconds timeboxMinutes overTimebox } totalSeconds }`;

export const EVENTS = `subscription($s: ID!) { refinementEvents(sessionId: $s) { sessionId type actor itemId roundId votesCast at } }`;

export interface Round {
  id: string;
  itemId: string;
  number: number;
  status: string;
  cards: string[];
  votesCast: number;
  voters: { userId: string }[];
  myVote: string | null;
  votes: { userId: string; card: string }[];
  distribution: { spread: number; consensus: boolean; modes: string[]; explanation: string; counts: { card: string; votes: number }[] } | null;
  acceptedCard: string | null;
  referenceItems: { card: string; items: { id: string; title: string }[] }[];
}

export interface AgendaEntry {
  id: string;
  itemId: string;
  title: string;
  status: string;
  size: number | null;
  itemVersion: number;
  inFocus: boolean;
  madeReadyAt: string | null;
  acceptanceCriteria: string[];
  timeboxMinutes: number | null;
  secondsSpent: number;
  readiness: { ready: boolean; met: string[]; unmet: { id: string; text: string }[] };
  hints: { letter: string; hint: string }[];
  rounds: Round[];
  questions: { id: string; text: string; answer: string | null }[];
  splits: { itemId: string; title: string; pattern: string }[];
}

export interface Session {
  id: string;
  productId: string;
  status: string;
  version: number;
  focusItemId: string | null;
  facilitator: { userId: string };
  participants: { userId: string; present: boolean }[];
  currentRound: Round | null;
  agenda: AgendaEntry[];
  summary: {
    madeReady: { itemId: string }[];
    estimated: { itemId: string; detail: string }[];
    splits: { itemId: string; detail: string }[];
    openQuestions: { itemId: string; detail: string }[];
    timePerItem: { itemId: string; seconds: number }[];
    totalSeconds: number;
  };
}

export async function session(client: GqlClient, id: string): Promise<Session> {
  return (await client.ok<{ refinementSession: Session }>(`query($s: ID!) { refinementSession(sessionId: $s) { ${SESSION} } }`, { s: id })).refinementSession;
}

export async function planAndStart(client: GqlClient, productId: string, itemIds: string[], title = 'Refinement'): Promise<Session> {
  const planned = await client.ok<{ planRefinementSession: Session }>(
    `mutation($input: PlanRefinementSessionInput!) { planRefinementSession(input: $input) { ${SESSION} } }`,
    { input: { productId, title, agenda: itemIds.map((itemId, i) => ({ itemId, timeboxMinutes: i === 0 ? 10 : null })) } },
  );
  const started = await client.ok<{ startRefinementSession: Session }>(`mutation($s: ID!) { startRefinementSession(sessionId: $s) { ${SESSION} } }`, {
    s: planned.planRefinementSession.id,
  });
  return started.startRefinementSession;
}

export async function startRound(client: GqlClient, sessionId: string, itemId: string): Promise<Round> {
  const data = await client.ok<{ startEstimationRound: Session }>(
    `mutation($input: FocusItemInput!) { startEstimationRound(input: $input) { ${SESSION} } }`,
    { input: { sessionId, itemId } },
  );
  const entry = data.startEstimationRound.agenda.find((a) => a.itemId === itemId)!;
  return entry.rounds.at(-1)!;
}

export const VOTE = `mutation($input: CastVoteInput!) { castEstimationVote(input: $input) { ${ROUND} } }`;
export const REVEAL = `mutation($r: ID!) { revealEstimationRound(roundId: $r) { ${SESSION} } }`;
export const ACCEPT = `mutation($input: AcceptEstimateInput!) { acceptEstimate(input: $input) { ${SESSION} } }`;
