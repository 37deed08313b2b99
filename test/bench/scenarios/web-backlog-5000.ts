/// <reference lib="dom" />
/**
 * web-backlog-5000: in headless Chromium, the time until the built web client first shows a
 * 5,000-item backlog (first row and total count on screen), divided by the same for a 50-item
 * backlog. Side by side: A, B, A, B …; the ratio is the median of the per-round ratios, so a
 * slower or busier machine hits both sides alike. Target: ratio ≤ 2.0 (the list loads one
 * page of 100 and renders only the rows in view, whatever the backlog's size).
 *
 * web-initial-js-gzip: the gzipped size (KB) of the JavaScript the built index.html loads
 * before anything is lazy-loaded. Informational target ≤ 250 KB.
 *
 * Needs `npm run build` (done by `npm run bench`) and Chromium at /usr/bin/chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { aProduct, startApi } from '@backlog-studio/testing';
import { CHROMIUM, chromiumAvailable, launchBrowser, WEB_DIST } from '../../browser/support/chromium';
import { seedBacklog, seededTitle } from '../../browser/support/seed';
import { apiAccount, useSessionIn } from '../../browser/support/session';

export interface WebBenchResult {
  scenario: string;
  metric: string;
  value: number;
  reference: number;
  ratio: number;
  target: string;
  pass: boolean;
  extra?: Record<string, unknown>;
}

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
const log = (message: string): void => {
  process.stderr.write(`[web-backlog-5000] ${message}\n`);
};

/** The gzipped bytes of every script index.html loads up front (entry and module preloads). */
export function initialJsGzipBytes(dist = WEB_DIST): { bytes: number; files: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]);
  const files = [...new Set(refs)].map((ref) => join(dist, ref.replace(/^\//, '')));
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  return { bytes, files: files.map((f) => f.slice(dist.length + 1)) };
}

export async function webBacklog5000(opts: { quick: boolean }): Promise<WebBenchResult[]> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error(`no built web client at ${WEB_DIST}: run \`npm run build\``);
  if (!chromiumAvailable()) throw new Error(`web-backlog-5000 needs Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

  const rounds = opts.quick ? 3 : 7;
  const api = await startApi('sqlite', { env: { WEB_DIST } });
  const browser = await launchBrowser();
  try {
    const account = await apiAccount(api.url);
    await useSessionIn(browser.context, account.session);
    const big = await aProduct(account.client, { name: 'Bench: 5,000 items' });
    const small = await aProduct(account.client, { name: 'Bench: 50 items' });
    seedBacklog(api.databaseUrl, big.id, 5_000);
    seedBacklog(api.databaseUrl, small.id, 50);
    log(`API at ${api.url}; seeded 5,000 and 50 items; ${rounds} rounds`);

    /** Milliseconds from navigation start until the first row and the total count are on screen. */
    const firstShow = async (productId: string, total: string): Promise<number> => {
      const page = await browser.context.newPage();
      try {
        await page.goto(`${api.url}/products/${productId}`, { waitUntil: 'commit' });
        const handle = await page.waitForFunction(
          ({ title, total: expected }) => {
            const row = document.querySelector('[data-testid="backlog-row"] a');
            const count = document.querySelector('[data-testid="backlog-count"]');
            return row?.textContent === title && count?.textContent?.startsWith(expected) ? performance.now() : false;
          },
          { title: seededTitle(1), total: `${total} items` },
          { polling: 'raf', timeout: 60_000 },
        );
        return (await handle.jsonValue()) as number;
      } finally {
        await page.close();
      }
    };

    // Warm-up: the API's statement cache, Chromium's disk cache of the assets, the JIT.
    await firstShow(big.id, '5,000');
    await firstShow(small.id, '50');
    const pairs: { a: number; b: number; ratio: number }[] = [];
    for (let i = 0; i < rounds; i++) {
      const a = await firstShow(big.id, '5,000');
      const b = await firstShow(small.id, '50');
      pairs.push({ a, b, ratio: a / b });
      log(`round ${i + 1}/${rounds}: 5,000 items ${a.toFixed(0)} ms, 50 items ${b.toFixed(0)} ms, ratio ${(a / b).toFixed(3)}`);
    }
    const ratio = median(pairs.map((p) => p.ratio));
    const js = initialJsGzipBytes();
    const kb = round(js.bytes / 1024, 1);
    return [
      {
        scenario: 'web-backlog-5000',
        metric: 'ms from navigation to the first row and total count of a 5,000-item backlog (reference: 50 items), headless Chromium',
        value: round(median(pairs.map((p) => p.a))),
        reference: round(median(pairs.map((p) => p.b))),
        ratio: round(ratio, 3),
        target: 'ratio<=2.0',
        pass: Number.isFinite(ratio) && ratio <= 2.0,
        extra: { rounds, pairs: pairs.map((p) => ({ a: round(p.a), b: round(p.b), ratio: round(p.ratio, 3) })) },
      },
      {
        scenario: 'web-initial-js-gzip',
        metric: 'KB of gzipped JavaScript loaded before the first screen (entry and module preloads)',
        value: kb,
        reference: 1,
        ratio: kb,
        target: '<=250',
        pass: kb <= 250,
        extra: { files: js.files },
      },
    ];
  } finally {
    await browser.close();
    await api.stop();
  }
}
