import { alternate } from '../lib/alternate';
import { authHeaders } from '../lib/auth';
import { startApiOn, type Service } from '../lib/child';
import type { BenchContext } from '../lib/context';
import { postJson } from '../lib/load';
import { describeErrors, type GraphQLError } from '../lib/queries';
import { round, seededRandom } from '../lib/stats';
import { addProduct, seedOrderingInputs } from '../lib/seed';
import { meets, type ScenarioResult, type Target } from '../lib/types';

const TARGET: Target = { op: '<=', threshold: 12 };
const LIMIT = 10;
/**
 * A big-backlog request takes seconds, so a round is short: one big request (at least) and
 * about a second of small ones. The two halves of a round stay close in time on a busy
 * machine, and more rounds (2 × the mode's + 1) give the median something to work with.
 */
const ROUND_SECONDS = 1;

/** A client showing the proposal; `distance` is the only part that differs between the two documents. */
const proposeQuery = (distance: string): string => `query BenchPropose($productId: ID!) {
  proposedOrder(productId: $productId, strategy: WSJF, options: { limit: ${LIMIT} }) {
    strategy orderVersion itemCount
    items { id title score explanation currentPosition proposedPosition }
    distance { ${distance} }
    invertedPairs { currentlyFirstId proposedFirstId }
    dependencyOverrides { itemId dependantId displacedId explanation }
    sensitivity { stable topN entering leaving explanation }
  }
}`;

/** Every field of ProposedOrder: asked once per backlog, before the timing. */
export const FULL_PROPOSE_QUERY = proposeQuery('discordantPairs totalPairs normalised');
/**
 * What is timed: every field but the two pair counts, which are GraphQL Int (32-bit): with
 * more than 65,536 open items totalPairs = n(n-1)/2 no longer fits, and the API answers
 * INTERNAL_SERVER_ERROR for the whole query. The full document's outcome is reported beside.
 */
export const PROPOSE_QUERY = proposeQuery('normalised');

interface ProposeAnswer {
  data?: { proposedOrder?: { itemCount: number; items: { id: string }[]; dependencyOverrides: unknown[]; invertedPairs: unknown[] } | null } | null;
  errors?: (GraphQLError & { path?: (string | number)[] })[];
}

interface ProposeRun {
  msPerRequest: number;
  requests: number;
  seconds: number;
}

/** One proposal; checks its shape (and, when given, the item count it covers). */
async function propose(label: string, url: string, body: string, headers: Record<string, string>, open?: number): Promise<ProposeAnswer> {
  const answer = await postJson<ProposeAnswer>(url, body, headers);
  const proposal = answer.data?.proposedOrder;
  if (!proposal || answer.errors?.length) throw new Error(`${label}: ${answer.errors ? describeErrors(answer.errors) : JSON.stringify(answer).slice(0, 300)}`);
  if (proposal.items.length !== LIMIT) throw new Error(`${label}: ${proposal.items.length} items, expected ${LIMIT}`);
  if (open !== undefined && proposal.itemCount !== open) throw new Error(`${label}: itemCount ${proposal.itemCount}, expected ${open} open items`);
  return answer;
}

/** Sequential requests (one at a time) for at least `seconds` and at least one request. */
async function proposeFor(label: string, url: string, body: string, headers: Record<string, string>, seconds: number): Promise<ProposeRun> {
  const started = performance.now();
  let requests = 0;
  do {
    await propose(label, url, body, headers);
    requests++;
  } while (performance.now() - started < seconds * 1000);
  const elapsed = performance.now() - started;
  return { msPerRequest: elapsed / requests, requests, seconds: elapsed / 1000 };
}

/**
 * proposedOrder(WSJF, limit 10) on a 100,000-item backlog with 10,000 dependencies against a
 * 10,000-item backlog with 1,000 dependencies (--quick: 20,000/2,000 and 2,000/200): two
 * products of one database, one API process, one request at a time, alternating. Every item
 * has random cost-of-delay parts and a size; dependencies always point from a later item to an
 * earlier one (acyclic). Target: time per request 100k / 10k ≤ 12 (10× the items).
 */
export async function propose100kScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { sizes } = ctx;
  const db = await ctx.copy('propose');
  const small = addProduct(db.path, db.user, `Bench product (${sizes.proposeSmallItems} items)`, sizes.proposeSmallItems);
  const random = seededRandom(600_006);
  const bigInputs = seedOrderingInputs(db.path, db, sizes.proposeDependencies, random);
  const smallInputs = seedOrderingInputs(db.path, small, sizes.proposeSmallDependencies, random);
  ctx.log(
    `propose-100k: ${db.items} items (${bigInputs.open} open, ${bigInputs.dependencies} dependencies) vs ${sizes.proposeSmallItems} items (${smallInputs.open} open, ${smallInputs.dependencies} dependencies)`,
  );

  let api: Service | undefined;
  try {
    api = await startApiOn(db.path);
    const url = `${api.url}/graphql`;
    const headers = authHeaders(db.user);
    const bigBody = JSON.stringify({ query: PROPOSE_QUERY, variables: { productId: db.productId } });
    const smallBody = JSON.stringify({ query: PROPOSE_QUERY, variables: { productId: small.productId } });
    // The full document once per backlog: an error there fails the line (the timing still runs).
    const fullErrors: { items: number; code: string; path: string; message: string }[] = [];
    for (const [items, productId] of [[db.items, db.productId], [sizes.proposeSmallItems, small.productId]] as const) {
      const full = await postJson<ProposeAnswer>(url, JSON.stringify({ query: FULL_PROPOSE_QUERY, variables: { productId } }), headers);
      for (const e of full.errors ?? []) fullErrors.push({ items, code: e.extensions?.code ?? 'ERROR', path: e.path?.join('.') ?? '?', message: e.message });
    }
    if (fullErrors.length) {
      ctx.log(`propose-100k: the full proposedOrder document fails: ${JSON.stringify(fullErrors)}; the API's log ends:\n${api.output().slice(-1200)}`);
    }
    const bigAnswer = await propose(`proposedOrder on ${db.items} items`, url, bigBody, headers, bigInputs.open);
    await propose(`proposedOrder on ${sizes.proposeSmallItems} items`, url, smallBody, headers, smallInputs.open);
    const overrides = bigAnswer.data!.proposedOrder!.dependencyOverrides.length;
    const result = await alternate<ProposeRun>(
      { name: `${db.items} items`, run: (s) => proposeFor(`proposedOrder on ${db.items} items`, url, bigBody, headers, s) },
      { name: `${sizes.proposeSmallItems} items`, run: (s) => proposeFor(`proposedOrder on ${sizes.proposeSmallItems} items`, url, smallBody, headers, s) },
      (r) => r.msPerRequest,
      { rounds: 2 * sizes.rounds + 1, seconds: ROUND_SECONDS, warmupSeconds: sizes.warmupSeconds, unit: ' ms/request', log: (m) => ctx.log(`propose-100k ${m}`) },
    );
    const ratio = round(result.ratio, 4);
    return {
      scenario: 'propose-100k',
      metric: `ms per proposedOrder(WSJF, limit ${LIMIT}) request, one at a time, ${db.items} items with ${bigInputs.dependencies} dependencies; reference: ${sizes.proposeSmallItems} items with ${smallInputs.dependencies} dependencies, same API process`,
      value: round(result.value, 1),
      reference: round(result.reference, 1),
      ratio,
      target: TARGET,
      pass: meets(TARGET, ratio) && fullErrors.length === 0,
      extra: [`dependencyOverrides=${overrides}`, fullErrors.length ? `fullQuery=${fullErrors.map((e) => `${e.code}@${e.items}:${e.path}`).join(',')}` : 'fullQuery=ok'],
      details: {
        items: db.items,
        openItems: bigInputs.open,
        dependencies: bigInputs.dependencies,
        smallItems: sizes.proposeSmallItems,
        smallOpenItems: smallInputs.open,
        smallDependencies: smallInputs.dependencies,
        dependencyOverrides: overrides,
        timedDocument: 'proposedOrder without distance.discordantPairs/totalPairs',
        fullDocumentErrors: fullErrors,
        valueMedian: round(result.valueMedian, 1),
        referenceMedian: round(result.referenceMedian, 1),
        rounds: result.rounds.map((r) => ({ value: round(r.a.msPerRequest, 1), reference: round(r.b.msPerRequest, 1), ratio: round(r.ratio, 4), requests: r.a.requests, referenceRequests: r.b.requests })),
      },
    };
  } finally {
    await api?.stop();
  }
}
