import { Agent } from 'node:http';
import { describeErrors, type GraphQLError } from './queries';
import { keepAlivePost, type ItemState } from './update-load';

export const MOVE_MUTATION = `mutation BenchMove($input: MoveBacklogItemInput!) { moveBacklogItem(input: $input) { id version } }`;

export interface MoveInput {
  itemId: string;
  afterItemId?: string;
  beforeItemId?: string;
  expectedVersion: number;
}

export function moveBody(input: MoveInput): string {
  return JSON.stringify({ query: MOVE_MUTATION, variables: { input } });
}

interface MoveAnswer {
  data?: { moveBacklogItem?: { id: string; version: number } | null } | null;
  errors?: (GraphQLError & { extensions?: { code?: string; currentVersion?: number } })[];
}

interface MoveTotals {
  ok: number;
  conflicts: number;
  errors: number;
}

/** One move of a load: the item goes just after (or just before) the anchor. */
export interface PlannedMove {
  itemId: string;
  anchorId: string;
  after: boolean;
}

/**
 * Sends one move with the version the client last saw and books the answer: a success bumps the
 * item's version, a CONFLICT takes the version the server reports, anything else is an error.
 */
async function sendMove(url: string, agent: Agent, headers: Record<string, string>, move: PlannedMove, item: ItemState, totals: MoveTotals, samples: string[]): Promise<void> {
  const sample = (message: string): void => {
    if (samples.length < 5) samples.push(message);
  };
  const input: MoveInput = move.after
    ? { itemId: move.itemId, afterItemId: move.anchorId, expectedVersion: item.version }
    : { itemId: move.itemId, beforeItemId: move.anchorId, expectedVersion: item.version };
  let answer: MoveAnswer;
  try {
    answer = JSON.parse(await keepAlivePost(url, agent, headers, moveBody(input))) as MoveAnswer;
  } catch (error) {
    totals.errors++;
    sample(`transport: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const moved = answer.data?.moveBacklogItem;
  if (moved && !answer.errors?.length) {
    totals.ok++;
    item.acknowledged++;
    if (moved.version !== item.version + 1) sample(`version jumped ${item.version} -> ${moved.version} on ${move.itemId}`);
    item.version = moved.version;
  } else if (answer.errors?.[0]?.extensions?.code === 'CONFLICT') {
    totals.conflicts++;
    sample(`CONFLICT on ${move.itemId} at expectedVersion ${item.version}`);
    const current = answer.errors[0].extensions.currentVersion;
    if (typeof current === 'number') item.version = current;
  } else {
    totals.errors++;
    sample(answer.errors ? describeErrors(answer.errors).slice(0, 300) : JSON.stringify(answer).slice(0, 300));
  }
}

/** Each of `items` once, to a random anchor of `anchors` (never itself), just after or just before it. */
export function planMoves(items: readonly string[], anchors: readonly string[], random: () => number): PlannedMove[] {
  return items.map((itemId) => {
    let anchorId = itemId;
    while (anchorId === itemId) anchorId = anchors[Math.floor(random() * anchors.length)];
    return { itemId, anchorId, after: random() < 0.5 };
  });
}

/**
 * A fixed list of moves replayed against one server: `workers` concurrent clients take the
 * next move of the list until it is done (the items of one list are distinct, so no two
 * clients move one item at once). Replaying the same list against two servers makes both do
 * the same moves in the same order (up to the interleaving of concurrent requests).
 */
export class MoveReplay {
  readonly state = new Map<string, ItemState>();
  readonly errorSamples: string[] = [];

  constructor(
    readonly label: string,
    private readonly url: string,
    private readonly workers: number,
    /** Request headers besides content-length (content-type and the bearer token). */
    private readonly headers: Record<string, string>,
  ) {}

  async run(moves: readonly PlannedMove[]): Promise<MoveRun> {
    if (new Set(moves.map((m) => m.itemId)).size !== moves.length) throw new Error(`${this.label}: a replayed list moves an item twice`);
    // A fresh agent per run, for the reason MoveLoad.drive gives.
    const agent = new Agent({ keepAlive: true, maxSockets: this.workers });
    const totals: MoveTotals = { ok: 0, conflicts: 0, errors: 0 };
    let next = 0;
    const started = performance.now();
    try {
      await Promise.all(
        Array.from({ length: this.workers }, async () => {
          while (next < moves.length) {
            if (totals.errors > 100) throw new Error(`${this.label}: more than 100 failed moves: ${this.errorSamples.join(' | ')}`);
            const move = moves[next++];
            let item = this.state.get(move.itemId);
            if (!item) this.state.set(move.itemId, (item = { version: 1, acknowledged: 0 }));
            await sendMove(this.url, agent, this.headers, move, item, totals, this.errorSamples);
          }
        }),
      );
    } finally {
      agent.destroy();
    }
    const seconds = (performance.now() - started) / 1000;
    const rate = totals.ok / seconds;
    return { ...totals, rate, msPerMove: totals.ok ? (seconds * 1000) / totals.ok : Number.POSITIVE_INFINITY, seconds };
  }

  acknowledged(): number {
    return [...this.state.values()].reduce((n, s) => n + s.acknowledged, 0);
  }
}

export interface MoveRun {
  /** Acknowledged moves per second. */
  rate: number;
  /** Milliseconds of wall time per acknowledged move (1000 / rate). */
  msPerMove: number;
  ok: number;
  conflicts: number;
  errors: number;
  seconds: number;
}

/**
 * Concurrent movers: `workers` loops over keep-alive HTTP; each worker owns its items
 * (round-robin split of `pool`) and places them, one at a time, just after or just before a
 * random anchor of `anchors` (the whole backlog), sending the version it last saw. Anchors
 * are only read by a move, so a CONFLICT can only mean a server lost track of a version.
 * State carries over between runs; the random sequence is seeded.
 */
export class MoveLoad {
  readonly state = new Map<string, ItemState>();
  readonly errorSamples: string[] = [];
  private readonly maxSockets: number;
  private agent: Agent;
  private readonly owned: string[][];
  private readonly next: number[];

  constructor(
    readonly label: string,
    private readonly url: string,
    pool: readonly string[],
    private readonly anchors: readonly string[],
    workers: number,
    /** Request headers besides content-length (content-type and the bearer token). */
    private readonly headers: Record<string, string>,
    private readonly random: () => number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: workers });
    this.maxSockets = workers;
    this.owned = Array.from({ length: workers }, (_, w) => pool.filter((_, i) => i % workers === w));
    this.next = this.owned.map(() => 0);
    for (const id of pool) this.state.set(id, { version: 1, acknowledged: 0 });
  }

  /** Moves for `seconds`. */
  run(seconds: number): Promise<MoveRun> {
    const deadline = performance.now() + seconds * 1000;
    return this.drive(() => performance.now() < deadline);
  }

  acknowledged(): number {
    return [...this.state.values()].reduce((n, s) => n + s.acknowledged, 0);
  }

  close(): void {
    this.agent.destroy();
  }

  private async drive(more: (worker: number) => boolean): Promise<MoveRun> {
    // Fresh connections for every run: between alternating runs a side sits idle longer than
    // node:http's 5 s keep-alive timeout (the API's and the bare server's alike), and reusing a
    // socket the server is just closing fails with ECONNRESET.
    this.agent.destroy();
    this.agent = new Agent({ keepAlive: true, maxSockets: this.maxSockets });
    const totals: MoveTotals = { ok: 0, conflicts: 0, errors: 0 };
    const started = performance.now();
    await Promise.all(this.owned.map((_, w) => this.worker(w, more, totals)));
    const seconds = (performance.now() - started) / 1000;
    const rate = totals.ok / seconds;
    return { ...totals, rate, msPerMove: totals.ok ? (seconds * 1000) / totals.ok : Number.POSITIVE_INFINITY, seconds };
  }

  private anchorFor(id: string): string {
    for (;;) {
      const anchor = this.anchors[Math.floor(this.random() * this.anchors.length)];
      if (anchor !== id) return anchor;
    }
  }

  private async worker(w: number, more: (worker: number) => boolean, totals: MoveTotals): Promise<void> {
    const items = this.owned[w];
    if (items.length === 0) return;
    while (more(w)) {
      if (totals.errors > 100) throw new Error(`${this.label}: more than 100 failed moves: ${this.errorSamples.join(' | ')}`);
      const id = items[this.next[w]++ % items.length];
      const anchor = this.anchorFor(id);
      await sendMove(this.url, this.agent, this.headers, { itemId: id, anchorId: anchor, after: this.random() < 0.5 }, this.state.get(id)!, totals, this.errorSamples);
    }
  }

}
