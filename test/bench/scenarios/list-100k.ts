import { alternate } from '../lib/alternate';
import { authHeaders, expectRefusals } from '../lib/auth';
import { startApiOn, startBareServer } from '../lib/child';
import type { BenchContext } from '../lib/context';
import { hammer, postJson, type LoadResult } from '../lib/load';
import { edgesOf, pageBody, type PageAnswer, type PageNode } from '../lib/queries';
import { median, round } from '../lib/stats';
import { meets, type ScenarioResult, type Target } from '../lib/types';

const TARGET: Target = { op: '>=', threshold: 0.12 };
const PAGE = 50;

/**
 * First page of 50 of a 100k-item backlog through the API (GraphQL over HTTP) against a bare
 * node:http + better-sqlite3 server doing the same SQL and JSON. Each server is its own process.
 * Every request carries the bench product owner's bearer token; the bare server verifies it
 * (5 s cache, as the API) and runs the same membership SELECT before the page SQL.
 */
export async function listScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { sizes } = ctx;
  // Both servers only read, so they share one copy of the seeded file.
  const db = await ctx.copy('list');
  const api = await startApiOn(db.path);
  try {
    const bare = await startBareServer(db.path);
    try {
      const body = pageBody(db.productId, PAGE);
      const headers = authHeaders(db.user);
      await expectRefusals('API', `${api.url}/graphql`, body, db.user, db.outsider);
      await expectRefusals('bare server', `${bare.url}/graphql`, body, db.user, db.outsider);
      const apiAnswer = await postJson<PageAnswer<PageNode>>(`${api.url}/graphql`, body, headers);
      const bareAnswer = await postJson<PageAnswer<PageNode>>(`${bare.url}/graphql`, body, headers);
      const nodes = edgesOf(apiAnswer, 'API first page', PAGE);
      if (nodes[0].id !== db.ids[0]) throw new Error('API first page does not start with the first item by rank');
      // The reference must produce the very same answer, or the comparison is meaningless.
      if (JSON.stringify(apiAnswer.data) !== JSON.stringify(bareAnswer.data)) {
        throw new Error(
          `bare server answer differs from the API's:\nAPI:  ${JSON.stringify(apiAnswer.data).slice(0, 400)}\nbare: ${JSON.stringify(bareAnswer.data).slice(0, 400)}`,
        );
      }
      const spec = (label: string, url: string) => ({ label, url: `${url}/graphql`, body, headers, connections: sizes.connections });
      const apiSpec = spec('API', api.url);
      const bareSpec = spec('bare', bare.url);
      ctx.log(`list-100k: ${db.items} items, ${sizes.connections} connections, ${sizes.rounds} rounds of ${sizes.roundSeconds} s per side, auth=bearer`);
      const result = await alternate<LoadResult>(
        { name: 'API', run: (s) => hammer(apiSpec, s) },
        { name: 'bare', run: (s) => hammer(bareSpec, s) },
        (r) => r.rps,
        { rounds: sizes.rounds, seconds: sizes.roundSeconds, warmupSeconds: sizes.warmupSeconds, log: (m) => ctx.log(`list-100k ${m}`) },
      );
      const p99 = median(result.rounds.map((r) => r.a.p99Ms));
      const bareP99 = median(result.rounds.map((r) => r.b.p99Ms));
      return {
        scenario: 'list-100k',
        metric: `requests/s, GraphQL first page of ${PAGE} (no totalCount) of ${db.items} items, ${sizes.connections} connections, Authorization: Bearer as the product owner; reference: bare node:http + better-sqlite3 with the same token check and membership SELECT`,
        value: round(result.value, 1),
        reference: round(result.reference, 1),
        ratio: round(result.ratio, 4),
        target: TARGET,
        pass: meets(TARGET, round(result.ratio, 4)),
        extra: [`p99=${p99}ms`, 'auth=bearer'],
        details: {
          items: db.items,
          connections: sizes.connections,
          valueMedian: round(result.valueMedian, 1),
          referenceMedian: round(result.referenceMedian, 1),
          p99Ms: p99,
          referenceP99Ms: bareP99,
          auth: 'bearer',
          note: 'every request sends Authorization: Bearer <token> of an ACTIVE PRODUCT_OWNER; both servers verify it (cached 5 s) and run one membership SELECT per request',
          rounds: result.rounds.map((r) => ({ value: round(r.a.rps, 1), reference: round(r.b.rps, 1), ratio: round(r.ratio, 4), p99Ms: r.a.p99Ms })),
        },
      };
    } finally {
      await bare.stop();
    }
  } finally {
    await api.stop();
  }
}
