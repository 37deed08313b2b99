/// <reference lib="dom" />
/**
 * A Product Owner's session in the real built client, in Chromium, against the real API on a
 * throwaway SQLite database, signed in on the sign-in screen as the demo product owner (every
 * screen needs a session): the demo product, a new product with its vision board and goal,
 * an item created with its outcome and value, edited, refused for an empty title, caught in a
 * conflict, archived and restored; then a reload finds everything as it was left.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startApi, type RunningApi } from '@backlog-studio/testing';
import { axeCheck, chromiumAvailable, launchBrowser, screenshot, WEB_DIST, type Browser } from './support/chromium';
import { clientOfPage, signInIfAsked } from './support/session';

const VISION = {
  Vision: 'Every team kitchen cooks from what it already has, wasting nothing.',
  'Target group': 'Head cooks of small restaurants and canteens (10–60 covers).',
  Needs: 'Plan the week’s menu from stock in minutes; cut food waste.',
  Product: 'A stock-aware menu planner with supplier ordering built in.',
  'Business goals': 'Reach 300 paying kitchens by the end of next year.',
} as const;

const GOAL = { statement: 'Kitchens plan a week’s menu from stock in under 15 minutes', measure: 'median planning time (min)', targetDate: '2027-09-30' };

const ITEM = {
  title: 'Suggest dishes from what is in stock',
  outcomeStatement: 'Cooks build the weekly menu from stock instead of from scratch',
  metric: 'Share of menu dishes suggested from stock (%)',
  baseline: '10',
  target: '45',
  checkBy: '2027-06-30',
  output: 'A “from stock” suggestion panel in the menu planner',
  customer: '8',
  business: '5',
  team: '3',
};

const run = chromiumAvailable() ? describe : describe.skip;

run('product workspace in a real browser', () => {
  let api: RunningApi & { stop(): Promise<number | null> };
  let browser: Browser;
  let page: Page;
  const productName = `Test Kitchen ${Date.now().toString(36)}`;
  let productUrl = '';
  let demoUrl = '';
  let itemUrl = '';

  beforeAll(async () => {
    api = await startApi('sqlite', { env: { SEED_DEMO: 'true', WEB_DIST } });
    browser = await launchBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const main = (): Locator => page.locator('main');
  const backlogRow = (title: string): Locator => page.getByTestId('backlog-row').filter({ has: page.getByRole('link', { name: title, exact: true }) });

  test('opens on the demo product: its vision board and its backlog', async () => {
    await page.goto(`${api.url}/`);
    await signInIfAsked(page);
    await expect.poll(() => page.url()).toMatch(/\/products\/[0-9a-f-]{36}$/);
    await main().getByRole('heading', { level: 1, name: 'Harvest Box' }).waitFor();
    demoUrl = page.url();
    await page.getByRole('heading', { name: 'Product Vision Board' }).waitFor();
    for (const box of Object.keys(VISION)) await page.getByRole('heading', { level: 3, name: box, exact: true }).waitFor();
    await page.getByTestId('backlog-row').first().waitFor();
    await expect.poll(() => page.getByTestId('backlog-count').innerText()).toMatch(/^52 items/);
    await screenshot(page, '01-demo-vision-board');

    const a11y = await axeCheck(page, 'vision-board');
    expect(a11y.blocking).toEqual([]);

    await page.locator('#backlog').scrollIntoViewIfNeeded();
    await page.getByRole('checkbox', { name: /^Ready/ }).check();
    await expect.poll(() => page.getByTestId('backlog-count').innerText()).toMatch(/^\d+ of 52 items match/);
    await page.getByTestId('backlog-row').first().waitFor();
    await screenshot(page, '02-demo-backlog-filtered');
    const backlogA11y = await axeCheck(page, 'backlog');
    expect(backlogA11y.blocking).toEqual([]);
    await page.getByRole('checkbox', { name: /^Ready/ }).uncheck();
    await expect.poll(() => page.getByTestId('backlog-count').innerText()).toMatch(/^52 items/);
  });

  test('creates a product', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Products' }).click();
    await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
    await screenshot(page, '03-products');
    await page.getByLabel('Product name', { exact: true }).fill(productName);
    await page.getByLabel('Description', { exact: true }).fill('Menu planning for small professional kitchens.');
    await page.getByRole('button', { name: 'Create product' }).click();
    await main().getByRole('heading', { level: 1, name: productName }).waitFor();
    productUrl = page.url();
    expect(productUrl).toMatch(/\/products\/[0-9a-f-]{36}$/);
    await page.getByText('The backlog is empty').waitFor();
  });

  test('fills the vision board in place', async () => {
    for (const [box, text] of Object.entries(VISION)) {
      await page.getByRole('button', { name: `Edit ${box.toLowerCase()}`, exact: true }).click();
      const field = page.getByRole('textbox', { name: box, exact: true });
      await field.fill(text);
      await page.getByRole('button', { name: `Save ${box.toLowerCase()}`, exact: true }).click();
      await field.waitFor({ state: 'detached' });
      await page.locator('#vision-board').getByText(text, { exact: true }).waitFor();
    }
    await page.getByText('All five boxes are written.').waitFor();
    await screenshot(page, '04-vision-board-filled');
  });

  test('creates the active Product Goal', async () => {
    await page.getByRole('button', { name: 'New goal' }).click();
    await page.getByLabel('Goal statement', { exact: true }).fill(GOAL.statement);
    await page.getByLabel('Measure', { exact: true }).fill(GOAL.measure);
    await page.getByLabel('Target date', { exact: true }).fill(GOAL.targetDate);
    await page.getByRole('button', { name: 'Create goal' }).click();
    const card = page.getByTestId('goal-card').filter({ hasText: GOAL.statement });
    await card.getByText('Active goal').waitFor();
    await page.locator('.active-goal-line').getByText(GOAL.statement).waitFor();
  });

  test('creates an item with its outcome and value', async () => {
    await page.getByRole('link', { name: 'New item' }).click();
    await page.getByRole('heading', { level: 1, name: 'New backlog item' }).waitFor();
    await page.getByLabel('Title', { exact: true }).fill(ITEM.title);
    await page.getByLabel('Outcome statement', { exact: true }).fill(ITEM.outcomeStatement);
    await page.getByLabel('Metric', { exact: true }).fill(ITEM.metric);
    await page.getByLabel('Baseline', { exact: true }).fill(ITEM.baseline);
    await page.getByLabel('Target', { exact: true }).fill(ITEM.target);
    await page.getByLabel('Check by', { exact: true }).fill(ITEM.checkBy);
    await page.getByLabel('Output', { exact: true }).fill(ITEM.output);
    await page.getByLabel('Customer value', { exact: true }).fill(ITEM.customer);
    await page.getByLabel('Business value', { exact: true }).fill(ITEM.business);
    await page.getByLabel('Team value', { exact: true }).fill(ITEM.team);
    await page.getByLabel('Product Goal', { exact: true }).selectOption({ label: `${GOAL.statement} (active)` });
    await page.getByRole('button', { name: 'Create item' }).click();

    await page.getByText('Item created.').waitFor();
    itemUrl = page.url();
    expect(itemUrl).toMatch(/\/items\/[0-9a-f-]{36}$/);
    await main().getByRole('heading', { level: 1, name: ITEM.title }).waitFor();
    await expect.poll(() => page.locator('.checks').innerText()).toContain('Outcome stated');
    expect(await page.locator('.checks .check-ok').count()).toBe(2);
    await page.locator('.history').getByText(`Created as “${ITEM.title}”`).waitFor();
    await screenshot(page, '05-item-editor');
    const a11y = await axeCheck(page, 'item-editor');
    expect(a11y.blocking).toEqual([]);
  });

  test('edits the item: size, status, acceptance criteria', async () => {
    await page.getByLabel('Size', { exact: true }).fill('5');
    await page.getByLabel('Status', { exact: true }).selectOption('REFINED');
    await page.getByRole('button', { name: 'Add criterion' }).click();
    await page.getByLabel('Acceptance criterion 1', { exact: true }).fill('Given 3 items in stock, the panel suggests a dish using them');
    await page.getByRole('button', { name: 'Add criterion' }).click();
    await page.getByLabel('Acceptance criterion 2', { exact: true }).fill('Suggestions never use expired stock');
    await page.getByLabel('User / business value', { exact: true }).fill('8');
    await page.getByLabel('Time criticality', { exact: true }).fill('3');
    // Scored as the ordering panel scores it: a part left empty is not counted as zero.
    await page.getByText('(needs Risk reduction / opportunity)').waitFor();
    await page.getByLabel('Risk reduction / opportunity', { exact: true }).fill('2');
    await page.getByText('Cost of delay 13 · WSJF 2.6 = (8 + 3 + 2) / 5').waitFor();
    // A screen reader hears the result once typing pauses.
    await expect.poll(() => page.getByTestId('wsjf-announcement').textContent()).toBe('Cost of delay 13. WSJF 2.6 = (8 + 3 + 2) / 5');
    await page.getByText(/Unsaved changes:/).waitFor();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/Saved: \d+ fields changed, now version 2\./).waitFor();
    await page.getByText('All changes saved.').waitFor();
    await page.locator('.history').getByText('Size', { exact: true }).waitFor();
  });

  test('shows the API’s field error beside an empty title', async () => {
    await page.getByLabel('Title', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const error = page.locator('#field-title-error');
    await error.waitFor();
    expect((await error.innerText()).length).toBeGreaterThan(3);
    expect(await page.getByLabel('Title', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.locator('.error-summary').getByRole('link', { name: /^Title:/ }).waitFor();
    // The summary of problems takes focus (and so is read out), linking to each field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary')), { timeout: 10_000 }).toBe(true);
    await screenshot(page, '06-item-editor-field-error');
    const a11y = await axeCheck(page, 'item-editor-field-error');
    expect(a11y.blocking).toEqual([]);
    await page.getByRole('button', { name: 'Discard changes' }).click();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(ITEM.title);
    await error.waitFor({ state: 'detached' });
  });

  test('a conflicting edit shows what changed and can be re-applied', async () => {
    const id = itemUrl.split('/').pop()!;
    await page.getByLabel('Description', { exact: true }).fill('Start with dry goods; fresh produce comes later.');
    // Someone else (another session) renames the item meanwhile.
    const gql = await clientOfPage(page, api.url);
    await gql.ok(`mutation($input: UpdateBacklogItemInput!) { updateBacklogItem(input: $input) { version } }`, {
      input: { id, expectedVersion: 2, title: `${ITEM.title} (v2)` },
    });
    await page.getByRole('button', { name: 'Save changes' }).click();
    const panel = page.locator('.conflict');
    await panel.getByText(/changed this item while you were editing/).waitFor();
    await panel.getByRole('rowheader', { name: 'Title' }).waitFor();
    await panel.getByText(`${ITEM.title} (v2)`).waitFor();
    await screenshot(page, '07-item-editor-conflict');
    const a11y = await axeCheck(page, 'item-editor-conflict');
    expect(a11y.blocking).toEqual([]);
    await panel.getByRole('button', { name: 'Re-apply my changes' }).click();
    await page.getByText(/Saved: 1 field changed, now version 4\./).waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(`${ITEM.title} (v2)`);
    expect(await page.getByLabel('Description', { exact: true }).inputValue()).toBe('Start with dry goods; fresh produce comes later.');
  });

  test('archives the item and restores it', async () => {
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByText(/This item is archived/).waitFor();
    await page.getByRole('link', { name: `${productName} backlog` }).click();
    await main().getByRole('heading', { level: 1, name: productName }).waitFor();
    await page.getByText('The backlog is empty').waitFor();
    await page.getByRole('checkbox', { name: /^Show archived items/ }).check();
    await page.getByRole('heading', { name: 'Archived items' }).waitFor();
    await backlogRow(`${ITEM.title} (v2)`).getByRole('link').click();
    await page.getByRole('button', { name: 'Restore to backlog' }).click();
    await page.getByText('Restored to the backlog.').waitFor();
    await page.locator('.history').getByText('Restored to the backlog').waitFor();
  });

  test('after a reload everything is as it was left', async () => {
    await page.reload();
    await main().getByRole('heading', { level: 1, name: `${ITEM.title} (v2)` }).waitFor();
    expect(await page.getByLabel('Size', { exact: true }).inputValue()).toBe('5');
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('REFINED');
    expect(await page.getByLabel('Outcome statement', { exact: true }).inputValue()).toBe(ITEM.outcomeStatement);
    expect(await page.getByLabel('Target', { exact: true }).inputValue()).toBe(ITEM.target);
    expect(await page.getByLabel('Check by', { exact: true }).inputValue()).toBe(ITEM.checkBy);
    expect(await page.getByLabel('Output', { exact: true }).inputValue()).toBe(ITEM.output);
    expect(await page.getByLabel('Customer value', { exact: true }).inputValue()).toBe(ITEM.customer);
    expect(await page.getByLabel('Acceptance criterion 2', { exact: true }).inputValue()).toBe('Suggestions never use expired stock');
    expect(await page.getByLabel('Description', { exact: true }).inputValue()).toBe('Start with dry goods; fresh produce comes later.');
    expect(await page.getByText('This item is archived').count()).toBe(0);

    await page.goto(productUrl);
    await main().getByRole('heading', { level: 1, name: productName }).waitFor();
    for (const text of Object.values(VISION)) await page.locator('#vision-board').getByText(text, { exact: true }).waitFor();
    await page.getByTestId('goal-card').filter({ hasText: GOAL.statement }).getByText('Active goal').waitFor();
    const row = backlogRow(`${ITEM.title} (v2)`);
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('Refined');
    expect(text).toContain('Stated');
    expect(text).toMatch(/\b5\b/);
    await expect.poll(() => page.getByTestId('backlog-count').innerText()).toMatch(/^1 item\b/);
    await screenshot(page, '08-workspace-after-reload', true);
  });

  test('keyboard: "/" finds the search box, arrows move through the backlog', async () => {
    await page.goto(demoUrl);
    await page.getByTestId('backlog-row').first().waitFor();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('backlog-search');
    await page.getByTestId('backlog-row').first().getByRole('link').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('2');
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('51');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    expect(page.url()).toMatch(/\/items\/[0-9a-f-]{36}/);
  });
});
