import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  aProduct,
  anItem,
  connectLive,
  createTestDatabase,
  postgresAvailable,
  PG_ADMIN_URL,
  REDIS_TEST_URL,
  redisAvailable,
  signUp,
  startApi,
  type RunningApi,
  type TestDatabase,
} from '@backlog-studio/testing';
import { EVENTS, planAndStart, REVEAL, session, startRound, VOTE, type Session } from './refinement-ops';

const [pg, redis] = await Promise.all([postgresAvailable(), redisAvailable()]);
const missing = [!pg && `PostgreSQL at ${PG_ADMIN_URL}`, !redis && `Redis at ${REDIS_TEST_URL}`].filter(Boolean);
if (missing.length && process.env.CI === 'true') throw new Error(`refinement scale-out: ${missing.join(' and ')} required under CI=true but not reachable`);
if (missing.length) console.warn(`SKIPPED refinement scale-out (two API processes on PostgreSQL + Redis): ${missing.join(' and ')} not reachable`);

const typeIs = (type: string) => (event: { data?: Record<string, unknown> | null }) => (event.data?.refinementEvents as { type?: string } | undefined)?.type === type;

describe.skipIf(missing.length > 0)('two API instances behind a load balancer share one workshop (PostgreSQL + Redis)', () => {
  let database: TestDatabase;
  let one: RunningApi;
  let two: RunningApi;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    // The first instance migrates the shared database; the second starts on it.
    one = await startApi('postgres', { database, env: { REDIS_URL: REDIS_TEST_URL } });
    two = await startApi('postgres', { database, env: { REDIS_URL: REDIS_TEST_URL } });
  });
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await database?.drop();
  });

  it('a participant subscribed through one instance sees votes and the reveal made through the other', async () => {
    expect(one.url).not.toBe(two.url);
    const po = await signUp(one.url);
    const dev = await signUp(two.url);
    const product = await aProduct(po.client);
    await addMember(po.client, product.id, dev, 'DEVELOPER');
    const item = await anItem(po.client, product.id);
    const started = await planAndStart(po.client, product.id, [item.id]);

    // The product owner listens on instance one; the developer acts only through instance two.
    const poLive = connectLive(one.url, po.token);
    const poEvents = poLive.subscribe(EVENTS, { s: started.id });
    await poEvents.next(typeIs('PARTICIPANT_JOINED'));
    const devLive = connectLive(two.url, dev.token);
    const devEvents = devLive.subscribe(EVENTS, { s: started.id });
    await devEvents.next(typeIs('PARTICIPANT_JOINED'));
    // The developer's join on instance two reached the listener on instance one.
    await poEvents.next((e) => typeIs('PARTICIPANT_JOINED')(e) && (e.data!.refinementEvents as { actor: string }).actor === dev.email);

    const round = await startRound(po.client, started.id, item.id);
    await devEvents.next(typeIs('ROUND_STARTED'));
    await dev.client.ok(VOTE, { input: { roundId: round.id, card: '8' } });
    const vote = await poEvents.next(typeIs('VOTE_CAST'));
    expect(vote.data!.refinementEvents).toMatchObject({ votesCast: 1, actor: dev.email, roundId: round.id });
    for (const frame of poLive.frames) expect(frame).not.toContain('"card"');

    // Developers may run the room too: the reveal also goes through instance two.
    await dev.client.ok(REVEAL, { r: round.id });
    await poEvents.next(typeIs('ROUND_REVEALED'));
    const seenOnOne: Session = await session(po.client, started.id);
    expect(seenOnOne.currentRound).toMatchObject({ status: 'REVEALED', votes: [{ userId: dev.userId, card: '8' }] });

    await devLive.close();
    await poEvents.next(typeIs('PARTICIPANT_LEFT'));
    await poLive.close();
  });
});
