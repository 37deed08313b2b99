import { describe, expect, it } from 'vitest';
import { addMember, anActiveGoal, aProduct, anItem, connectLive, signUp, type Account, type LiveConnection } from '@backlog-studio/testing';
import { engines, useApi } from './helpers';
import { ACCEPT, EVENTS, planAndStart, REVEAL, session, SESSION, startRound, VOTE, type Round, type Session } from './refinement-ops';

const metric = async (url: string, name: string): Promise<number> => {
  const text = await (await fetch(`${url}/metrics`)).text();
  const m = new RegExp(`^${name} (\\d+(?:\\.\\d+)?)$`, 'm').exec(text);
  if (!m) throw new Error(`${name} missing from /metrics`);
  return Number(m[1]);
};
const waitFor = async (check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
};
/** How the server ended a subscription: an error message, or a result carrying errors. */
const failure = (sub: { error: unknown; events: Array<{ errors?: unknown }> }): string => JSON.stringify(sub.error ?? sub.events.find((e) => e.errors)?.errors ?? null);
const typeIs = (type: string, extra: (e: Record<string, unknown>) => boolean = () => true) => (event: { data?: Record<string, unknown> | null }) => {
  const e = event.data?.refinementEvents as Record<string, unknown> | undefined;
  return e?.type === type && extra(e);
};

/** Every place a vote could show in a session (reference items, which name cards, left out). */
const VOTE_FIELDS = 'status votesCast myVote votes { userId card } distribution { modes counts { card votes } }';
const HIDDEN_CHECK = `query($s: ID!) { refinementSession(sessionId: $s) { currentRound { ${VOTE_FIELDS} } agenda { rounds { ${VOTE_FIELDS} } } } }`;

for (const engine of await engines('refinement e2e')) {
  describe(`live refinement workshop (${engine})`, () => {
    const { api, account, running } = useApi(engine);

    it('runs a full session with three participants over WebSockets: votes stay hidden until reveal, re-vote, accept, questions, criteria, ready, split, close, summary', async () => {
      const url = running().url;
      const po = account();
      const [ana, ben] = [await signUp(url), await signUp(url)];
      const product = await aProduct(api());
      await addMember(api(), product.id, ana, 'DEVELOPER');
      await addMember(api(), product.id, ben, 'DEVELOPER');
      const goal = await anActiveGoal(api(), product.id);
      const reference = await anItem(api(), product.id, { title: 'Pantry list (done, size 5)', size: 5, status: 'DONE' });
      const a = await anItem(api(), product.id, { title: 'Weekly plan from pantry', acceptanceCriteria: [] });
      const b = await anItem(api(), product.id, { title: 'Shopping list for the whole family', goalId: goal.id });

      const started = await planAndStart(api(), product.id, [a.id, b.id], 'Sprint 7 refinement');
      expect(started).toMatchObject({ status: 'LIVE', focusItemId: a.id, facilitator: { userId: po.userId } });

      const people: Array<{ who: Account; live: LiveConnection }> = [po, ana, ben].map((who) => ({ who, live: connectLive(url, who.token) }));
      const subs = people.map(({ live }) => live.subscribe(EVENTS, { s: started.id }));
      // Each participant's own join comes back to them once their subscription is live.
      for (const [i, sub] of subs.entries()) await sub.next(typeIs('PARTICIPANT_JOINED', (e) => e.actor === people[i].who.email));
      expect((await session(api(), started.id)).participants.filter((p) => p.present).map((p) => p.userId).sort()).toEqual(
        [po.userId, ana.userId, ben.userId].sort(),
      );

      // A second live session on the same product is refused by the database's partial unique index.
      const other = await api().request(`mutation($input: PlanRefinementSessionInput!) { planRefinementSession(input: $input) { id } }`, {
        input: { productId: product.id, title: 'Parallel', agenda: [] },
      });
      const second = await api().request(`mutation($s: ID!) { startRefinementSession(sessionId: $s) { id } }`, {
        s: (other.data as { planRefinementSession: { id: string } }).planRefinementSession.id,
      });
      expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(second.errors?.[0].message).toContain('Sprint 7 refinement');

      // Round 1: 5, 8, 5.
      const round1 = await startRound(api(), started.id, a.id);
      for (const sub of subs) await sub.next(typeIs('ROUND_STARTED', (e) => e.roundId === round1.id));
      expect(round1.cards).toEqual(['1', '2', '3', '5', '8', '13', '21', '34', '?']);
      expect(round1.referenceItems).toEqual([{ card: '5', items: [{ id: reference.id, title: 'Pantry list (done, size 5)' }] }]);
      const cards = new Map([
        [po.userId, '5'],
        [ana.userId, '8'],
        [ben.userId, '5'],
      ]);
      for (const { who } of people) {
        const mine = await who.client.ok<{ castEstimationVote: Round }>(VOTE, { input: { roundId: round1.id, card: cards.get(who.userId) } });
        expect(mine.castEstimationVote.myVote).toBe(cards.get(who.userId));
        expect(mine.castEstimationVote.votes).toEqual([]);
      }
      for (const sub of subs) await sub.next(typeIs('VOTE_CAST', (e) => e.votesCast === 3));
      // Before reveal nobody, the facilitator included, receives another person's vote: not in
      // the session they read, not in any frame on their socket.
      for (const { who } of people) {
        const raw = await (
          await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${who.token}` },
            body: JSON.stringify({ query: HIDDEN_CHECK, variables: { s: started.id } }),
          })
        ).json();
        const current = (raw as { data: { refinementSession: Session } }).data.refinementSession.currentRound!;
        expect(current).toMatchObject({ status: 'VOTING', votesCast: 3, myVote: cards.get(who.userId), votes: [], distribution: null });
        expect(JSON.stringify(raw)).not.toMatch(/"card":/);
      }
      for (const { live } of people) {
        expect(live.frames.length).toBeGreaterThan(0);
        for (const frame of live.frames) expect(frame).not.toMatch(/"card"|"myVote"|"votes":\[\{/);
      }

      const revealed = (await api().ok<{ revealEstimationRound: Session }>(REVEAL, { r: round1.id })).revealEstimationRound.currentRound!;
      for (const sub of subs) await sub.next(typeIs('ROUND_REVEALED'));
      expect(revealed.status).toBe('REVEALED');
      expect(revealed.votes.map((v) => v.card).sort()).toEqual(['5', '5', '8']);
      expect(revealed.distribution).toMatchObject({ spread: 1, consensus: false, modes: ['5'] });
      // Everyone sees the same result after reveal.
      const seenByBen = (await session(ben.client, started.id)).currentRound!;
      expect(seenByBen.distribution).toEqual(revealed.distribution);

      // Re-vote: round 2 supersedes round 1, which stays in the history.
      const round2 = await startRound(api(), started.id, a.id);
      expect(round2.number).toBe(2);
      for (const { who } of people) await who.client.ok(VOTE, { input: { roundId: round2.id, card: '5' } });
      const late = await ana.client.request(VOTE, { input: { roundId: round1.id, card: '3' } });
      expect(late.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'roundId', rule: 'voting' });
      const consensus = (await api().ok<{ revealEstimationRound: Session }>(REVEAL, { r: round2.id })).revealEstimationRound.currentRound!;
      expect(consensus.distribution).toMatchObject({ spread: 0, consensus: true });
      const notOnScale = await api().request(ACCEPT, { input: { roundId: round2.id, card: '6' } });
      expect(notOnScale.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'card', rule: 'onScale' });
      const accepted = (await api().ok<{ acceptEstimate: Session }>(ACCEPT, { input: { roundId: round2.id, card: '5' } })).acceptEstimate;
      for (const sub of subs) await sub.next(typeIs('ESTIMATE_ACCEPTED'));
      const entryA = accepted.agenda.find((e) => e.itemId === a.id)!;
      expect(entryA.size).toBe(5);
      expect(entryA.rounds.map((r) => [r.number, r.status])).toEqual([
        [1, 'SUPERSEDED'],
        [2, 'ACCEPTED'],
      ]);
      const history = await api().ok<{ backlogItem: { size: number; history: { field: string; newValue: string | null }[] } }>(
        `query($id: ID!) { backlogItem(id: $id) { size history { field newValue } } }`,
        { id: a.id },
      );
      expect(history.backlogItem.size).toBe(5);
      const estimate = history.backlogItem.history.find((h) => h.field === 'estimate')!;
      expect(JSON.parse(estimate.newValue!)).toMatchObject({ card: '5', round: 2, session: 'Sprint 7 refinement', votes: 3 });

      // A question is raised; the item cannot be ready while it is open and criteria are missing.
      const asked = await ben.client.ok<{ askRefinementQuestion: { id: string } }>(
        `mutation($input: AskQuestionInput!) { askRefinementQuestion(input: $input) { id text answer } }`,
        { input: { itemId: a.id, sessionId: started.id, text: 'Does the plan include leftovers?' } },
      );
      for (const sub of subs) await sub.next(typeIs('QUESTION_ASKED'));
      const MARK = `mutation($input: MarkReadyInput!) { markItemReady(input: $input) { ${SESSION} } }`;
      const notReady = await ana.client.request(MARK, { input: { itemId: a.id, sessionId: started.id, expectedVersion: entryA.itemVersion } });
      expect(notReady.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(notReady.errors?.[0].extensions?.fields?.map((f) => f.rule).sort()).toEqual(['criteria', 'questions']);
      await api().ok(`mutation($input: AnswerQuestionInput!) { answerRefinementQuestion(input: $input) { id } }`, {
        input: { questionId: asked.askRefinementQuestion.id, answer: 'Yes, from the pantry list', sessionId: started.id },
      });
      const criteria = await ana.client.ok<{ setAcceptanceCriteria: Session }>(
        `mutation($input: SetAcceptanceCriteriaInput!) { setAcceptanceCriteria(input: $input) { ${SESSION} } }`,
        { input: { itemId: a.id, sessionId: started.id, expectedVersion: entryA.itemVersion, criteria: ['Given a pantry with rice, When I plan the week, Then a rice dish is proposed'] } },
      );
      for (const sub of subs) await sub.next(typeIs('CRITERIA_CHANGED'));
      const afterCriteria = criteria.setAcceptanceCriteria.agenda.find((e) => e.itemId === a.id)!;
      expect(afterCriteria.readiness.ready).toBe(true);
      const stale = await ana.client.request(MARK, { input: { itemId: a.id, sessionId: started.id, expectedVersion: entryA.itemVersion } });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      await ana.client.ok(MARK, { input: { itemId: a.id, sessionId: started.id, expectedVersion: afterCriteria.itemVersion } });
      for (const sub of subs) await sub.next(typeIs('ITEM_READY', (e) => e.itemId === a.id));

      // Split B with SPIDR; the children keep the parent's goal and outcome.
      const focusB = await api().ok<{ focusRefinementItem: Session }>(`mutation($input: FocusItemInput!) { focusRefinementItem(input: $input) { ${SESSION} } }`, {
        input: { sessionId: started.id, itemId: b.id },
      });
      const entryB = focusB.focusRefinementItem.agenda.find((e) => e.itemId === b.id)!;
      expect(entryB.inFocus).toBe(true);
      const split = await ana.client.ok<{ splitBacklogItem: Session }>(
        `mutation($input: SplitItemInput!) { splitBacklogItem(input: $input) { ${SESSION} } }`,
        {
          input: {
            itemId: b.id,
            sessionId: started.id,
            expectedVersion: entryB.itemVersion,
            children: [
              { title: 'Shopping list for one adult', pattern: 'DATA' },
              { title: 'Shopping list shared by text message', pattern: 'INTERFACES', acceptanceCriteria: ['When I share the list, Then it arrives as a text'] },
            ],
          },
        },
      );
      for (const sub of subs) await sub.next(typeIs('ITEM_SPLIT'));
      const afterSplit = split.splitBacklogItem;
      expect(afterSplit.agenda.map((e) => e.title)).toEqual([a.title, b.title, 'Shopping list for one adult', 'Shopping list shared by text message']);
      expect(afterSplit.agenda[1].splits.map((s) => s.pattern)).toEqual(['DATA', 'INTERFACES']);
      const child = afterSplit.agenda[2];
      const childItem = await api().ok<{ backlogItem: { goalId: string; parentId: string; outcome: { statement: string } } }>(
        `query($id: ID!) { backlogItem(id: $id) { goalId parentId outcome { statement } } }`,
        { id: child.itemId },
      );
      expect(childItem.backlogItem).toEqual({ goalId: goal.id, parentId: b.id, outcome: { statement: 'More households finish set-up on their first visit' } });

      // The product owner may override the Definition of Ready, with a reason; a developer may not.
      const MARK_OVERRIDE = { itemId: child.itemId, sessionId: started.id, expectedVersion: child.itemVersion, overrideReason: 'Tiny change; we estimate in planning' };
      const devOverride = await ana.client.request(MARK, { input: MARK_OVERRIDE });
      expect(devOverride.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      await api().ok(MARK, { input: MARK_OVERRIDE });

      const closed = (await api().ok<{ closeRefinementSession: Session }>(`mutation($s: ID!) { closeRefinementSession(sessionId: $s) { ${SESSION} } }`, { s: started.id }))
        .closeRefinementSession;
      for (const sub of subs) await sub.next(typeIs('SESSION_CLOSED'));
      expect(closed.status).toBe('CLOSED');
      expect(closed.summary.madeReady.map((l) => l.itemId).sort()).toEqual([a.id, child.itemId].sort());
      expect(closed.summary.estimated).toEqual([{ itemId: a.id, detail: '5' }]);
      expect(closed.summary.splits).toEqual([{ itemId: b.id, detail: 'Shopping list for one adult (data); Shopping list shared by text message (interfaces)' }]);
      expect(closed.summary.openQuestions).toEqual([]);
      expect(closed.summary.timePerItem.map((t) => t.itemId)).toEqual(closed.agenda.map((e) => e.itemId));

      // Leaving: closing a socket releases the subscription and marks the person absent.
      await people[2].live.close();
      await subs[0].next(typeIs('PARTICIPANT_LEFT', (e) => e.actor === ben.email));
      expect((await session(api(), started.id)).participants.find((p) => p.userId === ben.userId)?.present).toBe(false);
      for (const { live } of people.slice(0, 2)) await live.close();
      await waitFor(async () => (await metric(url, 'live_subscriptions')) === 0);
    });

    it('checks membership on subscribe and on every event: a removed member stops receiving; a stakeholder may listen but not vote', async () => {
      const url = running().url;
      const [dev, stakeholder, stranger] = [await signUp(url), await signUp(url), await signUp(url)];
      const product = await aProduct(api());
      const membershipId = await addMember(api(), product.id, dev, 'DEVELOPER');
      await addMember(api(), product.id, stakeholder, 'STAKEHOLDER');
      const item = await anItem(api(), product.id);
      const started = await planAndStart(api(), product.id, [item.id]);

      const refused = connectLive(url, 'not-a-token');
      await expect(refused.connected()).rejects.toThrow(/4403|Forbidden/);
      const strangerLive = connectLive(url, stranger.token);
      const strangerSub = strangerLive.subscribe(EVENTS, { s: started.id });
      await strangerSub.ended();
      expect(failure(strangerSub)).toContain('NOT_FOUND');

      const devLive = connectLive(url, dev.token);
      const devSub = devLive.subscribe(EVENTS, { s: started.id });
      await devSub.next(typeIs('PARTICIPANT_JOINED'));
      const shLive = connectLive(url, stakeholder.token);
      const shSub = shLive.subscribe(EVENTS, { s: started.id });
      await shSub.next(typeIs('PARTICIPANT_JOINED', (e) => e.actor === stakeholder.email));
      const round = await startRound(api(), started.id, item.id);
      await devSub.next(typeIs('ROUND_STARTED'));
      const shVote = await stakeholder.client.request(VOTE, { input: { roundId: round.id, card: '3' } });
      expect(shVote.errors?.[0].extensions?.code).toBe('FORBIDDEN');

      await api().ok(`mutation($input: MembershipIdInput!) { removeMember(input: $input) }`, { input: { membershipId } });
      await api().ok(VOTE, { input: { roundId: round.id, card: '3' } });
      await devSub.ended();
      expect(failure(devSub)).toContain('no longer a member');
      expect(devSub.events.filter(typeIs('VOTE_CAST'))).toEqual([]);
      await shSub.next(typeIs('VOTE_CAST'));
      for (const c of [refused, strangerLive, devLive, shLive]) await c.close();
      await waitFor(async () => (await metric(url, 'live_subscriptions')) === 0);
    });

    it('a member who accepts an invitation during a live session receives its events at once', async () => {
      const url = running().url;
      const [early, late] = [await signUp(url), await signUp(url)];
      const product = await aProduct(api());
      await addMember(api(), product.id, early, 'DEVELOPER');
      const item = await anItem(api(), product.id);
      const started = await planAndStart(api(), product.id, [item.id]);
      // The early member's join loads the product's roles into the live cache.
      const earlyLive = connectLive(url, early.token);
      await earlyLive.subscribe(EVENTS, { s: started.id }).next(typeIs('PARTICIPANT_JOINED'));
      await addMember(api(), product.id, late, 'DEVELOPER');
      const lateLive = connectLive(url, late.token);
      const lateSub = lateLive.subscribe(EVENTS, { s: started.id });
      await lateSub.next(typeIs('PARTICIPANT_JOINED', (e) => e.actor === late.email));
      await startRound(api(), started.id, item.id);
      await lateSub.next(typeIs('ROUND_STARTED'));
      expect(failure(lateSub)).toBe('null');
      for (const c of [earlyLive, lateLive]) await c.close();
    });

    it('a participant who signs out stops receiving at the next event', async () => {
      const url = running().url;
      const dev = await signUp(url);
      const product = await aProduct(api());
      await addMember(api(), product.id, dev, 'DEVELOPER');
      const item = await anItem(api(), product.id);
      const started = await planAndStart(api(), product.id, [item.id]);
      const live = connectLive(url, dev.token);
      const sub = live.subscribe(EVENTS, { s: started.id });
      await sub.next(typeIs('PARTICIPANT_JOINED'));
      await dev.client.ok('mutation { signOut }');
      await startRound(api(), started.id, item.id);
      await sub.ended();
      expect(failure(sub)).toContain('UNAUTHENTICATED');
      expect(sub.events.filter(typeIs('ROUND_STARTED'))).toEqual([]);
      await live.close();
    });

    it('an agenda made from an older view is refused, not written over a split or another facilitator\'s change', async () => {
      const coach = await signUp(running().url);
      const product = await aProduct(api());
      await addMember(api(), product.id, coach, 'COACH');
      const [a, b, c] = [await anItem(api(), product.id, { title: 'A' }), await anItem(api(), product.id, { title: 'B' }), await anItem(api(), product.id, { title: 'C' })];
      const started = await planAndStart(api(), product.id, [a.id, b.id]);
      const SET = `mutation($input: SetAgendaInput!) { setRefinementAgenda(input: $input) { ${SESSION} } }`;
      const seenByCoach = await session(coach.client, started.id);

      // Meanwhile the product owner splits B in the room: its children join the agenda.
      const entryB = seenByCoach.agenda.find((e) => e.itemId === b.id)!;
      await api().ok(`mutation($input: SplitItemInput!) { splitBacklogItem(input: $input) { id } }`, {
        input: { itemId: b.id, sessionId: started.id, expectedVersion: entryB.itemVersion, children: [{ title: 'B for one', pattern: 'DATA' }, { title: 'B by text', pattern: 'INTERFACES' }] },
      });
      // The coach, still looking at the old agenda, adds C: refused, nothing overwritten.
      const stale = await coach.client.request(SET, {
        input: { sessionId: started.id, expectedVersion: seenByCoach.version, agenda: [...seenByCoach.agenda.map((e) => ({ itemId: e.itemId, timeboxMinutes: e.timeboxMinutes })), { itemId: c.id }] },
      });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(stale.errors?.[0].message).toMatch(/The agenda changed since you saw it/);
      const now = await session(coach.client, started.id);
      expect(stale.errors?.[0].extensions?.currentVersion).toBe(now.version);
      expect(now.agenda.map((e) => e.title)).toEqual(['A', 'B', 'B for one', 'B by text']);

      // Made again from the agenda as it is now, the change lands, and the version moves on.
      const added = await coach.client.ok<{ setRefinementAgenda: Session }>(SET, {
        input: { sessionId: started.id, expectedVersion: now.version, agenda: [...now.agenda.map((e) => ({ itemId: e.itemId, timeboxMinutes: e.timeboxMinutes })), { itemId: c.id }] },
      });
      expect(added.setRefinementAgenda.agenda.map((e) => e.title)).toEqual(['A', 'B', 'B for one', 'B by text', 'C']);
      expect(added.setRefinementAgenda.version).toBe(now.version + 1);
      // Two facilitators changing the agenda from the same view: exactly one lands.
      const base = added.setRefinementAgenda;
      const entries = base.agenda.map((e) => ({ itemId: e.itemId, timeboxMinutes: e.timeboxMinutes }));
      const results = await Promise.all([
        api().request(SET, { input: { sessionId: started.id, expectedVersion: base.version, agenda: entries.filter((e) => e.itemId !== c.id) } }),
        coach.client.request(SET, { input: { sessionId: started.id, expectedVersion: base.version, agenda: [...entries].reverse() } }),
      ]);
      expect(results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    });

    it('the focus never points off the agenda, a closed session keeps its agenda, and an agenda change needs its version', async () => {
      const product = await aProduct(api());
      const items = [await anItem(api(), product.id, { title: 'A' }), await anItem(api(), product.id, { title: 'B' }), await anItem(api(), product.id, { title: 'C' })];
      const started = await planAndStart(api(), product.id, items.map((i) => i.id));
      const SET = `mutation($input: SetAgendaInput!) { setRefinementAgenda(input: $input) { ${SESSION} } }`;
      const FOCUS = `mutation($input: FocusItemInput!) { focusRefinementItem(input: $input) { ${SESSION} } }`;
      // Ten times: with A in focus, B comes into focus while, from the same view, B is taken off
      // the agenda. Whichever lands second sees the first: the focus ends on the agenda or on nothing.
      const entry = (e: { itemId: string; timeboxMinutes: number | null }) => ({ itemId: e.itemId, timeboxMinutes: e.timeboxMinutes });
      for (let round = 0; round < 10; round++) {
        let now = await session(api(), started.id);
        if (!now.agenda.some((e) => e.itemId === items[1].id)) {
          await api().ok(SET, { input: { sessionId: started.id, expectedVersion: now.version, agenda: [...now.agenda.map(entry), { itemId: items[1].id, timeboxMinutes: null }] } });
        }
        await api().ok(FOCUS, { input: { sessionId: started.id, itemId: items[0].id } });
        now = await session(api(), started.id);
        const [set, focus] = await Promise.all([
          api().request(SET, { input: { sessionId: started.id, expectedVersion: now.version, agenda: now.agenda.filter((e) => e.itemId !== items[1].id).map(entry) } }),
          api().request(FOCUS, { input: { sessionId: started.id, itemId: items[1].id } }),
        ]);
        expect(set.errors).toBeUndefined();
        if (focus.errors) expect(focus.errors[0].extensions?.fields?.[0]).toMatchObject({ field: 'itemId', rule: 'onAgenda' });
        const after = await session(api(), started.id);
        expect(after.agenda.map((e) => e.itemId)).not.toContain(items[1].id);
        expect([null, items[0].id]).toContain(after.focusItemId);
      }

      // Without the version it was made from, an agenda change is not even read.
      const unversioned = await api().request(SET, { input: { sessionId: started.id, agenda: [] } });
      expect(unversioned.errors?.[0].message).toMatch(/expectedVersion/);

      // Closing while the focus moves: the close lands, the focus is either before it or refused,
      // and never a deadlock (both take the session row first).
      const [closing, moving] = await Promise.all([
        api().request(`mutation($s: ID!) { closeRefinementSession(sessionId: $s) { id } }`, { s: started.id }),
        api().request(FOCUS, { input: { sessionId: started.id, itemId: items[2].id } }),
      ]);
      expect(closing.errors).toBeUndefined();
      if (moving.errors) expect(moving.errors[0].extensions?.fields?.[0]).toMatchObject({ field: 'sessionId', rule: 'live' });
      const closed = await session(api(), started.id);
      expect(closed.status).toBe('CLOSED');
      const kept = closed.agenda.map((e) => e.itemId);
      const late = await api().request(SET, { input: { sessionId: started.id, expectedVersion: closed.version, agenda: [] } });
      expect(late.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'sessionId', rule: 'notClosed' });
      // Nor does a split in a closed session add its children to that agenda: the split is refused whole.
      const item = (await api().ok<{ backlogItem: { version: number } }>(`query($id: ID!) { backlogItem(id: $id) { version } }`, { id: items[0].id })).backlogItem;
      const split = await api().request(`mutation($input: SplitItemInput!) { splitBacklogItem(input: $input) { id } }`, {
        input: { itemId: items[0].id, sessionId: started.id, expectedVersion: item.version, children: [{ title: 'A1', pattern: 'DATA' }, { title: 'A2', pattern: 'RULES' }] },
      });
      expect(split.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'sessionId', rule: 'notClosed' });
      expect((await session(api(), started.id)).agenda.map((e) => e.itemId)).toEqual(kept);
    });

    it('votes racing the reveal are either in the revealed result or refused, never lost', async () => {
      const url = running().url;
      const product = await aProduct(api());
      const devs = await Promise.all(Array.from({ length: 8 }, () => signUp(url)));
      for (const d of devs) await addMember(api(), product.id, d, 'DEVELOPER');
      const item = await anItem(api(), product.id);
      const started = await planAndStart(api(), product.id, [item.id]);
      const round = await startRound(api(), started.id, item.id);
      await api().ok(VOTE, { input: { roundId: round.id, card: '3' } });
      const [reveal, ...votes] = await Promise.all([
        api().request(REVEAL, { r: round.id }),
        ...devs.map((d) => d.client.request(VOTE, { input: { roundId: round.id, card: '5' } })),
      ]);
      expect(reveal.errors).toBeUndefined();
      const accepted = votes.filter((v) => !v.errors).length;
      for (const v of votes.filter((x) => x.errors)) expect(v.errors![0].extensions?.fields?.[0]).toMatchObject({ field: 'roundId', rule: 'voting' });
      const after = (await session(api(), started.id)).currentRound!;
      expect(after.votes).toHaveLength(accepted + 1);
    });

    it('refuses queries and mutations over the socket and caps subscriptions per connection', async () => {
      const url = running().url;
      const product = await aProduct(api());
      const item = await anItem(api(), product.id);
      const started = await planAndStart(api(), product.id, [item.id]);
      const live = connectLive(url, account().token);
      const query = live.subscribe(`query { me { id } }`);
      await query.ended();
      expect(failure(query)).toContain('Only subscriptions');
      const subs = Array.from({ length: 21 }, () => live.subscribe(EVENTS, { s: started.id }));
      await subs[20].ended();
      expect(failure(subs[20])).toContain('At most 20 subscriptions');
      await live.close();
      await waitFor(async () => (await metric(url, 'live_subscriptions')) === 0);
    });
  });
}

describe('live subscriptions release their resources (sqlite)', () => {
  // --expose-gc lets /metrics collect before it reports the heap, so the figures are comparable.
  const { api, account, running } = useApi('sqlite', { NODE_OPTIONS: '--expose-gc' });

  it('1,000 subscribe / unsubscribe / disconnect cycles leave no subscriber behind and memory returns to its baseline', async () => {
    const url = running().url;
    const product = await aProduct(api());
    const item = await anItem(api(), product.id);
    const started = await planAndStart(api(), product.id, [item.id]);
    const warm = connectLive(url, account().token);
    await warm.subscribe(EVENTS, { s: started.id }).next();
    await warm.close();
    await waitFor(async () => (await metric(url, 'live_subscriptions')) === 0);
    const baseline = await metric(url, 'nodejs_heap_used_bytes');
    const listenersBefore = await metric(url, 'live_listeners');
    let cycles = 0;
    for (let batch = 0; batch < 100; batch++) {
      const live = connectLive(url, account().token);
      // Nine subscriptions ended by the client, the tenth by dropping the socket.
      for (let i = 0; i < 10; i++) {
        const sub = live.subscribe(EVENTS, { s: started.id });
        await sub.next(typeIs('PARTICIPANT_JOINED'));
        if (i < 9) sub.unsubscribe();
        cycles++;
      }
      await live.close();
    }
    expect(cycles).toBe(1000);
    await waitFor(async () => (await metric(url, 'live_subscriptions')) === 0, 20_000);
    expect(await metric(url, 'live_listeners')).toBe(listenersBefore);
    // After a collection the heap is back near its baseline (a leak of 1,000 subscriptions with
    // their sockets, buffers and listeners would stay; 4 MB leaves room for caches warming up).
    const after = await metric(url, 'nodejs_heap_used_bytes');
    expect(after - baseline).toBeLessThan(4 * 1024 * 1024);
    const participants = (await session(api(), started.id)).participants;
    expect(participants.every((p) => !p.present)).toBe(true);
  });
});
