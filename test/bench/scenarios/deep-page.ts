import { alternate } from '../lib/alternate';
import { authHeaders } from '../lib/auth';
import { startApiOn } from '../lib/child';
import type { BenchContext } from '../lib/context';
import { hammer, postJson, type LoadResult } from '../lib/load';
import { edgesOf, pageBody, type PageAnswer, type PageNode } from '../lib/queries';
import { median, round } from '../lib/stats';
import { cursorOf } from '../lib/seed';
import { meets, type ScenarioResult, type Target } from '../lib/types';

const TARGET: Target = { op: '>=', threshold: 0.8 };
const PAGE = 50;

/**
 * Keyset paging: the page right after item 90,000 of 100,000 (18,000 of 20,000 in --quick)
 * must cost about what the first page costs. Both through the same API, alternating.
 */
export async function deepPageScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { sizes } = ctx;
  const db = await ctx.copy('deep-page');
  // "after the cursor of item 89,999" (1-based): the page starts with item 90,000.
  const firstOfPage = Math.round(db.items * 0.9); // 1-based number of the page's first item
  const after = cursorOf(db.ranks[firstOfPage - 2]);
  const api = await startApiOn(db.path);
  try {
    const url = `${api.url}/graphql`;
    const deepBody = pageBody(db.productId, PAGE, after);
    const firstBody = pageBody(db.productId, PAGE);
    const headers = authHeaders(db.user);
    const deep = edgesOf(await postJson<PageAnswer<PageNode>>(url, deepBody, headers), 'API deep page', PAGE);
    if (deep[0].id !== db.ids[firstOfPage - 1]) throw new Error(`deep page does not start with item ${firstOfPage}`);
    edgesOf(await postJson<PageAnswer<PageNode>>(url, firstBody, headers), 'API first page', PAGE);
    ctx.log(`deep-page: page after item ${firstOfPage - 1} of ${db.items} vs first page, ${sizes.connections} connections`);
    const deepSpec = { label: 'API deep page', url, body: deepBody, headers, connections: sizes.connections };
    const firstSpec = { label: 'API first page', url, body: firstBody, headers, connections: sizes.connections };
    const result = await alternate<LoadResult>(
      { name: 'deep', run: (s) => hammer(deepSpec, s) },
      { name: 'first', run: (s) => hammer(firstSpec, s) },
      (r) => r.rps,
      { rounds: sizes.rounds, seconds: sizes.roundSeconds, warmupSeconds: sizes.warmupSeconds, log: (m) => ctx.log(`deep-page ${m}`) },
    );
    const p99 = median(result.rounds.map((r) => r.a.p99Ms));
    return {
      scenario: 'deep-page',
      metric: `requests/s of the page of ${PAGE} after item ${firstOfPage - 1} (keyset cursor); reference: first page, same API`,
      value: round(result.value, 1),
      reference: round(result.reference, 1),
      ratio: round(result.ratio, 4),
      target: TARGET,
      pass: meets(TARGET, round(result.ratio, 4)),
      extra: [`p99=${p99}ms`],
      details: {
        items: db.items,
        pageStartsAtItem: firstOfPage,
        connections: sizes.connections,
        valueMedian: round(result.valueMedian, 1),
        referenceMedian: round(result.referenceMedian, 1),
        p99Ms: p99,
        referenceP99Ms: median(result.rounds.map((r) => r.b.p99Ms)),
        rounds: result.rounds.map((r) => ({ value: round(r.a.rps, 1), reference: round(r.b.rps, 1), ratio: round(r.ratio, 4) })),
      },
    };
  } finally {
    await api.stop();
  }
}
