/// <reference lib="dom" />
/**
 * Identity, roles and ordering in the real built client, in Chromium, against the real API with
 * the demo product: signing in (a wrong password, the demo accounts, back to the page asked for),
 * the product owner ordering the backlog by drag and drop and by keyboard (kept after a reload),
 * a proposed order compared, applied and refused once the backlog changed, a dependency cycle,
 * members and an invitation accepted, what a stakeholder does not see, and the rate limit.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startApi, type RunningApi } from '@backlog-studio/testing';
import { axeCheck, chromiumAvailable, launchBrowser, screenshot, WEB_DIST, type Browser } from './support/chromium';
import { clientOfPage, DEMO_OWNER } from './support/session';

const DEMO_STAKEHOLDER = { email: 'stakeholder@demo.local', password: DEMO_OWNER.password };
const NEWCOMER = { email: `newcomer-${randomBytes(4).toString('hex')}@test.local`, password: 'a long enough password', name: 'Noor Newcomer' };
const REASON = 'Pilot kitchens asked for it first';

const run = chromiumAvailable() ? describe : describe.skip;

run('identity, roles and ordering in a real browser', () => {
  let api: RunningApi & { stop(): Promise<number | null> };
  let browser: Browser;
  let page: Page;
  let productUrl = '';
  /** Titles of the first rows as the demo seeded them. */
  let initial: string[] = [];
  /** The order after the moves made in the browser. */
  let expected: string[] = [];

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
  const rowLink = (index: number): Locator => page.locator(`a.row-link[data-index="${index}"]`);
  const titlesOfRows = async (count: number): Promise<string[]> => {
    const titles: string[] = [];
    for (let i = 0; i < count; i++) titles.push(await rowLink(i).innerText());
    return titles;
  };
  /** The moves reach the API one after another; wait until none is on its way. */
  const movesSaved = async (): Promise<void> => {
    await expect.poll(() => page.locator('.order-bar-status').innerText()).toBe('');
    expect(await page.getByTestId('order-problem').count()).toBe(0);
  };
  const signIn = async (account: { email: string; password: string }): Promise<void> => {
    await page.getByLabel('Email', { exact: true }).fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  };
  const signOut = async (): Promise<void> => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Backlog Studio' }).waitFor();
  };

  test('a wrong password is refused with a clear message; a demo account signs in', async () => {
    await page.goto(`${api.url}/`);
    await page.waitForURL(/\/sign-in$/);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Backlog Studio' }).waitFor();
    await page.getByRole('button', { name: 'Product owner' }).click();
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(DEMO_OWNER.email);
    // The demo button fills the email and moves on to the password.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('password');
    await page.getByLabel('Password', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').getByText('The email or the password is wrong. Check both and try again.').waitFor();
    await screenshot(page, '10-sign-in-wrong-password');
    const a11y = await axeCheck(page, 'sign-in');
    expect(a11y.blocking).toEqual([]);

    await page.getByLabel('Password', { exact: true }).fill(DEMO_OWNER.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.url()).toMatch(/\/products\/[0-9a-f-]{36}$/);
    productUrl = page.url();
    await main().getByRole('heading', { level: 1, name: 'Harvest Box' }).waitFor();
    await page.getByText('you are the product owner').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  test('the product owner drags an item and moves others with the keyboard; a reload finds them there', async () => {
    await rowLink(0).waitFor();
    expect(await page.getByTestId('drag-handle').count()).toBeGreaterThan(0);
    initial = await titlesOfRows(8);
    const [t0, t1, t2, t3, t4, t5] = initial;

    // Drag the first item by its handle onto the fourth row.
    await rowLink(0).scrollIntoViewIfNeeded();
    const handle = page.getByTestId('backlog-row').filter({ has: rowLink(0) }).getByTestId('drag-handle');
    const from = (await handle.boundingBox())!;
    const to = (await rowLink(3).boundingBox())!;
    const x = from.x + from.width / 2;
    const startY = from.y + from.height / 2;
    const endY = to.y + to.height / 2 + 4;
    await page.mouse.move(x, startY);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(x, startY + ((endY - startY) * i) / 12);
    await screenshot(page, '11-backlog-dragging');
    await page.mouse.up();
    await page.getByTestId('order-announce').getByText(`Moved “${t0}” from position 1 to 4.`).waitFor();
    expect(await titlesOfRows(6)).toEqual([t1, t2, t3, t0, t4, t5]);

    // Keyboard: Alt+↑ twice on the sixth row, with a reason and a criterion for the first move.
    await page.getByLabel(/^Reason for the next move/).first().fill(REASON);
    await page.getByLabel('Criterion', { exact: true }).first().selectOption('STAKEHOLDER');
    await rowLink(5).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(t5);
    expect(await page.getByLabel(/^Reason for the next move/).first().inputValue()).toBe('');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => titlesOfRows(6)).toEqual([t1, t2, t3, t5, t0, t4]);

    // M on a row opens the move dialog: the last of these goes to position 1.
    await rowLink(5).focus();
    await page.keyboard.press('m');
    const dialog = page.getByRole('dialog', { name: `Move “${t4}”` });
    await dialog.waitFor();
    await screenshot(page, '12-move-dialog');
    await dialog.getByLabel('To position').fill('1');
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(t4);
    expected = [t4, t1, t2, t3, t5, t0];
    expect(await titlesOfRows(6)).toEqual(expected);
    await movesSaved();
    await screenshot(page, '13-backlog-reordered');
    const a11y = await axeCheck(page, 'backlog-product-owner');
    expect(a11y.blocking).toEqual([]);

    await page.reload();
    await rowLink(0).waitFor();
    expect(await titlesOfRows(6)).toEqual(expected);
  });

  test('an item shows its order history; a dependency that closes a cycle is refused beside the field', async () => {
    const [first, second] = expected;
    // The first item (moved there with the dialog) depends on the second.
    await rowLink(0).click();
    await main().getByRole('heading', { level: 1, name: first }).waitFor();
    await page.getByTestId('order-history').getByText(/^Moved to the top/).waitFor();
    const picker = page.getByLabel('Find an item this one depends on');
    await picker.fill(second);
    await page.getByRole('list', { name: 'Items it could depend on' }).getByRole('button', { name: new RegExp(`^${second.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    await page.locator('.dependency-list').getByRole('link', { name: second }).waitFor();

    // The second item depending on the first would close the cycle.
    await page.locator('.dependency-list').getByRole('link', { name: second }).click();
    await main().getByRole('heading', { level: 1, name: second }).waitFor();
    await page.getByLabel('Find an item this one depends on').fill(first);
    await page.getByRole('list', { name: 'Items it could depend on' }).getByRole('button', { name: new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
    const error = page.locator('#field-dependsOnId-error');
    await error.getByText(/would close a cycle/).waitFor();
    expect(await error.innerText()).toContain(first);
    expect(await page.getByLabel('Find an item this one depends on').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, '14-item-dependency-cycle');
    const a11y = await axeCheck(page, 'item-editor-dependencies');
    expect(a11y.blocking).toEqual([]);
  });

  test('the ordering panel proposes an order, explains it, applies it, and asks to recompute after a change', async () => {
    await page.goto(`${productUrl}/ordering`);
    await main().getByRole('heading', { level: 1, name: 'Ordering' }).waitFor();
    await page.getByRole('radio', { name: /^Total value/ }).check();
    await expect.poll(() => page.url()).toMatch(/strategy=VALUE/);
    const proposed = page.getByTestId('proposed-item');
    await proposed.first().getByText(/^Value \d+ = /).waitFor();
    await page.getByTestId('current-order').locator('li').first().waitFor();
    await page.getByRole('heading', { name: 'Inverted pairs' }).waitFor();
    const pair = page.locator('.pair').first();
    await pair.click();
    expect(await pair.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.compare-item.is-selected').count()).toBe(4);
    // The moves made by hand are in the product's order history, with their reason.
    await page.getByTestId('order-history').getByText(REASON).waitFor();
    await screenshot(page, '15-ordering-panel');
    const a11y = await axeCheck(page, 'ordering-panel');
    expect(a11y.blocking).toEqual([]);

    await page.getByRole('button', { name: 'Apply this order' }).click();
    await page.getByRole('alertdialog', { name: 'Apply the Total value order?' }).getByRole('button', { name: 'Apply the order' }).click();
    await page.getByTestId('apply-notice').getByText(/Applied the Total value order: \d+ items? moved\./).waitFor();
    await page.getByTestId('order-history').getByText('Applied the proposed order by').first().waitFor();
    expect(await page.getByTestId('order-history').locator('li').first().innerText()).toContain('Total value');
    await expect.poll(() => page.getByRole('button', { name: 'Apply this order' }).isDisabled()).toBe(true);

    // Someone moves an item meanwhile: applying the (now stale) WSJF proposal is refused.
    await page.getByRole('radio', { name: /^WSJF/ }).check();
    await proposed.first().getByText(/^WSJF /).waitFor();
    await page.getByTestId('sensitivity').waitFor();
    const gql = await clientOfPage(page, api.url);
    const productId = productUrl.split('/').pop()!;
    const top = await gql.ok<{ backlogItems: { edges: { node: { id: string; version: number } }[] } }>(
      `query($p: ID!) { backlogItems(productId: $p, first: 2) { edges { node { id version } } } }`,
      { p: productId },
    );
    const [a, b] = top.backlogItems.edges.map((e) => e.node);
    await gql.ok(`mutation($input: MoveBacklogItemInput!) { moveBacklogItem(input: $input) { id } }`, {
      input: { itemId: a.id, afterItemId: b.id, expectedVersion: a.version },
    });
    await page.getByRole('button', { name: 'Apply this order' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Apply the order' }).click();
    const conflict = page.getByTestId('apply-conflict');
    await conflict.getByText('The backlog changed since this proposal was computed.').waitFor();
    await screenshot(page, '16-ordering-conflict');
    await conflict.getByRole('button', { name: 'Recompute' }).click();
    await conflict.waitFor({ state: 'detached' });
    await proposed.first().waitFor();
  });

  test('members: the product owner invites by email; the invitation waits on the newcomer’s product list', async () => {
    await page.goto(`${productUrl}/members`);
    await main().getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await page.getByTestId('member-row').filter({ hasText: 'stakeholder@demo.local' }).waitFor();
    expect(await page.getByTestId('member-row').count()).toBe(4);
    await page.getByRole('form', { name: 'Invite a member' }).getByLabel('Email', { exact: true }).fill(NEWCOMER.email);
    await page.getByRole('form', { name: 'Invite a member' }).getByLabel('Role', { exact: true }).selectOption('STAKEHOLDER');
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await page.getByText(`Invited ${NEWCOMER.email}.`).waitFor();
    const invited = page.getByTestId('member-row').filter({ hasText: NEWCOMER.email });
    await invited.getByText(/^Invited /).waitFor();
    await screenshot(page, '17-members');
    const a11y = await axeCheck(page, 'members');
    expect(a11y.blocking).toEqual([]);

    // The newcomer signs up (the sign-up screen) and accepts.
    await signOut();
    await page.getByRole('link', { name: 'Create an account instead' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    await page.getByLabel('Email', { exact: true }).fill(NEWCOMER.email);
    await page.getByLabel('Display name', { exact: true }).fill(NEWCOMER.name);
    await page.getByLabel('Password', { exact: true }).fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Products' }).waitFor();
    const invitation = page.getByTestId('invitation').filter({ hasText: 'Harvest Box' });
    await invitation.getByText('as stakeholder').waitFor();
    await screenshot(page, '18-invitation');
    await invitation.getByRole('button', { name: 'Accept the invitation to Harvest Box' }).click();
    await page.getByText('You joined Harvest Box.').waitFor();
    await page.locator('.product-card').filter({ hasText: 'Harvest Box' }).getByText('Stakeholder').waitFor();
    await signOut();
  });

  test('a stakeholder sees the backlog and the proposal but no drag handle, edit control or apply', async () => {
    // Signed out, an address of the app leads to the sign-in screen and back there afterwards.
    await page.goto(`${productUrl}/ordering`);
    await page.waitForURL(/\/sign-in\?next=/);
    await signIn(DEMO_STAKEHOLDER);
    await expect.poll(() => page.url()).toBe(`${productUrl}/ordering`);
    await page.getByTestId('proposed-item').first().waitFor();
    await page.getByText('Only the product owner applies a proposed order.').waitFor();
    expect(await page.getByRole('button', { name: 'Apply this order' }).count()).toBe(0);

    await page.goto(productUrl);
    await page.getByText('you are a stakeholder').waitFor();
    await rowLink(0).waitFor();
    expect(await page.getByTestId('backlog-row').count()).toBeGreaterThan(5);
    expect(await page.getByTestId('drag-handle').count()).toBe(0);
    expect(await page.locator('.order-bar').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'New item' }).count()).toBe(0);
    expect(await page.getByLabel('Capture an idea').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Edit / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'New goal' }).count()).toBe(0);
    // Alt+↑ does not reorder for a stakeholder.
    const before = await titlesOfRows(3);
    await rowLink(2).focus();
    await page.keyboard.press('Alt+ArrowUp');
    expect(await titlesOfRows(3)).toEqual(before);
    await screenshot(page, '19-stakeholder-backlog');

    await rowLink(0).click();
    await page.getByText('Read only: a stakeholder may not edit backlog items.').waitFor();
    expect(await page.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Archive' }).count()).toBe(0);
    expect(await page.getByLabel('Title', { exact: true }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Find an item this one depends on').count()).toBe(0);
    await screenshot(page, '20-stakeholder-item');

    await page.goto(`${productUrl}/members`);
    await page.getByTestId('member-row').first().waitFor();
    await page.getByText('Only the product owner invites members').waitFor();
    expect(await page.getByRole('button', { name: 'Invite', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Remove/ }).count()).toBe(0);
    await signOut();
  });

  test('too many wrong passwords: the screen says how long to wait', async () => {
    const account = { email: `nobody-${randomBytes(3).toString('hex')}@test.local`, password: 'wrong password 123' };
    await page.getByLabel('Email', { exact: true }).fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill(account.password);
    const submit = page.getByRole('button', { name: 'Sign in', exact: true });
    const alert = page.getByRole('alert');
    // Ten failed attempts a minute are allowed; the next one is refused with the time to wait.
    for (let i = 0; i < 11; i++) {
      await submit.click();
      await alert.waitFor();
      if (await alert.getByText(/Too many attempts/).count()) break;
      await expect.poll(() => submit.isEnabled()).toBe(true);
    }
    await alert.getByText(/Too many attempts\. Try again in \d+ s\./).waitFor();
    expect(await submit.isDisabled()).toBe(true);
    await screenshot(page, '21-sign-in-rate-limited');
  });
});
