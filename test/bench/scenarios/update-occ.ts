import Database from 'better-sqlite3';
import { alternate } from '../lib/alternate';
import { authHeaders, expectRefusals } from '../lib/auth';
import { startApiOn, startBareServer, type Service } from '../lib/child';
import type { BenchContext } from '../lib/context';
import { round } from '../lib/stats';
import { UPDATE_MUTATION, UpdateLoad, type UpdateRun } from '../lib/update-load';
import { meets, type ScenarioResult, type Target } from '../lib/types';

const TARGET: Target = { op: '>=', threshold: 0.12 };
/** Writers stay clear of the relation-rich head of the backlog. */
const FIRST_POOL_ITEM = 1000;

interface Audit {
  /** Acknowledged updates whose version bump is not stored (stored < 1 + acknowledged). */
  lost: number;
  /** Stored bumps nobody was told about (stored > 1 + acknowledged). */
  unacknowledged: number;
  /** Items whose 'title' history rows differ from their acknowledged updates. */
  historyMismatches: number;
  itemsChecked: number;
}

/** After the run: each item's stored version must be 1 + the updates acknowledged for it. */
function audit(path: string, load: UpdateLoad): Audit {
  const db = new Database(path, { readonly: true });
  try {
    const version = db.prepare<[string], { version: number }>('SELECT version FROM backlog_item WHERE id = ?');
    const titles = db.prepare<[string], { n: number }>(
      `SELECT COUNT(*) AS n FROM change_log WHERE entity_id = ? AND entity_type = 'BACKLOG_ITEM' AND field = 'title'`,
    );
    const result: Audit = { lost: 0, unacknowledged: 0, historyMismatches: 0, itemsChecked: 0 };
    for (const [id, state] of load.state) {
      const stored = version.get(id)?.version ?? 0;
      const expected = 1 + state.acknowledged;
      if (stored < expected) result.lost += expected - stored;
      if (stored > expected) result.unacknowledged += stored - expected;
      if ((titles.get(id)?.n ?? 0) !== state.acknowledged) result.historyMismatches++;
      result.itemsChecked++;
    }
    return result;
  } finally {
    db.close();
  }
}

/**
 * updateBacklogItem with expectedVersion through the API against the same guarded update +
 * history row on a bare server, each on its own copy of the database, alternating.
 */
export async function updateOccScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { sizes } = ctx;
  const apiDb = await ctx.copy('occ-api');
  const bareDb = await ctx.copy('occ-bare');
  const poolSize = sizes.updateWorkers * sizes.itemsPerWorker;
  if (apiDb.items < FIRST_POOL_ITEM + poolSize) throw new Error(`update-occ needs at least ${FIRST_POOL_ITEM + poolSize} items`);
  const pool = apiDb.ids.slice(FIRST_POOL_ITEM, FIRST_POOL_ITEM + poolSize);

  let api: Service | undefined;
  let bare: Service | undefined;
  let apiLoad: UpdateLoad | undefined;
  let bareLoad: UpdateLoad | undefined;
  try {
    api = await startApiOn(apiDb.path);
    bare = await startBareServer(bareDb.path);
    // Both copies hold the bench user's session and PRODUCT_OWNER membership: one token for both.
    const headers = authHeaders(apiDb.user);
    // A refused update changes nothing (the version check comes after the token and role checks).
    const probe = JSON.stringify({ query: UPDATE_MUTATION, variables: { input: { id: pool[0], expectedVersion: 1, title: 'Refused update' } } });
    await expectRefusals('API', `${api.url}/graphql`, probe, apiDb.user, apiDb.outsider);
    await expectRefusals('bare server', `${bare.url}/graphql`, probe, bareDb.user, bareDb.outsider);
    apiLoad = new UpdateLoad('API', `${api.url}/graphql`, pool, sizes.updateWorkers, headers);
    bareLoad = new UpdateLoad('bare', `${bare.url}/graphql`, pool, sizes.updateWorkers, headers);
    ctx.log(`update-occ: ${sizes.updateWorkers} writers × ${sizes.itemsPerWorker} own items, ${sizes.rounds} rounds of ${sizes.roundSeconds} s per side`);
    const a = apiLoad;
    const b = bareLoad;
    const result = await alternate<UpdateRun>(
      { name: 'API', run: (s) => a.run(s) },
      { name: 'bare', run: (s) => b.run(s) },
      (r) => r.rate,
      { rounds: sizes.rounds, seconds: sizes.roundSeconds, warmupSeconds: sizes.warmupSeconds, log: (m) => ctx.log(`update-occ ${m}`) },
    );
    // Stop both so every write is closed and checkpointed before the audit reads the files.
    await api.stop();
    await bare.stop();
    const apiAudit = audit(apiDb.path, apiLoad);
    const bareAudit = audit(bareDb.path, bareLoad);
    const sum = (load: 'a' | 'b', key: 'conflicts' | 'errors'): number => result.rounds.reduce((n, r) => n + r[load][key], 0);
    const conflicts = sum('a', 'conflicts');
    const errors = sum('a', 'errors');
    if (sum('b', 'errors') + sum('b', 'conflicts') > 0 || bareAudit.lost + bareAudit.unacknowledged > 0) {
      throw new Error(`the reference server misbehaved (harness bug): ${JSON.stringify({ bareAudit, samples: bareLoad.errorSamples })}`);
    }
    const lost = apiAudit.lost + apiAudit.unacknowledged;
    const consistent = lost === 0 && apiAudit.historyMismatches === 0 && conflicts === 0 && errors === 0;
    const extra = [`lost=${lost}`];
    if (conflicts) extra.push(`conflicts=${conflicts}`);
    if (errors) extra.push(`errors=${errors}`);
    if (apiAudit.historyMismatches) extra.push(`historyMismatches=${apiAudit.historyMismatches}`);
    return {
      scenario: 'update-occ',
      metric: `successful updateBacklogItem(expectedVersion)/s as the product owner (Authorization: Bearer), ${sizes.updateWorkers} concurrent writers; reference: bare node:http token check + membership SELECT + guarded UPDATE + change_log INSERT in one better-sqlite3 transaction`,
      value: round(result.value, 1),
      reference: round(result.reference, 1),
      ratio: round(result.ratio, 4),
      target: TARGET,
      pass: meets(TARGET, round(result.ratio, 4)) && consistent,
      extra,
      details: {
        writers: sizes.updateWorkers,
        items: poolSize,
        valueMedian: round(result.valueMedian, 1),
        referenceMedian: round(result.referenceMedian, 1),
        lost,
        lostAcknowledged: apiAudit.lost,
        unacknowledgedBumps: apiAudit.unacknowledged,
        historyMismatches: apiAudit.historyMismatches,
        unexpectedConflicts: conflicts,
        errors,
        errorSamples: apiLoad.errorSamples,
        acknowledgedUpdates: [...apiLoad.state.values()].reduce((n, s) => n + s.acknowledged, 0),
        rounds: result.rounds.map((r) => ({ value: round(r.a.rate, 1), reference: round(r.b.rate, 1), ratio: round(r.ratio, 4) })),
      },
    };
  } finally {
    apiLoad?.close();
    bareLoad?.close();
    await bare?.stop();
    await api?.stop();
  }
}
