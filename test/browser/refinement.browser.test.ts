/// <reference lib="dom" />
/**
 * A live refinement workshop in the real built client, in two Chromium browsers as two people
 * (the product owner facilitating and a developer of the product), against the real API: the
 * product owner adds a manual Definition of Ready line and plans a session from the workspace;
 * both join the room; the developer's browser goes offline (the room says "Reconnecting…"), a
 * round opens meanwhile and reaches the page once it is back; both vote different cards (by pointer and by keyboard) and neither page nor
 * anything either browser received shows the other's card before the reveal; the reveal reaches
 * the developer's page live, without a reload, with the same distribution; a re-vote reaches
 * consensus and the estimate is accepted; a refused "mark ready" lists the unmet lines; a question
 * is asked and answered, criteria written from the Given / When / Then template, the manual line
 * ticked, and the item is marked ready; the second item is split with SPIDR patterns; the developer
 * adds an item to the agenda by its title and the product owner takes it off again; closing
 * shows both pages the summary with the item made ready. axe-core checks the room.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { addMember, aProduct, anItem, startApi, type RunningApi } from '@backlog-studio/testing';
import { axeCheck, chromiumAvailable, launchBrowser, screenshot, WEB_DIST, type Browser } from './support/chromium';
import { apiAccount, useSessionIn } from './support/session';

const run = chromiumAvailable() ? describe : describe.skip;

const ITEM = 'Weekly plan from the pantry';
const SECOND = 'Shopping list for the whole family';
const REFERENCE = 'Pantry list (done, size 5)';
const MANUAL_LINE = 'Designs reviewed with UX';
const SESSION_TITLE = 'Sprint 8 refinement';
const CRITERION = 'Given a pantry with rice, when I plan the week, then a rice dish is proposed';
const QUESTION = 'Does the plan include leftovers?';
const THIRD = 'Printable recipe cards';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Person {
  browser: Browser;
  page: Page;
  email: string;
  /** How the API names the account where it reads the user record (votes): display name, else email. */
  name: string;
  /** Every GraphQL answer over HTTP and every WebSocket frame this browser received. */
  received: string[];
}

run('a live refinement workshop in two browsers', () => {
  let api: RunningApi & { stop(): Promise<number | null> };
  let po: Person;
  let dev: Person;
  let productId = '';
  let roomPath = '';

  const room = (p: Person): Locator => p.page.locator('main');
  const cards = (p: Person): Locator => p.page.getByRole('group', { name: 'Your estimate' });
  const card = (p: Person, value: string): Locator => cards(p).getByRole('button', { name: value, exact: true });
  const explanation = (p: Person): Promise<string> => p.page.getByTestId('distribution-explanation').innerText();
  const votesCast = (p: Person): Promise<string> => p.page.getByTestId('votes-cast').innerText();

  async function person(session: NonNullable<Awaited<ReturnType<typeof apiAccount>>['session']>, width: number): Promise<Person> {
    const browser = await launchBrowser({ width, height: 940 });
    await useSessionIn(browser.context, session);
    const received: string[] = [];
    browser.page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/graphql') void response.text().then((t) => received.push(t), () => undefined);
    });
    browser.page.on('websocket', (ws) => ws.on('framereceived', (frame) => received.push(String(frame.payload))));
    return { browser, page: browser.page, email: session.user.email, name: session.user.displayName || session.user.email, received };
  }

  beforeAll(async () => {
    api = await startApi('sqlite', { env: { WEB_DIST } });
    const owner = await apiAccount(api.url);
    const developer = await apiAccount(api.url);
    if (!owner.session || !developer.session) throw new Error('the API has no sign-up');
    const product = await aProduct(owner.client, { name: 'Pantry Planner' });
    productId = product.id;
    await addMember(owner.client, productId, { client: developer.client, email: developer.session.user.email, token: developer.session.token, userId: developer.session.user.id }, 'DEVELOPER');
    // A done item of size 5: the reference shown beside the cards.
    await anItem(owner.client, productId, { title: REFERENCE, size: 5, status: 'DONE' });
    // Outcome and value stated (the builder's defaults); size, criteria and the manual line come in the room.
    await anItem(owner.client, productId, { title: ITEM });
    await anItem(owner.client, productId, { title: SECOND });
    // Not planned: added to the agenda during the workshop.
    await anItem(owner.client, productId, { title: THIRD });
    po = await person(owner.session, 1440);
    dev = await person(developer.session, 1180);
  });

  afterAll(async () => {
    await po?.browser.close();
    await dev?.browser.close();
    await api?.stop();
  });

  test('the product owner reaches refinement from the workspace, adds a manual Definition of Ready line and plans a session', async () => {
    const { page } = po;
    await page.goto(`${api.url}/products/${productId}`);
    await page.getByRole('navigation', { name: 'Workspace sections' }).getByRole('link', { name: 'Refinement' }).click();
    await room(po).getByRole('heading', { level: 1, name: 'Refinement sessions' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/products/${productId}/refinement`);
    expect(await page.getByTestId('runway-ready-items').innerText()).toBe('0');

    const settings = page.getByTestId('refinement-settings');
    await settings.getByRole('button', { name: 'Edit settings' }).click();
    await settings.getByRole('button', { name: 'Add a line' }).click();
    const lines = await settings.getByLabel(/^Definition of Ready line \d+$/).count();
    await settings.getByLabel(`Definition of Ready line ${lines}`).fill(MANUAL_LINE);
    expect(await settings.getByLabel(`How line ${lines} is checked`).inputValue()).toBe('MANUAL');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await page.getByTestId('dor-settings').getByText(MANUAL_LINE).waitFor();
    expect(await page.getByTestId('dor-settings').innerText()).toContain('Ticked by the team');

    await page.getByRole('button', { name: 'Plan a session' }).click();
    const form = page.getByTestId('plan-session');
    await form.getByLabel('Title', { exact: true }).fill(SESSION_TITLE);
    // The candidates come in backlog order; the done reference item is not one of them.
    await expect
      .poll(() => form.getByTestId('agenda-candidates').locator('li').allInnerTexts())
      .toEqual([expect.stringContaining(ITEM), expect.stringContaining(SECOND), expect.stringContaining(THIRD)]);
    await form.getByLabel(new RegExp(`^${escapeRegExp(SECOND)}`)).check();
    await form.getByLabel(new RegExp(`^${escapeRegExp(ITEM)}`)).check();
    // Picked out of order, the agenda still follows the backlog.
    expect(await form.getByTestId('planned-agenda').locator('.rf-plan-title').allInnerTexts()).toEqual([ITEM, SECOND]);
    await form.getByLabel(`Timebox in minutes for ${ITEM}`).fill('10');
    await screenshot(page, 'refinement-01-plan');
    await form.getByRole('button', { name: 'Plan session' }).click();
    await page.waitForURL(/\/refinement\/[0-9a-f-]{36}$/);
    roomPath = new URL(page.url()).pathname;
    await room(po).getByRole('heading', { level: 1, name: SESSION_TITLE }).waitFor();
    expect(await page.getByTestId('session-status').textContent()).toBe('Planned');
    expect(await page.getByTestId('agenda-entry').allInnerTexts()).toEqual([expect.stringContaining('0:00 of 10:00'), expect.stringContaining('no timebox')]);
  });

  test('the product owner starts the session; the developer joins from the hub; both are live and present', async () => {
    await po.page.getByRole('button', { name: 'Start session' }).click();
    await expect.poll(() => po.page.getByTestId('session-status').textContent()).toBe('Live');
    await expect.poll(() => po.page.getByTestId('live-indicator').getAttribute('data-status')).toBe('live');
    await po.page.getByTestId('focus-item').getByRole('heading', { level: 2, name: ITEM }).waitFor();

    await dev.page.goto(`${api.url}/products/${productId}/refinement`);
    await dev.page.getByRole('link', { name: 'Join the room' }).click();
    await dev.page.waitForURL((url) => url.pathname === roomPath);
    await expect.poll(() => dev.page.getByTestId('live-indicator').getAttribute('data-status')).toBe('live');
    // The developer's join reaches the product owner's page live.
    for (const p of [po, dev]) {
      await expect
        .poll(async () => (await p.page.getByTestId('participant').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ')))
        .toEqual([expect.stringMatching(new RegExp(`^${escapeRegExp(po.name)}.* present$`)), expect.stringMatching(new RegExp(`^${escapeRegExp(dev.name)}.* present$`))]);
    }
    // The clock of the item in focus runs.
    const first = await po.page.getByTestId('focus-clock').innerText();
    await expect.poll(() => po.page.getByTestId('focus-clock').innerText()).not.toBe(first);
  });

  test('a developer who loses the connection sees it reconnecting, and on return catches up on what changed meanwhile', async () => {
    await dev.browser.context.setOffline(true);
    await expect.poll(() => dev.page.getByTestId('live-indicator').getAttribute('data-status')).toBe('reconnecting');
    expect(await dev.page.getByTestId('live-indicator').innerText()).toBe('Reconnecting…');
    await screenshot(dev.page, 'refinement-02-reconnecting');
    // Meanwhile the product owner opens a round: it cannot reach the page that is offline.
    await po.page.getByRole('button', { name: 'Start estimation' }).click();
    await cards(po).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await cards(dev).count()).toBe(0);
    await dev.browser.context.setOffline(false);
    await expect.poll(() => dev.page.getByTestId('live-indicator').getAttribute('data-status')).toBe('live');
    await cards(dev).waitFor();
  });

  test('both vote different cards; before the reveal neither sees the other’s; the reveal reaches both pages live', async () => {
    await cards(po).waitFor();
    await cards(dev).waitFor();
    for (const p of [po, dev]) expect(await p.page.getByTestId('reference-items').innerText()).toContain(REFERENCE);

    await card(po, '3').click();
    await expect.poll(() => card(po, '3').getAttribute('aria-pressed')).toBe('true');
    // The developer votes by keyboard only: one tab stop on the first card, arrows to 8, Enter.
    await card(dev, '1').focus();
    for (let i = 0; i < 4; i++) await dev.page.keyboard.press('ArrowRight');
    expect(await dev.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('8');
    await dev.page.keyboard.press('Enter');
    await expect.poll(() => card(dev, '8').getAttribute('aria-pressed')).toBe('true');
    await dev.page.getByTestId('my-vote').getByText('You voted 8').waitFor();

    for (const p of [po, dev]) await expect.poll(() => votesCast(p)).toBe('2');
    // Each page shows the other as "voted", never with a card, and nothing of a result.
    for (const [me, other, mine, theirs] of [
      [po, dev, '3', '8'],
      [dev, po, '8', '3'],
    ] as const) {
      const voters = (await me.page.getByTestId('voter').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      expect(voters).toContain(`${other.name} voted`);
      expect(await card(me, theirs).getAttribute('aria-pressed')).toBe('false');
      expect(await card(me, mine).getAttribute('aria-pressed')).toBe('true');
      expect(await me.page.getByTestId('reveal').count()).toBe(0);
      expect(await me.page.getByTestId('revealed-votes').count()).toBe(0);
      // Nor in anything this browser received: no answer and no frame carries the other card
      // (only a size-5 reference item exists, so a "card" of 3 or 8 could only be a vote).
      expect(me.received.filter((body) => body.includes(`"card":"${theirs}"`))).toEqual([]);
      expect(me.received.filter((body) => body.includes('"votes":[{'))).toEqual([]);
    }
    await screenshot(po.page, 'refinement-03-voting-po', true);
    await screenshot(dev.page, 'refinement-03-voting-dev', true);

    await dev.page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await po.page.getByRole('button', { name: 'Reveal votes' }).click();
    const expected = '1×3, 1×8: spread 2 steps; hear the lowest and highest voters, then re-vote';
    for (const p of [po, dev]) {
      await expect.poll(() => explanation(p)).toBe(expected);
      await p.page.getByTestId('distribution-chart').locator('svg.recharts-surface').first().waitFor();
      expect(await p.page.getByTestId('distribution-counts').innerText()).toBe('Votes per card: 3: 1 vote, 8: 1 vote');
      const votes = (await p.page.getByTestId('revealed-votes').locator('li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).sort();
      expect(votes).toEqual([`${dev.name} 8`, `${po.name} 3`].sort());
    }
    // The developer's page was updated live, not reloaded.
    expect(await dev.page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await screenshot(po.page, 'refinement-04-revealed', true);
    const a11y = await axeCheck(po.page, 'refinement-room-revealed');
    expect(a11y.blocking).toEqual([]);
    const a11yDev = await axeCheck(dev.page, 'refinement-room-revealed-developer');
    expect(a11yDev.blocking).toEqual([]);
  });

  test('a re-vote reaches consensus and the product owner accepts the estimate', async () => {
    await po.page.getByRole('button', { name: 'Re-vote' }).click();
    for (const p of [po, dev]) {
      await expect.poll(() => p.page.getByTestId('round-status').innerText()).toBe('Voting');
      await expect.poll(() => card(p, '5').getAttribute('aria-pressed')).toBe('false');
      await card(p, '5').click();
    }
    for (const p of [po, dev]) await expect.poll(() => votesCast(p)).toBe('2');
    await po.page.getByRole('button', { name: 'Reveal votes' }).click();
    for (const p of [po, dev]) await expect.poll(() => explanation(p)).toBe('Consensus on 5 (2 votes)');
    // The single most chosen card is proposed.
    expect(await po.page.getByLabel('Agreed size').inputValue()).toBe('5');
    expect(await dev.page.getByRole('button', { name: 'Accept estimate' }).count()).toBe(1);
    await po.page.getByRole('button', { name: 'Accept estimate' }).click();
    for (const p of [po, dev]) {
      await expect.poll(() => p.page.getByTestId('round-status').innerText()).toBe('Accepted: 5');
      await expect.poll(() => p.page.getByTestId('agenda-entry').first().innerText()).toContain('Size 5');
    }
    // The first round stays in the history, superseded by the re-vote.
    await po.page.getByText('Earlier rounds (1)').click();
    await po.page.getByText('Round 1: 1×3, 1×8: spread 2 steps; hear the lowest and highest voters, then re-vote · superseded').waitFor();
  });

  test('the Definition of Ready: a refused mark lists the unmet lines; a question answered, criteria from the template, the manual line ticked: ready', async () => {
    const readiness = (p: Person): Locator => p.page.getByTestId('readiness');
    await readiness(dev).getByRole('button', { name: 'Mark ready' }).click();
    const refused = dev.page.getByTestId('readiness-problem');
    await refused.waitFor();
    expect((await refused.locator('li').allInnerTexts()).map((t) => t.trim()).sort()).toEqual(
      ['Not met: It has testable acceptance criteria', `Not met: ${MANUAL_LINE}`].sort(),
    );

    // A question from the developer blocks readiness until the product owner answers it.
    await dev.page.getByLabel('Ask a question about this item').fill(QUESTION);
    await dev.page.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect.poll(() => po.page.getByTestId('open-questions').innerText()).toBe('1 open');
    await po.page.getByTestId('question').getByText(QUESTION, { exact: true }).waitFor();
    await po.page.getByLabel(`Answer to “${QUESTION}”`).fill('Yes, from the pantry list');
    await po.page.getByRole('button', { name: 'Answer', exact: true }).click();
    for (const p of [po, dev]) await expect.poll(() => p.page.getByTestId('open-questions').innerText()).toBe('0 open');

    // Criteria from the template: its first blank is selected, so typing replaces it.
    const criteria = po.page.getByLabel('Acceptance criteria, one per line');
    await po.page.getByRole('button', { name: 'Given / When / Then' }).click();
    await expect.poll(() => criteria.inputValue()).toBe('Given [context], when [action], then [outcome]');
    await expect.poll(() => po.page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await po.page.keyboard.type('a pantry with rice');
    expect(await criteria.inputValue()).toBe('Given a pantry with rice, when [action], then [outcome]');
    expect(await po.page.getByRole('button', { name: 'Save criteria' }).isDisabled()).toBe(true);
    await criteria.fill(CRITERION);
    await po.page.getByRole('button', { name: 'Save criteria' }).click();
    await po.page.getByTestId('criteria').getByText('Saved 1 acceptance criterion.').waitFor();
    // The developer's room shows the saved criterion live.
    await expect.poll(() => dev.page.getByLabel('Acceptance criteria, one per line').inputValue()).toBe(CRITERION);
    await expect.poll(() => readiness(dev).getByTestId('unmet-count').innerText()).toBe('1 of 7 not met');

    await readiness(dev).getByRole('checkbox', { name: MANUAL_LINE }).check();
    await expect.poll(() => readiness(dev).getByTestId('unmet-count').innerText()).toBe('all lines met');
    await screenshot(dev.page, 'refinement-05-ready-check', true);
    await readiness(dev).getByRole('button', { name: 'Mark ready' }).click();
    for (const p of [po, dev]) {
      await readiness(p).getByTestId('item-ready').waitFor();
      await expect.poll(() => p.page.getByTestId('agenda-entry').first().innerText()).toContain('Ready');
    }
  });

  test('the second item comes into focus and is split with SPIDR patterns; its children join the agenda', async () => {
    await po.page.getByRole('button', { name: `Focus on ${SECOND}` }).click();
    for (const p of [po, dev]) await p.page.getByTestId('focus-item').getByRole('heading', { level: 2, name: SECOND }).waitFor();
    await po.page.getByRole('button', { name: 'Split this item…' }).click();
    const dialog = po.page.getByRole('dialog', { name: `Split “${SECOND}”` });
    await dialog.waitFor();
    expect(await po.page.evaluate(() => document.activeElement?.id)).toBe(await dialog.getByLabel('Child 1 title').getAttribute('id'));
    await dialog.getByRole('button', { name: 'Split into 2' }).click();
    await dialog.getByRole('alert').getByText('Child 1 needs a title.').waitFor();
    await dialog.getByLabel('Child 1 title').fill('Shopping list for one adult');
    await dialog.getByLabel('Child 1 SPIDR pattern').selectOption('DATA');
    await dialog.getByLabel('Child 2 title').fill('Shopping list shared by text message');
    await dialog.getByLabel('Child 2 SPIDR pattern').selectOption('INTERFACES');
    await screenshot(po.page, 'refinement-06-split');
    await dialog.getByRole('button', { name: 'Split into 2' }).click();
    await dialog.waitFor({ state: 'detached' });
    for (const p of [po, dev]) {
      await expect
        .poll(async () => (await p.page.getByTestId('agenda-entry').locator('.rf-agenda-title').allTextContents()).map((t) => t.replace(/^In focus:\s*/, '')))
        .toEqual([ITEM, SECOND, 'Shopping list for one adult', 'Shopping list shared by text message']);
    }
  });

  test('the developer adds an item to the agenda by its title, the product owner takes it off again; each sees the other\'s change live', async () => {
    const titles = (p: Person) => async () => (await p.page.getByTestId('agenda-entry').locator('.rf-agenda-title').allTextContents()).map((t) => t.replace(/^In focus:\s*/, ''));
    const planned = [ITEM, SECOND, 'Shopping list for one adult', 'Shopping list shared by text message'];
    await dev.page.getByLabel('Add an item to the agenda').fill('recipe');
    await dev.page.getByRole('button', { name: `Add to the agenda: ${THIRD}` }).click();
    for (const p of [po, dev]) await expect.poll(titles(p)).toEqual([...planned, THIRD]);
    // The picked result is gone; the keyboard focus is back in the search field, and it is said.
    expect(await dev.page.getByLabel('Add an item to the agenda').evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => dev.page.getByTestId('agenda-said').textContent()).toBe(`${THIRD} joins the agenda as number 5.`);
    // Items already on the agenda are not offered again (said once the search has answered).
    await dev.page.getByLabel('Add an item to the agenda').fill('shopping');
    await dev.page.getByTestId('no-item-found').waitFor();
    await po.page.getByRole('button', { name: `Take ${THIRD} off the agenda` }).click();
    for (const p of [po, dev]) await expect.poll(titles(p)).toEqual(planned);
    // The focus goes to the entry that took its place (here the one before it), not to the page.
    await expect.poll(() => po.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Take ${planned[3]} off the agenda`);
    expect(await po.page.getByTestId('agenda-said').textContent()).toBe(`${THIRD} is off the agenda; it stays on the backlog.`);
  });

  test('closing the session shows both pages the summary with the item made ready and its estimate', async () => {
    await po.page.getByRole('button', { name: 'Close session' }).click();
    await po.page.getByRole('alertdialog').getByRole('button', { name: 'Close the session' }).click();
    for (const p of [po, dev]) {
      await expect.poll(() => p.page.getByTestId('session-status').textContent()).toBe('Closed');
      const summary = p.page.getByTestId('summary');
      await expect.poll(() => summary.getByTestId('summary-ready').locator('li').allInnerTexts()).toEqual([ITEM]);
      expect((await summary.getByTestId('summary-estimated').locator('li').innerText()).replace(/\s+/g, ' ')).toBe(`${ITEM} size 5`);
      expect(await summary.getByTestId('summary-splits').innerText()).toContain('Shopping list for one adult (data); Shopping list shared by text message (interfaces)');
      expect(await summary.getByTestId('summary-questions').innerText()).toContain('No question left open.');
      expect(await summary.getByTestId('summary-time').innerText()).toContain(ITEM);
      // A closed session is not followed live any more.
      expect(await p.page.getByTestId('live-indicator').count()).toBe(0);
    }
    await screenshot(po.page, 'refinement-07-summary', true);
    const a11y = await axeCheck(po.page, 'refinement-room-closed');
    expect(a11y.blocking).toEqual([]);

    await po.page.getByRole('link', { name: 'Refinement sessions' }).click();
    await po.page.getByTestId('session-card').filter({ hasText: SESSION_TITLE }).getByText('Closed', { exact: true }).waitFor();
    // The item made ready lengthens the ready runway.
    await expect.poll(() => po.page.getByTestId('runway-ready-items').innerText()).toBe('1');
    await screenshot(po.page, 'refinement-08-hub', true);
    const a11yHub = await axeCheck(po.page, 'refinement-hub');
    expect(a11yHub.blocking).toEqual([]);
  });
});
