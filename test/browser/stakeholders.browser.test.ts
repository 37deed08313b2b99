/// <reference lib="dom" />
/**
 * Stakeholder maps, value perspectives and transparent progress, in the real built client in
 * Chromium against the real API seeded with the demo product (SEED_DEMO=true): the product owner
 * drags a stakeholder to another quadrant (pointer and keyboard) and a reload keeps it there,
 * logs an engagement; a stakeholder comments on an item and the product owner sees it, rates an
 * item's value; a Buy a Feature round is opened, allocated and closed; the progress report is
 * shared and opened in a fresh browser without signing in, then revoked.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { GqlClient, startApi, type RunningApi } from '@backlog-studio/testing';
import { axeCheck, chromiumAvailable, launchBrowser, screenshot, WEB_DIST, type Browser } from './support/chromium';
import { DEMO_OWNER, signInIfAsked } from './support/session';

const SESSION_KEY = 'backlog-studio:session';
const PASSWORD = DEMO_OWNER.password;
const PO = 'po@demo.local';
const STAKEHOLDER = 'stakeholder@demo.local';

const ITEM_COMMENTED = 'Swap a single dinner without rebuilding the whole week';
const ITEM_RATED = 'Suggested week, rule 3: stay within a weekly budget';
const COMMENT = `The family panel asked for this again on Tuesday. @${PO} can we bring it forward?`;

interface SessionPayload {
  token: string;
  expiresAt: string;
  user: { id: string; email: string; displayName: string };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const run = chromiumAvailable() ? describe : describe.skip;

run('stakeholders, value perspectives and progress in a real browser', () => {
  let api: RunningApi & { stop(): Promise<number | null> };
  let browser: Browser;
  let page: Page;
  let productId = '';
  let base = '';
  const sessions = new Map<string, SessionPayload>();
  const itemIds = new Map<string, string>();

  const main = (): Locator => page.locator('main');
  const marker = (name: string): Locator => page.getByTestId('mendelow-grid').getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\s?,`) });

  async function sessionOf(email: string): Promise<SessionPayload> {
    const known = sessions.get(email);
    if (known) return known;
    const data = await new GqlClient(api.url).ok<{ signIn: SessionPayload }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { token expiresAt user { id email displayName } } }`,
      { input: { email, password: PASSWORD } },
    );
    sessions.set(email, data.signIn);
    return data.signIn;
  }

  /** Switches the page to another demo account (its session in localStorage), then opens `path`. */
  async function as(email: string, path: string): Promise<void> {
    const session = await sessionOf(email);
    await page.goto(`${api.url}/health`);
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: SESSION_KEY, value: JSON.stringify(session) });
    await page.goto(`${api.url}${path}`);
  }

  async function gqlAs(email: string): Promise<GqlClient> {
    return new GqlClient(api.url, { authorization: `Bearer ${(await sessionOf(email)).token}` });
  }

  async function stakeholderByName(name: string): Promise<{ power: number; interest: number; quadrant: string }> {
    const gql = await gqlAs(PO);
    const data = await gql.ok<{ stakeholders: { name: string; power: number; interest: number; quadrant: string }[] }>(
      `query($p: ID!) { stakeholders(productId: $p) { name power interest quadrant } }`,
      { p: productId },
    );
    const found = data.stakeholders.find((s) => s.name.startsWith(name));
    if (!found) throw new Error(`no stakeholder ${name}`);
    return found;
  }

  beforeAll(async () => {
    api = await startApi('sqlite', { env: { SEED_DEMO: 'true', WEB_DIST } });
    browser = await launchBrowser({ width: 1360, height: 900 });
    page = browser.page;
    const gql = await gqlAs(PO);
    const products = await gql.ok<{ products: { id: string; name: string }[] }>(`{ products { id name } }`);
    productId = products.products.find((p) => p.name === 'Harvest Box')!.id;
    base = `/products/${productId}`;
    const items = await gql.ok<{ backlogItems: { edges: { node: { id: string; title: string } }[] } }>(
      `query($p: ID!) { backlogItems(productId: $p, first: 100) { edges { node { id title } } } }`,
      { p: productId },
    );
    for (const { node } of items.backlogItems.edges) itemIds.set(node.title, node.id);
    for (const title of [ITEM_COMMENTED, ITEM_RATED]) if (!itemIds.has(title)) throw new Error(`the demo product has no item “${title}”`);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  test('the product owner signs in and reaches the stakeholder map from the workspace', async () => {
    await page.goto(`${api.url}/sign-in?next=${encodeURIComponent(base)}`);
    await signInIfAsked(page);
    await main().getByRole('heading', { level: 1, name: 'Harvest Box' }).waitFor();
    await page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Stakeholders & progress' }).click();
    await main().getByRole('heading', { level: 1, name: 'Stakeholder map' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${base}/stakeholders`);
  });

  test('the map: quadrants labelled with their meaning, contact for the product owner only, the 30-day warning', async () => {
    const grid = page.getByTestId('mendelow-grid');
    for (const [label, meaning] of [
      ['Manage closely', 'Involve them in shaping the product'],
      ['Keep satisfied', 'Meet their needs'],
      ['Keep informed', 'Share progress regularly'],
      ['Monitor', 'Spend little effort'],
    ]) {
      await grid.getByRole('heading', { level: 3, name: label }).waitFor();
      await grid.getByText(meaning, { exact: false }).waitFor();
    }
    await expect.poll(() => page.getByTestId('stakeholder-marker').count()).toBe(10);
    const warning = page.getByTestId('neglected-warning');
    await warning.getByText(/key players? not engaged for 30 days/).waitFor();
    expect(await warning.innerText()).toContain('Helen Okafor, CEO');

    await marker('Helen Okafor').click();
    const details = page.getByTestId('stakeholder-details');
    await details.getByRole('heading', { name: 'Helen Okafor, CEO' }).waitFor();
    expect(await details.getByTestId('stakeholder-contact').innerText()).toBe('helen.okafor@harvestbox.example');
    await page.getByTestId('stakeholder-table').getByRole('columnheader', { name: 'Contact' }).waitFor();
    await screenshot(page, 'stakeholders-01-map', true);
    const a11y = await axeCheck(page, 'stakeholder-map');
    expect(a11y.blocking).toEqual([]);
  });

  test('drags a stakeholder into another quadrant; after a reload they stay there', async () => {
    const person = marker('Regional farm suppliers');
    expect(await person.getAttribute('data-quadrant')).toBe('MONITOR');
    const from = (await person.boundingBox())!;
    const plot = (await page.locator('.mendelow-plot').boundingBox())!;
    // Power 8 (20 % from the top), interest 8 (80 % from the left): manage closely.
    const to = { x: plot.x + plot.width * 0.8, y: plot.y + plot.height * 0.2 };
    await page.mouse.move(from.x + from.width / 2, from.y + 17);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 15 });
    await screenshot(page, 'stakeholders-02-dragging');
    await page.mouse.up();
    await page.getByTestId('map-status').getByText('Saved: Regional farm suppliers is in Manage closely (power 8, interest 8).').waitFor();

    await page.reload();
    await main().getByRole('heading', { level: 1, name: 'Stakeholder map' }).waitFor();
    const moved = marker('Regional farm suppliers');
    await moved.waitFor();
    expect(await moved.getAttribute('data-quadrant')).toBe('MANAGE_CLOSELY');
    expect(await moved.textContent()).toContain('power 8, interest 8');
    expect(await stakeholderByName('Regional farm suppliers')).toMatchObject({ power: 8, interest: 8, quadrant: 'MANAGE_CLOSELY' });
    // A key player now, never engaged: the warning names them.
    await page.getByTestId('neglected-warning').getByText(/Regional farm suppliers \(never engaged\)/).waitFor();
  });

  test('moves a stakeholder with the keyboard: arrows by 1, saved on release', async () => {
    const person = marker('Lapsed subscribers');
    await person.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('map-status').getByText('Saved: Lapsed subscribers is in Keep satisfied (power 6, interest 3).').waitFor();
    await expect.poll(async () => (await stakeholderByName('Lapsed subscribers')).power).toBe(6);
    // Escape puts a move that is not released yet back.
    await marker('Lapsed subscribers').focus();
    await page.keyboard.down('ArrowLeft');
    await page.keyboard.press('Escape');
    await page.keyboard.up('ArrowLeft');
    await page.reload();
    const after = marker('Lapsed subscribers');
    await after.waitFor();
    expect(await after.getAttribute('data-quadrant')).toBe('KEEP_SATISFIED');
    expect(await stakeholderByName('Lapsed subscribers')).toMatchObject({ power: 6, interest: 3 });
  });

  test('adds a stakeholder, edits them into another quadrant, and removes them', async () => {
    await page.getByRole('button', { name: 'Add a stakeholder' }).click();
    const form = page.getByTestId('stakeholder-form');
    await form.getByLabel('Name', { exact: true }).fill('Nora Vance, Head of Retail');
    await form.getByLabel('Group', { exact: true }).selectOption('SALES');
    await form.getByLabel('Power (0–10)', { exact: true }).fill('7');
    await form.getByLabel('Interest (0–10)', { exact: true }).fill('6');
    await form.getByText('Manage closely', { exact: true }).waitFor();
    await form.getByLabel('Contact', { exact: true }).fill('nora.vance@harvestbox.example');
    await form.getByRole('checkbox', { name: 'Workshop' }).check();
    await form.getByRole('button', { name: 'Add stakeholder' }).click();
    await page.getByTestId('map-status').getByText('Nora Vance, Head of Retail was added in Manage closely.').waitFor();
    const nora = marker('Nora Vance');
    expect(await nora.getAttribute('data-quadrant')).toBe('MANAGE_CLOSELY');
    const details = page.getByTestId('stakeholder-details');
    expect(await details.getByTestId('stakeholder-contact').innerText()).toBe('nora.vance@harvestbox.example');

    await details.getByRole('button', { name: 'Edit' }).click();
    await form.getByLabel('Interest (0–10)', { exact: true }).fill('2');
    await form.getByLabel('Notes', { exact: true }).fill('Runs the shop-in-shop pilots; rarely joins reviews.');
    await form.getByRole('button', { name: 'Save stakeholder' }).click();
    await page.getByTestId('map-status').getByText('Saved Nora Vance, Head of Retail.').waitFor();
    await expect.poll(() => marker('Nora Vance').getAttribute('data-quadrant')).toBe('KEEP_SATISFIED');
    await details.getByText('Runs the shop-in-shop pilots; rarely joins reviews.').waitFor();

    await details.getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByTestId('map-status').getByText('Nora Vance, Head of Retail was removed from the map.').waitFor();
    await expect.poll(() => page.getByTestId('stakeholder-marker').count()).toBe(10);
  });

  test('logs an engagement from the warning; the key player is no longer flagged', async () => {
    await page.getByTestId('neglected-warning').getByRole('link', { name: 'Log an engagement' }).click();
    await main().getByRole('heading', { level: 1, name: 'Engagement log' }).waitFor();
    const form = page.getByTestId('engagement-form');
    expect(await form.getByRole('checkbox', { name: /^Helen Okafor, CEO/ }).isChecked()).toBe(true);
    await form.getByLabel('Technique', { exact: true }).selectOption('WORKSHOP');
    await form.getByRole('checkbox', { name: 'Developers were there' }).check();
    await form.getByLabel('Notes', { exact: true }).fill('Story-mapped the swap flow with Helen and the farm suppliers.');
    await form.getByLabel('Items discussed', { exact: true }).fill('Swap a single');
    await form.getByRole('button', { name: `Link ${ITEM_COMMENTED}` }).first().click();
    await form.getByRole('list', { name: 'Linked items' }).getByText(ITEM_COMMENTED).waitFor();
    await form.getByRole('button', { name: 'Log engagement' }).click();
    await page.getByText('Engagement logged.').waitFor();
    const first = page.getByTestId('engagement').first();
    await first.getByText('Story-mapped the swap flow with Helen and the farm suppliers.').waitFor();
    expect(await first.innerText()).toContain('Workshop');
    expect(await first.innerText()).toContain('Helen Okafor, CEO');
    await first.getByRole('link', { name: ITEM_COMMENTED }).waitFor();
    await screenshot(page, 'stakeholders-03-engagement-log', true);

    await page.getByRole('navigation', { name: 'Stakeholders and progress' }).getByRole('link', { name: 'Stakeholder map' }).click();
    await main().getByRole('heading', { level: 1, name: 'Stakeholder map' }).waitFor();
    await expect.poll(async () => ((await page.getByTestId('neglected-warning').count()) ? await page.getByTestId('neglected-warning').innerText() : '')).not.toContain('Helen Okafor');
  });

  test('a stakeholder comments on an item; the product owner sees it, with the mention', async () => {
    const itemId = itemIds.get(ITEM_COMMENTED)!;
    await as(STAKEHOLDER, `${base}/items/${itemId}/perspectives`);
    await main().getByRole('heading', { level: 1, name: ITEM_COMMENTED }).waitFor();
    // Stakeholders see the map, without contact details: checked on the way.
    await page.getByLabel('Add a comment', { exact: true }).fill(COMMENT);
    await page.getByRole('button', { name: 'Post comment' }).click();
    await page.getByText('Comment posted; 1 member mentioned.').waitFor();
    const mine = page.getByTestId('comment').first();
    await mine.getByText('The family panel asked for this again on Tuesday.', { exact: false }).waitFor();
    await mine.locator('.sh-mention', { hasText: `@${PO}` }).waitFor();

    await as(PO, `${base}/items/${itemId}/perspectives`);
    await main().getByRole('heading', { level: 1, name: ITEM_COMMENTED }).waitFor();
    const seen = page.getByTestId('comment').first();
    await seen.getByText('The family panel asked for this again on Tuesday.', { exact: false }).waitFor();
    expect(await seen.innerText()).toContain('mentions you');
    await screenshot(page, 'stakeholders-04-comment-seen-by-po', true);
  });

  test('a stakeholder sees the map without contact details', async () => {
    await as(STAKEHOLDER, `${base}/stakeholders`);
    await main().getByRole('heading', { level: 1, name: 'Stakeholder map' }).waitFor();
    await marker('Helen Okafor').click();
    await page.getByTestId('stakeholder-details').getByRole('heading', { name: 'Helen Okafor, CEO' }).waitFor();
    expect(await page.getByTestId('stakeholder-contact').count()).toBe(0);
    expect(await page.getByText('helen.okafor@harvestbox.example').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add a stakeholder' }).count()).toBe(0);
  });

  test('a stakeholder rates an item’s value; the spread between groups updates', async () => {
    const itemId = itemIds.get(ITEM_RATED)!;
    await as(STAKEHOLDER, `${base}/items/${itemId}/perspectives`);
    await main().getByRole('heading', { level: 1, name: ITEM_RATED }).waitFor();
    const spread = page.getByTestId('value-spread');
    await spread.getByText('Sales rates 18, Support rates 4: spread 14').waitFor();
    const form = page.getByTestId('rating-form');
    await form.getByText('You rate as Ines Duarte, Head of Partnerships.', { exact: false }).waitFor();
    expect(await form.getByLabel('Value (0–20)', { exact: true }).inputValue()).toBe('18');
    await form.getByLabel('Value (0–20)', { exact: true }).fill('15');
    await form.getByLabel('Why (one line)', { exact: true }).fill('Buyers still ask, but allergens come first.');
    await form.getByRole('button', { name: 'Update rating' }).click();
    await form.getByText('Saved: Ines Duarte, Head of Partnerships rates 15.').waitFor();
    await spread.getByText('Sales rates 15, Support rates 4: spread 11').waitFor();
    const row = page.getByTestId('ratings-table').getByRole('row').filter({ hasText: 'Ines Duarte' });
    expect(await row.innerText()).toContain('15');
    expect(await row.innerText()).toContain('Buyers still ask, but allergens come first.');
    await screenshot(page, 'stakeholders-05-value-perspectives', true);
    const a11y = await axeCheck(page, 'value-perspectives');
    expect(a11y.blocking).toEqual([]);
  });

  test('Buy a Feature: the product owner opens a round, a stakeholder allocates within budget, the round closes', async () => {
    await as(PO, `${base}/voting`);
    await main().getByRole('heading', { level: 1, name: 'Buy a Feature' }).waitFor();
    await page.getByRole('link', { name: 'Q4 partner council: what do we buy first?' }).waitFor();
    await page.getByRole('button', { name: 'Open a round' }).click();
    const form = page.getByTestId('open-round-form');
    await form.getByLabel('Title', { exact: true }).fill('Spring council');
    await form.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(ITEM_COMMENTED)} · price`) }).check();
    await form.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(ITEM_RATED)} · price`) }).check();
    const total = Number(await form.getByTestId('open-round-total').innerText());
    expect(total).toBeGreaterThan(2);
    await form.getByRole('checkbox', { name: /stakeholder@demo\.local/ }).check();
    await form.getByRole('checkbox', { name: /dev@demo\.local/ }).check();
    const budget = Math.floor(total / 2);
    await form.getByLabel(`Budget of ${STAKEHOLDER}`, { exact: true }).fill(String(budget));
    await form.getByRole('button', { name: 'Open the round' }).click();
    await main().getByRole('heading', { level: 1, name: 'Spring council' }).waitFor();
    const roundPath = new URL(page.url()).pathname;

    await as(STAKEHOLDER, roundPath);
    await main().getByRole('heading', { level: 1, name: 'Spring council' }).waitFor();
    const remaining = page.getByTestId('remaining-budget');
    await remaining.getByText(`Remaining budget ${budget} of ${budget}`).waitFor();
    await page.getByLabel(`Your pledge for ${ITEM_RATED}`, { exact: true }).fill(String(budget + 1));
    await remaining.getByText('Over budget by 1').waitFor();
    expect(await page.getByRole('button', { name: 'Save my allocation' }).isDisabled()).toBe(true);
    await page.getByLabel(`Your pledge for ${ITEM_RATED}`, { exact: true }).fill(String(budget - 1));
    await page.getByLabel(`Your pledge for ${ITEM_COMMENTED}`, { exact: true }).fill('1');
    await remaining.getByText(`Remaining budget 0 of ${budget}`).waitFor();
    await page.getByRole('button', { name: 'Save my allocation' }).click();
    await page.getByText('Allocation saved.').waitFor();
    await expect.poll(() => page.getByTestId('round-totals').getByRole('row').filter({ hasText: ITEM_RATED }).innerText()).toContain(String(budget - 1));
    await screenshot(page, 'stakeholders-06-voting-allocation', true);

    await as(PO, roundPath);
    await page.getByRole('button', { name: 'Close the round' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Close the round' }).click();
    await page.getByTestId('round-result').waitFor();
    await main().getByRole('heading', { name: 'Result, best funded first' }).waitFor();
    expect(await page.getByRole('button', { name: 'Close the round' }).count()).toBe(0);
  });

  test('the progress report: burn-up, throughput, forecast; shared to a browser without an account, then revoked', async () => {
    await as(PO, `${base}/progress`);
    await main().getByRole('heading', { level: 1, name: 'Progress report' }).waitFor();
    await page.getByTestId('burn-up').locator('svg.recharts-surface').waitFor();
    await page.getByTestId('throughput').locator('.recharts-bar-rectangle').first().waitFor();
    const forecast = page.getByTestId('forecast');
    for (const c of ['50 %', '85 %', '95 %']) await forecast.getByText(c, { exact: true }).waitFor();
    await page.getByTestId('burn-up').getByText(/Scope changed that week/).waitFor();
    await screenshot(page, 'stakeholders-07-progress-report', true);
    const a11y = await axeCheck(page, 'progress-report');
    expect(a11y.blocking).toEqual([]);

    await page.getByRole('button', { name: 'Create a share link' }).click();
    const link = page.getByLabel('New share link: copy it now, it is shown only once', { exact: true });
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${escapeRegExp(api.url)}/shared/[A-Za-z0-9_-]{16,64}$`));
    await page.getByTestId('share-link-row').first().getByText('active').waitFor();

    const stranger = await launchBrowser();
    try {
      await stranger.page.goto(url);
      await stranger.page.getByRole('heading', { level: 1, name: 'Harvest Box' }).waitFor();
      await stranger.page.getByText('Shared progress report · read-only').waitFor();
      await stranger.page.getByTestId('burn-up').locator('svg.recharts-surface').waitFor();
      await stranger.page.getByTestId('forecast').getByText('85 %', { exact: true }).waitFor();
      expect(new URL(stranger.page.url()).pathname).toMatch(/^\/shared\//);
      expect(await stranger.page.evaluate((key) => localStorage.getItem(key), SESSION_KEY)).toBeNull();
      await screenshot(stranger.page, 'stakeholders-08-shared-report', true);
      const sharedA11y = await axeCheck(stranger.page, 'shared-progress-report');
      expect(sharedA11y.blocking).toEqual([]);

      await page.getByTestId('share-link-row').first().getByRole('button', { name: /^Revoke the link/ }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke', exact: true }).click();
      await page.getByText(/is revoked: it no longer opens the report/).waitFor();
      await stranger.page.reload();
      await stranger.page.getByRole('heading', { level: 1, name: 'This link does not open a report' }).waitFor();
    } finally {
      await stranger.close();
    }
  });
});
