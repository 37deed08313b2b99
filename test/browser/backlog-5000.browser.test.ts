/// <reference lib="dom" />
/**
 * A backlog of 5,000 items in the real client: the first page shows with the total count,
 * rows stay virtualised (a few dozen in the DOM), scrolling loads pages of 100 via the cursor,
 * and the user reaches the very last item by keyboard, even after the focused row scrolled away.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { aProduct, startApi, type RunningApi } from '@backlog-studio/testing';
import { chromiumAvailable, launchBrowser, screenshot, WEB_DIST, type Browser } from './support/chromium';
import { seedBacklog, seededTitle } from './support/seed';
import { apiAccount, useSessionIn } from './support/session';

const ITEMS = 5_000;
const run = chromiumAvailable() ? describe : describe.skip;

run('a 5,000-item backlog in a real browser', () => {
  let api: RunningApi & { stop(): Promise<number | null> };
  let browser: Browser;
  let page: Page;
  let productId = '';

  beforeAll(async () => {
    api = await startApi('sqlite', { env: { WEB_DIST } });
    const account = await apiAccount(api.url);
    const product = await aProduct(account.client, { name: 'Five thousand' });
    productId = product.id;
    seedBacklog(api.databaseUrl, productId, ITEMS);
    browser = await launchBrowser();
    await useSessionIn(browser.context, account.session);
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  const loadedCount = async (): Promise<number> => {
    const text = await page.getByTestId('backlog-count').innerText();
    const m = /([\d,]+) loaded/.exec(text);
    return m ? Number(m[1].replace(/,/g, '')) : ITEMS;
  };

  test('shows the first page with the total count, then scrolls to the last item', async () => {
    const started = Date.now();
    await page.goto(`${api.url}/products/${productId}`);
    await page.getByRole('link', { name: seededTitle(1), exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('backlog-count').innerText()).toMatch(/^5,000 items · 100 loaded/);
    const firstShown = Date.now() - started;

    // The DOM holds only the rows in view (plus overscan), not 5,000.
    expect(await page.getByTestId('backlog-row').count()).toBeLessThan(80);

    // A row has the keyboard focus; wheel scrolling takes it far out of view and loads the next
    // pages as it goes. The focused row stays in the DOM, still focused (an unmounted row would drop
    // the focus to the page body), while the other rows stay virtualised, so the keys go on from it.
    const first = page.getByRole('link', { name: seededTitle(1), exact: true });
    await first.focus();
    await first.hover();
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 1500);
    await expect.poll(loadedCount).toBeGreaterThan(100);
    await expect.poll(() => page.getByRole('link', { name: seededTitle(30), exact: true }).count()).toBe(0);
    expect(await first.isVisible()).toBe(true);
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await first.evaluate((el) => el.getBoundingClientRect().bottom < 0)).toBe(true);
    expect(await page.getByTestId('backlog-row').count()).toBeLessThan(80);

    // The End key jumps to the last item; the pages in between load one after another.
    const scrolled = Date.now();
    await page.keyboard.press('End');
    const last = page.getByRole('link', { name: seededTitle(ITEMS), exact: true });
    await last.waitFor({ timeout: 90_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(seededTitle(ITEMS));
    expect(await last.isVisible()).toBe(true);
    const box = await last.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
    expect(await page.getByTestId('backlog-row').count()).toBeLessThan(80);
    await expect.poll(() => page.getByTestId('backlog-count').innerText()).toBe('5,000 items');
    await page.getByText('End of the backlog · 5,000 items').waitFor();
    const toLast = Date.now() - scrolled;
    await screenshot(page, '09-backlog-5000-last-item');
    console.log(`5,000-item backlog: first page shown in ${firstShown} ms; End → last item in ${toLast} ms`);

    // A plain scroll back to the top shows the first item again without reloading.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: seededTitle(1), exact: true }).waitFor();
  });
});
