import { describe, expect, it } from 'vitest';
import { addMember, aProduct, anItem, signUp } from '@backlog-studio/testing';
import { engines, useApi } from './helpers';

const ROUND = 'id status totalPrice leftover items { itemId price pledged funded sharePercent myPledge } participants { userId budget spent }';
type Round = { id: string; status: string; leftover: number | null; items: { itemId: string; pledged: number; funded: boolean; myPledge: number }[]; participants: { spent: number }[] };

for (const engine of await engines('budget voting e2e')) {
  describe(`Buy a Feature rounds (${engine})`, () => {
    const { api, running } = useApi(engine);

    it('opens a round, takes allocations, refuses an overspend storing nothing, and stores the closed result', async () => {
      const product = await aProduct(api());
      const [alice, bob, outsider] = [await signUp(running().url), await signUp(running().url), await signUp(running().url)];
      await addMember(api(), product.id, alice, 'STAKEHOLDER');
      await addMember(api(), product.id, bob, 'STAKEHOLDER');
      const a = await anItem(api(), product.id, { title: 'Offline mode', size: 8 });
      const b = await anItem(api(), product.id, { title: 'Dark theme', size: 5 });
      const outsiderItem = await anItem(api(), product.id, { title: 'Not in the round', size: 3 });
      const tooRich = await api().request(`mutation($input: OpenVotingRoundInput!) { openVotingRound(input: $input) { id } }`, {
        input: { productId: product.id, title: 'Q1', itemIds: [a.id, b.id], participants: [{ userId: alice.userId, budget: 13 }] },
      });
      expect(tooRich.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      // People are named as the product knows them, never by an internal id.
      expect(tooRich.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'participants', rule: 'BUDGET_NOT_BELOW_TOTAL' });
      expect(tooRich.errors?.[0].extensions?.fields?.[0].message).toBe(`budget of ${alice.email} (13) must be below the total price of all items (13)`);
      const opened = await api().ok<{ openVotingRound: Round }>(`mutation($input: OpenVotingRoundInput!) { openVotingRound(input: $input) { ${ROUND} } }`, {
        input: { productId: product.id, title: 'Q1', itemIds: [a.id, b.id], participants: [{ userId: alice.userId, budget: 6 }, { userId: bob.userId, budget: 6 }] },
      });
      const id = opened.openVotingRound.id;
      const ALLOCATE = `mutation($input: AllocateBudgetInput!) { allocateBudget(input: $input) { ${ROUND} } }`;
      await alice.client.ok(ALLOCATE, { input: { roundId: id, allocations: [{ itemId: a.id, amount: 5 }, { itemId: b.id, amount: 1 }] } });
      const over = await bob.client.request(ALLOCATE, { input: { roundId: id, allocations: [{ itemId: a.id, amount: 4 }, { itemId: b.id, amount: 4 }] } });
      expect(over.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(over.errors?.[0].extensions?.fields?.[0].field).toBe('allocations');
      expect(over.errors?.[0].extensions?.fields?.[0].message).toBe(`${bob.email} allocates 8 but has a budget of 6 (2 over)`);
      const unknown = await bob.client.request(ALLOCATE, { input: { roundId: id, allocations: [{ itemId: outsiderItem.id, amount: 1 }] } });
      expect(unknown.errors?.[0].extensions?.fields?.[0].message).toBe(`${outsiderItem.id} is not an item of this round`);
      const afterOver = await bob.client.ok<{ votingRound: Round }>(`query($r: ID!) { votingRound(roundId: $r) { ${ROUND} } }`, { r: id });
      expect(afterOver.votingRound.participants.map((p) => p.spent)).toEqual([6, 0]);
      const notParticipant = await api().request(ALLOCATE, { input: { roundId: id, allocations: [{ itemId: a.id, amount: 1 }] } });
      expect(notParticipant.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const stranger = await outsider.client.request(ALLOCATE, { input: { roundId: id, allocations: [{ itemId: a.id, amount: 1 }] } });
      expect(stranger.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const live = await bob.client.ok<{ allocateBudget: Round }>(ALLOCATE, { input: { roundId: id, allocations: [{ itemId: a.id, amount: 3 }, { itemId: b.id, amount: 3 }] } });
      expect(live.allocateBudget.items.map((i) => [i.pledged, i.myPledge])).toEqual([[8, 3], [4, 3]]);
      const closed = await api().ok<{ closeVotingRound: Round }>(`mutation($r: ID!) { closeVotingRound(roundId: $r) { ${ROUND} } }`, { r: id });
      expect(closed.closeVotingRound.status).toBe('CLOSED');
      expect(closed.closeVotingRound.items.map((i) => [i.itemId, i.funded])).toEqual([[a.id, true], [b.id, false]]);
      expect(closed.closeVotingRound.leftover).toBe(4);
      const late = await alice.client.request(ALLOCATE, { input: { roundId: id, allocations: [] } });
      expect(late.errors?.[0].extensions?.fields?.[0].rule).toBe('open');
    });

    it("lists a product's rounds in as many SQL statements for three rounds as for one (no query per round)", async () => {
      const statements = async (): Promise<number> => Number(/db_statements_total (\d+)/.exec(await (await fetch(`${running().url}/metrics`)).text())?.[1]);
      const participant = await signUp(running().url);
      const productWith = async (rounds: number) => {
        const product = await aProduct(api());
        await addMember(api(), product.id, participant, 'STAKEHOLDER');
        const items = [await anItem(api(), product.id, { size: 3 }), await anItem(api(), product.id, { size: 5 })];
        for (let r = 0; r < rounds; r++) {
          const opened = await api().ok<{ openVotingRound: { id: string } }>(`mutation($input: OpenVotingRoundInput!) { openVotingRound(input: $input) { id } }`, {
            input: { productId: product.id, title: `Round ${r}`, itemIds: items.map((i) => i.id), participants: [{ userId: participant.userId, budget: 6 }] },
          });
          await participant.client.ok(`mutation($input: AllocateBudgetInput!) { allocateBudget(input: $input) { id } }`, {
            input: { roundId: opened.openVotingRound.id, allocations: [{ itemId: items[r % 2].id, amount: 3 }] },
          });
        }
        return product.id;
      };
      const one = await productWith(1);
      const three = await productWith(3);
      const LIST = `query($p: ID!) { votingRounds(productId: $p) { ${ROUND} } }`;
      const cost = async (productId: string) => {
        const before = await statements();
        const listed = await participant.client.ok<{ votingRounds: Round[] }>(LIST, { p: productId });
        return { statements: (await statements()) - before, listed: listed.votingRounds };
      };
      await cost(one); // warms the caller's token and role caches
      const [a, b] = [await cost(one), await cost(three)];
      expect(b.listed).toHaveLength(3);
      expect(b.listed.map((r) => r.items.map((i) => i.myPledge))).toEqual([[3, 0], [0, 3], [3, 0]]);
      expect(a.listed[0].participants[0].spent).toBe(3);
      expect(b.statements).toBe(a.statements);
    });
  });
}
