import { alternate } from '../lib/alternate';
import { authHeaders } from '../lib/auth';
import { startApiOn, type Service } from '../lib/child';
import type { BenchContext } from '../lib/context';
import { auditVersions, countOrderChanges } from '../lib/move-audit';
import { MoveLoad, type MoveRun } from '../lib/move-load';
import { round, sampleIndices, seededRandom } from '../lib/stats';
import { addProduct } from '../lib/seed';
import { meets, type ScenarioResult, type Target } from '../lib/types';

const TARGET: Target = { op: '<=', threshold: 1.5 };
const FIRST_POOL_ITEM = 1000;

/**
 * Time per moveBacklogItem in the 100,000-item backlog (20,000 in --quick) against the same in
 * a 1,000-item backlog: two products of one database, one API process, the same movers (each
 * moving its own items to random anchors of its product), alternating. Time per move is wall
 * time over acknowledged moves with N concurrent movers (SQLite queues the API's writes, so
 * this is the server's cost per move); the ratio is 100k / 1k.
 */
export async function moveScalingScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { sizes } = ctx;
  const db = await ctx.copy('move-scaling');
  const small = addProduct(db.path, db.user, `Bench product (${sizes.smallItems} items)`, sizes.smallItems);
  const random = seededRandom(400_004);
  const perfSize = sizes.updateWorkers * sizes.itemsPerWorker;
  const bigPool = sampleIndices(random, FIRST_POOL_ITEM, db.items, perfSize).map((i) => db.ids[i]);
  const smallPool = sampleIndices(random, 0, small.ids.length, Math.min(perfSize, small.ids.length)).map((i) => small.ids[i]);

  let api: Service | undefined;
  let bigLoad: MoveLoad | undefined;
  let smallLoad: MoveLoad | undefined;
  try {
    api = await startApiOn(db.path);
    const url = `${api.url}/graphql`;
    const headers = authHeaders(db.user);
    const big = new MoveLoad(`API ${db.items}`, url, bigPool, db.ids, sizes.updateWorkers, headers, seededRandom(500_005));
    const little = new MoveLoad(`API ${sizes.smallItems}`, url, smallPool, small.ids, sizes.updateWorkers, headers, seededRandom(500_005));
    bigLoad = big;
    smallLoad = little;
    ctx.log(`move-scaling: ${db.items} vs ${sizes.smallItems} items, ${sizes.updateWorkers} movers, ${sizes.rounds} rounds of ${sizes.roundSeconds} s per side`);
    const result = await alternate<MoveRun>(
      { name: `${db.items} items`, run: (s) => big.run(s) },
      { name: `${sizes.smallItems} items`, run: (s) => little.run(s) },
      (r) => r.msPerMove,
      { rounds: sizes.rounds, seconds: sizes.roundSeconds, warmupSeconds: sizes.warmupSeconds, unit: ' ms/move', log: (m) => ctx.log(`move-scaling ${m}`) },
    );
    await api.stop();
    const audit = auditVersions(db.path, [big, little]);
    const changes = countOrderChanges(db.path, db.productId) + countOrderChanges(db.path, small.productId);
    const sum = (key: 'conflicts' | 'errors'): number => result.rounds.reduce((n, r) => n + r.a[key] + r.b[key], 0);
    const lost = audit.lost + audit.unacknowledged;
    const conflicts = sum('conflicts');
    const errors = sum('errors');
    const acknowledged = big.acknowledged() + little.acknowledged();
    const consistent = lost === 0 && conflicts === 0 && errors === 0 && changes === acknowledged;
    const extra = [`lost=${lost}`];
    if (conflicts) extra.push(`conflicts=${conflicts}`);
    if (errors) extra.push(`errors=${errors}`);
    if (changes !== acknowledged) extra.push(`orderChangeMismatch=${changes - acknowledged}`);
    const ratio = round(result.ratio, 4);
    return {
      scenario: 'move-scaling',
      metric: `ms per successful moveBacklogItem (wall time / moves, ${sizes.updateWorkers} concurrent movers) in a ${db.items}-item backlog; reference: the same in a ${sizes.smallItems}-item backlog, same API process`,
      value: round(result.value, 2),
      reference: round(result.reference, 2),
      ratio,
      target: TARGET,
      pass: meets(TARGET, ratio) && consistent,
      decimals: 2,
      extra,
      details: {
        items: db.items,
        smallItems: sizes.smallItems,
        movers: sizes.updateWorkers,
        valueMedian: round(result.valueMedian, 2),
        referenceMedian: round(result.referenceMedian, 2),
        lost,
        conflicts,
        errors,
        errorSamples: [...big.errorSamples, ...little.errorSamples],
        acknowledgedMoves: acknowledged,
        rounds: result.rounds.map((r) => ({ value: round(r.a.msPerMove, 2), reference: round(r.b.msPerMove, 2), ratio: round(r.ratio, 4), movesPerSecond: round(r.a.rate, 1), referenceMovesPerSecond: round(r.b.rate, 1) })),
      },
    };
  } finally {
    bigLoad?.close();
    smallLoad?.close();
    await api?.stop();
  }
}
