import { beforeAll, describe, expect, it } from 'vitest';
import { addMember, aProduct, anItem, signUp, type Account } from '@backlog-studio/testing';
import { engines, useApi } from './helpers';

const CREATE = `mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id name group contact power interest quadrant version } }`;

for (const engine of await engines('stakeholders e2e')) {
  describe(`stakeholder map, engagement, value perspectives and comments (${engine})`, () => {
    const { api, running } = useApi(engine);
    let productId: string;
    let dev: Account;
    let stakeholderUser: Account;

    beforeAll(async () => {
      productId = (await aProduct(api())).id;
      dev = await signUp(running().url);
      stakeholderUser = await signUp(running().url);
      await addMember(api(), productId, dev, 'DEVELOPER');
      await addMember(api(), productId, stakeholderUser, 'STAKEHOLDER');
    });

    it('creates stakeholders with their quadrant, and refuses bad input per field', async () => {
      const s = await api().ok<{ createStakeholder: { quadrant: string; power: number } }>(CREATE, {
        input: { productId, name: 'Chief Financial Officer', group: 'SPONSOR', power: 9, interest: 3, contact: 'cfo@example.test' },
      });
      expect(s.createStakeholder).toMatchObject({ quadrant: 'KEEP_SATISFIED', power: 9 });
      const cases: [Record<string, unknown>, string][] = [
        [{ name: '' }, 'name'],
        [{ power: 11 }, 'power'],
        [{ interest: -1 }, 'interest'],
        [{ group: 'ALIENS' }, 'group'],
        [{ techniques: ['TELEPATHY'] }, 'techniques'],
      ];
      for (const [patch, field] of cases) {
        const res = await api().request(CREATE, { input: { productId, name: 'X', ...patch } });
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.fields?.some((f) => f.field === field || f.field.startsWith(`${field}[`))).toBe(true);
      }
      const list = await api().ok<{ stakeholders: { name: string }[] }>(`query($p: ID!) { stakeholders(productId: $p) { name } }`, { p: productId });
      expect(list.stakeholders.map((x) => x.name)).toEqual(['Chief Financial Officer']);
    });

    it('shows the contact to the product owner only, on every path (direct, nested, aliased)', async () => {
      const s = await api().ok<{ createStakeholder: { id: string } }>(CREATE, {
        input: { productId, name: 'Key customer', group: 'CUSTOMER', power: 8, interest: 9, contact: 'secret@example.test' },
      });
      const query = `query($p: ID!) { stakeholders(productId: $p) { contact c2: contact } neglectedKeyPlayers(productId: $p) { stakeholder { contact } } }`;
      const mine = await api().ok<{ stakeholders: { contact: string | null }[] }>(query, { p: productId });
      expect(mine.stakeholders.map((x) => x.contact)).toContain('secret@example.test');
      for (const other of [dev, stakeholderUser]) {
        const res = await other.client.request(query, { p: productId });
        expect(res.errors).toBeUndefined();
        expect(JSON.stringify(res.data)).not.toContain('@example.test');
      }
      const update = await api().ok<{ updateStakeholder: { contact: string } }>(
        `mutation($input: UpdateStakeholderInput!) { updateStakeholder(input: $input) { contact } }`,
        { input: { id: s.createStakeholder.id, expectedVersion: 1, power: 9 } },
      );
      expect(update.updateStakeholder.contact).toBe('secret@example.test');
    });

    it('logs an engagement and warns about key players not engaged for 30 days', async () => {
      const fresh = (await aProduct(api())).id;
      const key = await api().ok<{ createStakeholder: { id: string } }>(CREATE, { input: { productId: fresh, name: 'Ops lead', group: 'OPERATIONS', power: 7, interest: 7 } });
      const quiet = await api().ok<{ createStakeholder: { id: string } }>(CREATE, { input: { productId: fresh, name: 'Regulator', group: 'COMPLIANCE', power: 9, interest: 6 } });
      const today = new Date().toISOString().slice(0, 10);
      const logged = await api().ok<{ logEngagement: { technique: string; developersPresent: boolean; stakeholderIds: string[] } }>(
        `mutation($input: LogEngagementInput!) { logEngagement(input: $input) { technique developersPresent stakeholderIds } }`,
        { input: { productId: fresh, date: today, technique: 'CUSTOMER_VISIT', stakeholderIds: [key.createStakeholder.id], developersPresent: true, notes: 'Saw the warehouse' } },
      );
      expect(logged.logEngagement).toEqual({ technique: 'CUSTOMER_VISIT', developersPresent: true, stakeholderIds: [key.createStakeholder.id] });
      const neglected = await api().ok<{ neglectedKeyPlayers: { stakeholder: { id: string; lastEngagedOn: string | null }; daysSince: number | null }[] }>(
        `query($p: ID!) { neglectedKeyPlayers(productId: $p) { stakeholder { id lastEngagedOn } daysSince } }`,
        { p: fresh },
      );
      expect(neglected.neglectedKeyPlayers).toEqual([{ stakeholder: { id: quiet.createStakeholder.id, lastEngagedOn: null }, daysSince: null }]);
      const bad = await api().request(`mutation($input: LogEngagementInput!) { logEngagement(input: $input) { id } }`, {
        input: { productId: fresh, date: '2026-13-01', technique: 'DEMO', stakeholderIds: [key.createStakeholder.id] },
      });
      expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('date');
    });

    it('lets a stakeholder rate value as their own stakeholder, and shows where groups disagree', async () => {
      const item = await anItem(api(), productId, { title: 'Bulk discounts' });
      const sales = await api().ok<{ createStakeholder: { id: string } }>(CREATE, {
        input: { productId, name: 'Sales director', group: 'SALES', power: 7, interest: 8, userId: stakeholderUser.userId },
      });
      const support = await api().ok<{ createStakeholder: { id: string } }>(CREATE, { input: { productId, name: 'Support lead', group: 'SUPPORT', power: 4, interest: 8 } });
      const RATE = `mutation($input: RateValueInput!) { rateValue(input: $input) { spread spreadExplanation byGroup { key mean count } ratings { value rationale ratedBy } } }`;
      await stakeholderUser.client.ok(RATE, { input: { itemId: item.id, stakeholderId: sales.createStakeholder.id, value: 18, rationale: 'Wins big accounts' } });
      const notMine = await stakeholderUser.client.request(RATE, { input: { itemId: item.id, stakeholderId: support.createStakeholder.id, value: 20 } });
      expect(notMine.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const view = await api().ok<{ rateValue: { spread: number; spreadExplanation: string; byGroup: { key: string; mean: number }[] } }>(RATE, {
        input: { itemId: item.id, stakeholderId: support.createStakeholder.id, value: 3, rationale: 'More tickets' },
      });
      expect(view.rateValue.spread).toBe(15);
      expect(view.rateValue.spreadExplanation).toMatch(/Sales rates 18, Support rates 3/);
      const devRate = await dev.client.request(RATE, { input: { itemId: item.id, stakeholderId: support.createStakeholder.id, value: 5 } });
      expect(devRate.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const contested = await dev.client.ok<{ contestedItems: { itemId: string; spread: number }[] }>(`query($p: ID!) { contestedItems(productId: $p) { itemId spread } }`, { p: productId });
      expect(contested.contestedItems[0]).toEqual({ itemId: item.id, spread: 15 });
    });

    it('keeps comments from any member, with mentions, and keeps edits in history', async () => {
      const item = await anItem(api(), productId);
      const added = await stakeholderUser.client.ok<{ addComment: { id: string; mentions: string[]; author: string } }>(
        `mutation($input: AddCommentInput!) { addComment(input: $input) { id mentions author } }`,
        { input: { targetId: item.id, body: `Customers ask for this weekly, @${dev.email} can you size it?` } },
      );
      expect(added.addComment.mentions).toEqual([dev.userId]);
      const EDIT = `mutation($input: EditCommentInput!) { editComment(input: $input) { body version editedAt } }`;
      const notAuthor = await api().request(EDIT, { input: { id: added.addComment.id, expectedVersion: 1, body: 'Rewritten' } });
      expect(notAuthor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const edited = await stakeholderUser.client.ok<{ editComment: { body: string; version: number; editedAt: string } }>(EDIT, {
        input: { id: added.addComment.id, expectedVersion: 1, body: 'Customers ask for this every week.' },
      });
      expect(edited.editComment).toMatchObject({ body: 'Customers ask for this every week.', version: 2 });
      const stale = await stakeholderUser.client.request(EDIT, { input: { id: added.addComment.id, expectedVersion: 1, body: 'x' } });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      const seen = await api().ok<{ comments: { body: string; author: string }[] }>(`query($t: ID!) { comments(targetId: $t) { body author } }`, { t: item.id });
      expect(seen.comments).toEqual([{ body: 'Customers ask for this every week.', author: stakeholderUser.email }]);
    });
  });
}
