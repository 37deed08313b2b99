import { authHeaders, type BenchUser } from '../lib/auth';
import { startApiOn } from '../lib/child';
import type { BenchContext } from '../lib/context';
import { edgesOf, nestedBody, type NestedNode, type PageAnswer } from '../lib/queries';
import { median } from '../lib/stats';
import { meets, type ScenarioResult, type Target } from '../lib/types';

const TARGET: Target = { op: '<=', threshold: 1.0 };
const BIG = 50;
const SMALL = 5;

async function statementsSoFar(baseUrl: string): Promise<number> {
  const res = await fetch(`${baseUrl}/metrics`);
  const text = await res.text();
  const m = /^db_statements_total (\d+)/m.exec(text);
  if (!res.ok || !m) throw new Error(`GET /metrics: HTTP ${res.status}, no db_statements_total in: ${text.slice(0, 300)}`);
  return Number(m[1]);
}

/**
 * Statements one request costs, by the API's own counter (nothing else talks to this API).
 * Includes the membership SELECT each request makes; the session lookup only when the API's
 * 5 s token cache has run out (the warm-up request fills it first).
 */
async function statementsFor(
  baseUrl: string,
  user: BenchUser,
  body: string,
  label: string,
  size: number,
): Promise<{ statements: number; nodes: NestedNode[] }> {
  const before = await statementsSoFar(baseUrl);
  const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: authHeaders(user), body });
  const answer = (await res.json()) as PageAnswer<NestedNode>;
  const after = await statementsSoFar(baseUrl);
  return { statements: after - before, nodes: edgesOf(answer, label, size) };
}

/** The seeded head of the backlog must exercise every nested loader, or the count proves nothing. */
function checkRelations(nodes: NestedNode[], label: string): void {
  const checks: [string, boolean][] = [
    ['goal', nodes.some((n) => n.goal)],
    ['parent', nodes.some((n) => n.parent)],
    ['dependsOn', nodes.some((n) => n.dependsOn.length)],
    ['children', nodes.some((n) => n.children.length)],
    ['history', nodes.some((n) => n.history.length)],
  ];
  const missing = checks.filter(([, present]) => !present);
  if (missing.length) throw new Error(`${label}: no item has ${missing.map(([f]) => f).join(', ')} (seeding problem)`);
}

/**
 * DataLoader batching: a page of 50 with goal, parent, dependsOn, children and history must
 * cost as many SQL statements as a page of 5 (one per nested edge, whatever the page size).
 */
export async function statementsScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { sizes } = ctx;
  const db = await ctx.copy('statements');
  const api = await startApiOn(db.path);
  try {
    const big: number[] = [];
    const small: number[] = [];
    // Warm-up: verifies the token once (session lookup), so the counted requests see the cache.
    await statementsFor(api.url, db.user, nestedBody(db.productId, SMALL), 'warm-up page', SMALL);
    for (let i = 0; i < sizes.statementRepeats; i++) {
      const b = await statementsFor(api.url, db.user, nestedBody(db.productId, BIG), `page of ${BIG}`, BIG);
      const s = await statementsFor(api.url, db.user, nestedBody(db.productId, SMALL), `page of ${SMALL}`, SMALL);
      checkRelations(b.nodes, `page of ${BIG}`);
      checkRelations(s.nodes, `page of ${SMALL}`);
      big.push(b.statements);
      small.push(s.statements);
    }
    ctx.log(`statements-per-page: page of ${BIG}: ${big.join(', ')}; page of ${SMALL}: ${small.join(', ')}`);
    const value = median(big);
    const reference = median(small);
    const ratio = Math.round((value / reference) * 10_000) / 10_000;
    return {
      scenario: 'statements-per-page',
      metric: `SQL statements (db_statements_total) for one page of ${BIG} with goal, parent, dependsOn, children, history; reference: page of ${SMALL}`,
      value,
      reference,
      ratio,
      target: TARGET,
      pass: meets(TARGET, ratio),
      decimals: 0,
      details: { repeats: sizes.statementRepeats, statementsBig: big, statementsSmall: small },
    };
  } finally {
    await api.stop();
  }
}
