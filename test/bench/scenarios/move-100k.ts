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
import { MoveLoad, MoveReplay, moveBody, planMoves, type MoveRun } from '../lib/move-load';
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
const sumOf = (result: Alternation<MoveRun>, side: 'a' | 'b', key: 'ok' | 'conflicts' | 'errors'): number => result.rounds.reduce((n, r) => n + r[side][key], 0);

/** `list` in `parts` consecutive slices of (nearly) equal length. */
function slices<T>(list: readonly T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, i) => list.slice(Math.round((i * list.length) / parts), Math.round(((i + 1) * list.length) / parts)));
}

/**
 * moveBacklogItem in a 100,000-item backlog (20,000 in --quick), three lines:
 *  move-100k        API moves/s ÷ a bare node:http server doing the same transaction by hand
 *                   (timed rounds, each side's movers moving their own items to random anchors);
 *  move-100k-rows   rows of backlog_item written per move over 1,000 random moves of distinct
 *                   items to random anchors (before/after snapshot of every item's rank and
 *                   version), and the order_change rows added (exactly one per move);
 *  move-100k-naive  API moves/s ÷ the naive design's moves/s over those very 1,000 moves: the list
 *                   is cut into `rounds` slices and each slice is replayed by the API and then by
 *                   the naive server (a bare transaction that renumbers `position INT` on rows
 *                   shaped like backlog_item: see createNaiveTable and bare-server.ts).
 * Three private copies of the seeded file: the API's, the bare server's, the naive server's.
 */
export async function move100kScenario(ctx: BenchContext): Promise<ScenarioResult[]> {
  const { sizes } = ctx;
  const apiDb = await ctx.copy('move-api');
  const bareDb = await ctx.copy('move-bare');
  const naiveDb = await ctx.copy('move-naive');
  const productId = apiDb.productId;
  const naiveStarted = Date.now();
  const naiveItems = createNaiveTable(naiveDb.path, productId);
  if (naiveItems !== apiDb.items) throw new Error(`naive_item got ${naiveItems} rows for ${apiDb.items} items`);
  ctx.log(`move-100k: naive_item (backlog_item's columns and indexes, position INT for rank) filled with ${naiveItems} rows in ${Date.now() - naiveStarted} ms`);

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

    // (b) moves/s side by side with the bare endpoint, each worker moving its own items to random anchors.
    const apiLoad = new MoveLoad('API', apiUrl, perfPool, apiDb.ids, sizes.updateWorkers, headers, seededRandom(300_003));
    const bareLoad = new MoveLoad('bare', bareUrl, perfPool, bareDb.ids, sizes.updateWorkers, headers, seededRandom(300_003));
    loads.push(apiLoad, bareLoad);
    const timing = { rounds: sizes.rounds, seconds: sizes.roundSeconds, warmupSeconds: sizes.warmupSeconds };
    ctx.log(`move-100k: ${sizes.updateWorkers} movers × ${sizes.itemsPerWorker} own items, ${sizes.rounds} rounds of ${sizes.roundSeconds} s per side`);
    const vsBare = await alternate<MoveRun>(
      { name: 'API', run: (s) => apiLoad.run(s) },
      { name: 'bare', run: (s) => bareLoad.run(s) },
      (r) => r.rate,
      { ...timing, log: (m) => ctx.log(`move-100k vs bare ${m}`) },
    );

    // (a) and (c): 1,000 random moves of distinct items, in `rounds` slices; each slice goes to
    // the API (whose rows are audited) and then, the very same moves, to the naive server.
    const planned = planMoves(auditPool, apiDb.ids, seededRandom(200_002));
    const parts = slices(planned, sizes.rounds);
    const apiReplay = new MoveReplay('API (audited moves)', apiUrl, sizes.updateWorkers, headers);
    const naiveReplay = new MoveReplay('naive', naiveUrl, sizes.updateWorkers, headers);
    const changesBefore = countOrderChanges(apiDb.path, productId);
    const before = snapshotItems(apiDb.path, productId);
    ctx.log(`move-100k: the same ${planned.length} moves for the API and the naive server, ${parts.length} rounds of ${parts[0].length}, ${sizes.updateWorkers} concurrent clients each`);
    let apiPart = 0;
    let naivePart = 0;
    const vsNaive = await alternate<MoveRun>(
      // Each run replays the next slice; the rounds are counted in moves, not seconds.
      { name: 'API', run: () => apiReplay.run(parts[apiPart++]) },
      { name: 'naive', run: () => naiveReplay.run(parts[naivePart++]) },
      (r) => r.rate,
      { rounds: parts.length, seconds: 0, warmupSeconds: 0, log: (m) => ctx.log(`move-100k vs naive ${m}`) },
    );
    const diff = diffItems(before, snapshotItems(apiDb.path, productId));
    const orderChangeRows = countOrderChanges(apiDb.path, productId) - changesBefore;
    const moves = sumOf(vsNaive, 'a', 'ok');
    const auditConflicts = sumOf(vsNaive, 'a', 'conflicts');
    const auditErrors = sumOf(vsNaive, 'a', 'errors');
    ctx.log(
      `move-100k: ${moves} moves (${auditConflicts} conflicts, ${auditErrors} errors): ${diff.changed} item rows changed (${diff.respread} re-spread), ${orderChangeRows} order_change rows, longest key ${diff.maxKeyLength}`,
    );

    // Every write closed and checkpointed before the audits read the files.
    await api.stop();
    await bare.stop();
    await naive.stop();
    const apiAudit = auditVersions(apiDb.path, [apiLoad, apiReplay]);
    const bareAudit = auditVersions(bareDb.path, [bareLoad]);
    const naiveAudit = auditVersions(naiveDb.path, [naiveReplay], 'naive_item');
    const apiChanges = countOrderChanges(apiDb.path, productId);
    // The probe, then the timed moves, then the audited ones.
    const expectedApiChanges = 1 + apiLoad.acknowledged() + apiReplay.acknowledged();
    const referenceTrouble =
      bareAudit.lost + bareAudit.unacknowledged + naiveAudit.lost + naiveAudit.unacknowledged +
      sumOf(vsBare, 'b', 'errors') + sumOf(vsBare, 'b', 'conflicts') + sumOf(vsNaive, 'b', 'errors') + sumOf(vsNaive, 'b', 'conflicts');
    if (
      referenceTrouble > 0 ||
      countOrderChanges(bareDb.path, productId) !== 1 + bareLoad.acknowledged() ||
      countOrderChanges(naiveDb.path, productId) !== 1 + naiveReplay.acknowledged() ||
      naiveReplay.acknowledged() !== planned.length ||
      !naivePositionsIntact(naiveDb.path, productId)
    ) {
      throw new Error(
        `a reference server misbehaved (harness bug): ${JSON.stringify({ bareAudit, naiveAudit, naiveMoves: naiveReplay.acknowledged(), samples: [...bareLoad.errorSamples, ...naiveReplay.errorSamples] })}`,
      );
    }
    const lost = apiAudit.lost + apiAudit.unacknowledged;
    const conflicts = auditConflicts + sumOf(vsBare, 'a', 'conflicts');
    const errors = auditErrors + sumOf(vsBare, 'a', 'errors');
    const consistent = lost === 0 && conflicts === 0 && errors === 0 && apiChanges === expectedApiChanges;
    const health = [`lost=${lost}`];
    if (conflicts) health.push(`conflicts=${conflicts}`);
    if (errors) health.push(`errors=${errors}`);
    if (apiChanges !== expectedApiChanges) health.push(`orderChangeMismatch=${apiChanges - expectedApiChanges}`);
    const common = { items: apiDb.items, movers: sizes.updateWorkers, movedItems: perfSize, errorSamples: [...apiReplay.errorSamples, ...apiLoad.errorSamples] };

    const rowsRatio = moves ? round(diff.changed / moves, 4) : Number.NaN;
    const orderChangeExact = moves === sizes.auditMoves && orderChangeRows === moves;
    const bareRatio = round(vsBare.ratio, 4);
    const naiveRatio = round(vsNaive.ratio, 4);
    return [
      {
        scenario: 'move-100k-rows',
        metric: `backlog_item rows changed (rank or version, before/after snapshot) by ${sizes.auditMoves} moveBacklogItem of distinct random items to random anchors in ${apiDb.items} items (the moves of move-100k-naive); reference: moves acknowledged; plus order_change rows added`,
        value: diff.changed,
        reference: moves,
        ratio: rowsRatio,
        target: ROWS_TARGET,
        pass: meets(ROWS_TARGET, rowsRatio) && orderChangeExact && auditErrors === 0 && auditConflicts === 0,
        decimals: 0,
        extra: [`orderChangeRows=${orderChangeRows}`, `orderChangeRowsPerMove=${moves ? (orderChangeRows / moves).toFixed(4) : 'n/a'}`, `respreadRows=${diff.respread}`, `maxKeyLength=${diff.maxKeyLength}`],
        details: { ...common, moves, itemRowsChanged: diff.changed, respreadRows: diff.respread, orderChangeRows, maxKeyLength: diff.maxKeyLength, conflicts: auditConflicts, errors: auditErrors },
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
        metric:
          `successful moveBacklogItem/s over ${planned.length} random moves of distinct items to random anchors in ${apiDb.items} items (${parts.length} rounds of ${parts[0].length}, API then naive, ${sizes.updateWorkers} concurrent clients); ` +
          'reference: the same moves on a bare node:http server storing integer positions on rows shaped like backlog_item (naive_item: the same columns, rows and indexes, position INT for the rank key, index (product_id, position)), ' +
          'each move one better-sqlite3 transaction: token + membership + item/anchor reads + UPDATE naive_item SET position = position ± 1 WHERE product_id = ? AND position BETWEEN … (every item between the old and the new place) + guarded UPDATE of the moved row (position, version, updated_at) + order_change INSERT',
        value: round(vsNaive.value, 1),
        reference: round(vsNaive.reference, 1),
        ratio: naiveRatio,
        target: NAIVE_TARGET,
        pass: meets(NAIVE_TARGET, naiveRatio) && consistent,
        extra: health,
        details: { ...common, moves: planned.length, valueMedian: round(vsNaive.valueMedian, 1), referenceMedian: round(vsNaive.referenceMedian, 1), rounds: roundsOf(vsNaive) },
      },
    ];
  } finally {
    for (const load of loads) load.close();
    await naive?.stop();
    await bare?.stop();
    await api?.stop();
  }
}
