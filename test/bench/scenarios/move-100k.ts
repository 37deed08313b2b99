import { alternate, type Alternation } from '../lib/alternate';
import { authHeaders, expectRefusals } from '../lib/auth';
import { startApiOn, startBareServer, type Service } from '../lib/child';
import type { BenchContext } from '../lib/context';
import { postJson } from '../lib/load';
import {
  auditVersions,
  countOrderChanges,
  createNaiveTable,
  diffItems,
  naivePosition,
  naivePositionsIntact,
  nextRank,
  rankOf,
  snapshotItems,
} from '../lib/move-audit';
import { MoveLoad, moveBody, type MoveRun } from '../lib/move-load';
import { describeErrors, type GraphQLError } from '../lib/queries';
import { round, sampleIndices, seededRandom } from '../lib/stats';
import { meets, type ScenarioResult, type Target } from '../lib/types';

const ROWS_TARGET: Target = { op: '<=', threshold: 1.05 };
const BARE_TARGET: Target = { op: '>=', threshold: 0.12 };
const NAIVE_TARGET: Target = { op: '>=', threshold: 50 };
/** Moved items stay clear of the relation-rich head of the backlog (anchors may be anywhere). */
const FIRST_POOL_ITEM = 1000;

interface MoveAnswer {
  data?: { moveBacklogItem?: { id: string; version: number } | null } | null;
  errors?: GraphQLError[];
}

async function moveOnce(label: string, url: string, body: string, headers: Record<string, string>): Promise<number> {
  const answer = await postJson<MoveAnswer>(url, body, headers);
  const moved = answer.data?.moveBacklogItem;
  if (!moved || answer.errors?.length) throw new Error(`${label} probe move: ${answer.errors ? describeErrors(answer.errors) : JSON.stringify(answer).slice(0, 300)}`);
  return moved.version;
}

const roundsOf = (result: Alternation<MoveRun>) =>
  result.rounds.map((r) => ({ value: round(r.a.rate, 1), reference: round(r.b.rate, 1), ratio: round(r.ratio, 4) }));
const sumOf = (result: Alternation<MoveRun>, side: 'a' | 'b', key: 'conflicts' | 'errors'): number => result.rounds.reduce((n, r) => n + r[side][key], 0);

/**
 * moveBacklogItem in a 100,000-item backlog (20,000 in --quick), three lines:
 *  move-100k-rows   rows of backlog_item written per move over 1,000 random moves of distinct
 *                   items (before/after snapshot of every item's rank and version), and the
 *                   order_change rows added (exactly one per move);
 *  move-100k        API moves/s ÷ a bare node:http server doing the same transaction by hand;
 *  move-100k-naive  API moves/s ÷ the same bare transaction with renumbered integer positions.
 * Three private copies of the seeded file: the API's, the bare server's, the naive server's.
 */
export async function move100kScenario(ctx: BenchContext): Promise<ScenarioResult[]> {
  const { sizes } = ctx;
  const apiDb = await ctx.copy('move-api');
  const bareDb = await ctx.copy('move-bare');
  const naiveDb = await ctx.copy('move-naive');
  const productId = apiDb.productId;
  const naiveItems = createNaiveTable(naiveDb.path, productId);
  if (naiveItems !== apiDb.items) throw new Error(`naive_item got ${naiveItems} rows for ${apiDb.items} items`);

  const random = seededRandom(100_001);
  const perfSize = sizes.updateWorkers * sizes.itemsPerWorker;
  const picked = sampleIndices(random, FIRST_POOL_ITEM, apiDb.items, sizes.auditMoves + perfSize + 1).map((i) => apiDb.ids[i]);
  const probeItem = picked[0];
  const auditPool = picked.slice(1, 1 + sizes.auditMoves);
  const perfPool = picked.slice(1 + sizes.auditMoves);
  let probeAnchor = apiDb.ids[Math.floor(random() * apiDb.items)];
  if (probeAnchor === probeItem) probeAnchor = apiDb.ids[0];

  let api: Service | undefined;
  let bare: Service | undefined;
  let naive: Service | undefined;
  const loads: MoveLoad[] = [];
  try {
    api = await startApiOn(apiDb.path);
    bare = await startBareServer(bareDb.path);
    naive = await startBareServer(naiveDb.path);
    const headers = authHeaders(apiDb.user);
    const apiUrl = `${api.url}/graphql`;
    const bareUrl = `${bare.url}/graphql`;
    const naiveUrl = `${naive.url}/naive`;

    // Both references refuse what the API refuses (a refused move changes nothing) …
    const probe = moveBody({ itemId: probeItem, afterItemId: probeAnchor, expectedVersion: 1 });
    await expectRefusals('API', apiUrl, probe, apiDb.user, apiDb.outsider);
    await expectRefusals('bare server', bareUrl, probe, bareDb.user, bareDb.outsider);
    await expectRefusals('naive server', naiveUrl, probe, naiveDb.user, naiveDb.outsider);
    // … and make the same move: the API and the bare server store the very same key, just after the anchor.
    for (const [label, url] of [['API', apiUrl], ['bare server', bareUrl], ['naive server', naiveUrl]] as const) {
      const version = await moveOnce(label, url, probe, headers);
      if (version !== 2) throw new Error(`${label} probe move answered version ${version}, expected 2`);
    }
    const apiKey = rankOf(apiDb.path, probeItem);
    const bareKey = rankOf(bareDb.path, probeItem);
    const anchorKey = rankOf(apiDb.path, probeAnchor)!;
    if (!apiKey || apiKey !== bareKey) throw new Error(`probe move: the API stored key ${apiKey}, the bare server ${bareKey}`);
    if (!(apiKey > anchorKey) || nextRank(apiDb.path, productId, anchorKey, probeAnchor) !== apiKey) {
      throw new Error(`probe move: key ${apiKey} is not right after the anchor's ${anchorKey}`);
    }
    if (naivePosition(naiveDb.path, probeItem) !== naivePosition(naiveDb.path, probeAnchor)! + 1) throw new Error('probe move: the naive server did not place the item right after the anchor');

    // (a) rows written per move: every item's rank and version before and after 1,000 random moves.
    const changesBefore = countOrderChanges(apiDb.path, productId);
    const before = snapshotItems(apiDb.path, productId);
    const auditLoad = new MoveLoad('API (rows)', apiUrl, auditPool, apiDb.ids, sizes.updateWorkers, headers, seededRandom(200_002));
    loads.push(auditLoad);
    const auditRun = await auditLoad.runEachOnce();
    const diff = diffItems(before, snapshotItems(apiDb.path, productId));
    const orderChangeRows = countOrderChanges(apiDb.path, productId) - changesBefore;
    const moves = auditRun.ok;
    ctx.log(
      `move-100k: ${moves} moves (${auditRun.conflicts} conflicts, ${auditRun.errors} errors): ${diff.changed} item rows changed (${diff.respread} re-spread), ${orderChangeRows} order_change rows, longest key ${diff.maxKeyLength}`,
    );

    // (b) and (c): moves/s side by side, each worker moving its own items to random anchors.
    const apiLoad = new MoveLoad('API', apiUrl, perfPool, apiDb.ids, sizes.updateWorkers, headers, seededRandom(300_003));
    const bareLoad = new MoveLoad('bare', bareUrl, perfPool, bareDb.ids, sizes.updateWorkers, headers, seededRandom(300_003));
    const naiveLoad = new MoveLoad('naive', naiveUrl, perfPool, naiveDb.ids, sizes.updateWorkers, headers, seededRandom(300_003));
    loads.push(apiLoad, bareLoad, naiveLoad);
    const timing = { rounds: sizes.rounds, seconds: sizes.roundSeconds, warmupSeconds: sizes.warmupSeconds };
    ctx.log(`move-100k: ${sizes.updateWorkers} movers × ${sizes.itemsPerWorker} own items, ${sizes.rounds} rounds of ${sizes.roundSeconds} s per side`);
    const vsBare = await alternate<MoveRun>(
      { name: 'API', run: (s) => apiLoad.run(s) },
      { name: 'bare', run: (s) => bareLoad.run(s) },
      (r) => r.rate,
      { ...timing, log: (m) => ctx.log(`move-100k vs bare ${m}`) },
    );
    const vsNaive = await alternate<MoveRun>(
      { name: 'API', run: (s) => apiLoad.run(s) },
      { name: 'naive', run: (s) => naiveLoad.run(s) },
      (r) => r.rate,
      { ...timing, log: (m) => ctx.log(`move-100k vs naive ${m}`) },
    );

    // Every write closed and checkpointed before the audits read the files.
    await api.stop();
    await bare.stop();
    await naive.stop();
    const apiAudit = auditVersions(apiDb.path, [auditLoad, apiLoad]);
    const bareAudit = auditVersions(bareDb.path, [bareLoad]);
    const naiveAudit = auditVersions(naiveDb.path, [naiveLoad], 'naive_item');
    const apiChanges = countOrderChanges(apiDb.path, productId);
    const expectedApiChanges = changesBefore + auditLoad.acknowledged() + apiLoad.acknowledged();
    const referenceTrouble =
      bareAudit.lost + bareAudit.unacknowledged + naiveAudit.lost + naiveAudit.unacknowledged +
      sumOf(vsBare, 'b', 'errors') + sumOf(vsBare, 'b', 'conflicts') + sumOf(vsNaive, 'b', 'errors') + sumOf(vsNaive, 'b', 'conflicts');
    if (referenceTrouble > 0 || countOrderChanges(bareDb.path, productId) !== 1 + bareLoad.acknowledged() || !naivePositionsIntact(naiveDb.path, productId)) {
      throw new Error(
        `a reference server misbehaved (harness bug): ${JSON.stringify({ bareAudit, naiveAudit, samples: [...bareLoad.errorSamples, ...naiveLoad.errorSamples] })}`,
      );
    }
    const lost = apiAudit.lost + apiAudit.unacknowledged;
    const conflicts = auditRun.conflicts + sumOf(vsBare, 'a', 'conflicts') + sumOf(vsNaive, 'a', 'conflicts');
    const errors = auditRun.errors + sumOf(vsBare, 'a', 'errors') + sumOf(vsNaive, 'a', 'errors');
    const consistent = lost === 0 && conflicts === 0 && errors === 0 && apiChanges === expectedApiChanges;
    const health = [`lost=${lost}`];
    if (conflicts) health.push(`conflicts=${conflicts}`);
    if (errors) health.push(`errors=${errors}`);
    if (apiChanges !== expectedApiChanges) health.push(`orderChangeMismatch=${apiChanges - expectedApiChanges}`);
    const common = { items: apiDb.items, movers: sizes.updateWorkers, movedItems: perfSize, errorSamples: [...auditLoad.errorSamples, ...apiLoad.errorSamples] };

    const rowsRatio = moves ? round(diff.changed / moves, 4) : Number.NaN;
    const orderChangeExact = moves === sizes.auditMoves && orderChangeRows === moves;
    const bareRatio = round(vsBare.ratio, 4);
    const naiveRatio = round(vsNaive.ratio, 4);
    return [
      {
        scenario: 'move-100k-rows',
        metric: `backlog_item rows changed (rank or version, before/after snapshot) by ${sizes.auditMoves} moveBacklogItem of distinct random items to random anchors in ${apiDb.items} items; reference: moves acknowledged; plus order_change rows added`,
        value: diff.changed,
        reference: moves,
        ratio: rowsRatio,
        target: ROWS_TARGET,
        pass: meets(ROWS_TARGET, rowsRatio) && orderChangeExact && auditRun.errors === 0 && auditRun.conflicts === 0,
        decimals: 0,
        extra: [`orderChangeRows=${orderChangeRows}`, `orderChangeRowsPerMove=${moves ? (orderChangeRows / moves).toFixed(4) : 'n/a'}`, `respreadRows=${diff.respread}`, `maxKeyLength=${diff.maxKeyLength}`],
        details: { ...common, moves, itemRowsChanged: diff.changed, respreadRows: diff.respread, orderChangeRows, maxKeyLength: diff.maxKeyLength, conflicts: auditRun.conflicts, errors: auditRun.errors },
      },
      {
        scenario: 'move-100k',
        metric: `successful moveBacklogItem(expectedVersion)/s as the product owner, ${sizes.updateWorkers} concurrent movers, ${apiDb.items} items; reference: bare node:http token check + membership + item/anchor/neighbour reads + rankBetween + guarded UPDATE + order_change INSERT in one better-sqlite3 transaction`,
        value: round(vsBare.value, 1),
        reference: round(vsBare.reference, 1),
        ratio: bareRatio,
        target: BARE_TARGET,
        pass: meets(BARE_TARGET, bareRatio) && consistent,
        extra: health,
        details: { ...common, valueMedian: round(vsBare.valueMedian, 1), referenceMedian: round(vsBare.referenceMedian, 1), lost, conflicts, errors, rounds: roundsOf(vsBare) },
      },
      {
        scenario: 'move-100k-naive',
        metric: `successful moveBacklogItem/s, ${sizes.updateWorkers} concurrent movers, ${apiDb.items} items; reference: the bare transaction renumbering integer positions (UPDATE … SET position = position ± 1 over the items in between, naive_item(id, product_id, position, version) indexed on (product_id, position))`,
        value: round(vsNaive.value, 1),
        reference: round(vsNaive.reference, 1),
        ratio: naiveRatio,
        target: NAIVE_TARGET,
        pass: meets(NAIVE_TARGET, naiveRatio) && consistent,
        extra: health,
        details: { ...common, valueMedian: round(vsNaive.valueMedian, 1), referenceMedian: round(vsNaive.referenceMedian, 1), rounds: roundsOf(vsNaive) },
      },
    ];
  } finally {
    for (const load of loads) load.close();
    await naive?.stop();
    await bare?.stop();
    await api?.stop();
  }
}
