import { describe, expect, it } from 'vitest';
import { aProduct, anActiveGoal, anItem, GqlClient } from '@backlog-studio/testing';
import { engines, useApi } from './helpers';

const REPORT_FIELDS = `productName activeGoal { statement } generatedOn doneItems remainingItems
  burnUp { start end done scope added removed scopeChanged } throughput { start count partial }
  forecast { remainingItems basedOn percentiles { confidence weeks date } } forecastNote`;

type Report = {
  productName: string;
  doneItems: number;
  remainingItems: number;
  burnUp: { done: number; scope: number; scopeChanged: boolean }[];
  throughput: { count: number; partial: boolean }[];
  forecast: { percentiles: { confidence: number; weeks: number | null }[] } | null;
  forecastNote: string | null;
};

for (const engine of await engines('progress e2e')) {
  describe(`progress report and share links (${engine})`, () => {
    const { api, running } = useApi(engine);

    it('reports the burn-up of done size against scope, and explains why there is no forecast yet', async () => {
      const product = await aProduct(api());
      await anActiveGoal(api(), product.id, 'Families plan a week in 10 minutes');
      const a = await anItem(api(), product.id, { size: 3 });
      await anItem(api(), product.id, { size: 5 });
      await api().ok(`mutation($input: UpdateBacklogItemInput!) { updateBacklogItem(input: $input) { id } }`, {
        input: { id: a.id, expectedVersion: 1, status: 'DONE' },
      });
      const r = await api().ok<{ progressReport: Report }>(`query($p: ID!) { progressReport(productId: $p) { ${REPORT_FIELDS} } }`, { p: product.id });
      expect(r.progressReport).toMatchObject({ doneItems: 1, remainingItems: 1, forecast: null });
      expect(r.progressReport.forecastNote).toMatch(/throughput history/);
      const last = r.progressReport.burnUp[r.progressReport.burnUp.length - 1];
      expect(last).toMatchObject({ done: 3, scope: 8, scopeChanged: true });
      expect(r.progressReport.throughput.reduce((n, t) => n + t.count, 0)).toBe(1);
    });

    it('shares the report read-only without an account until the link is revoked', async () => {
      const product = await aProduct(api());
      await anItem(api(), product.id);
      const link = await api().ok<{ createShareLink: { id: string; token: string; path: string } }>(
        `mutation($p: ID!) { createShareLink(productId: $p) { id token path } }`,
        { p: product.id },
      );
      expect(link.createShareLink.path).toBe(`/shared/${link.createShareLink.token}`);
      const stranger = new GqlClient(running().url);
      const shared = await stranger.ok<{ sharedProgressReport: Report }>(`query($t: String!) { sharedProgressReport(token: $t) { ${REPORT_FIELDS} } }`, {
        t: link.createShareLink.token,
      });
      expect(shared.sharedProgressReport).toMatchObject({ productName: product.name, remainingItems: 1 });
      const mutate = await stranger.request(`mutation($input: CreateBacklogItemInput!) { createBacklogItem(input: $input) { id } }`, {
        input: { productId: product.id, title: 'sneaky' },
      });
      expect(mutate.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const listed = await api().ok<{ shareLinks: { id: string; token: string | null }[] }>(`query($p: ID!) { shareLinks(productId: $p) { id token } }`, { p: product.id });
      expect(listed.shareLinks).toEqual([{ id: link.createShareLink.id, token: null }]);
      await api().ok(`mutation($id: ID!) { revokeShareLink(id: $id) { revokedAt } }`, { id: link.createShareLink.id });
      const after = await stranger.request(`query($t: String!) { sharedProgressReport(token: $t) { productName } }`, { t: link.createShareLink.token });
      expect(after.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const guess = await stranger.request(`query($t: String!) { sharedProgressReport(token: $t) { productName } }`, { t: 'A'.repeat(32) });
      expect(guess.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });
}
