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

  /** Moves every item of the pool exactly once (each worker its own items, concurrently). */
  runEachOnce(): Promise<MoveRun> {
    const left = this.owned.map((items) => items.length);
    return this.drive((w) => left[w]-- > 0);
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
    const totals = { ok: 0, conflicts: 0, errors: 0 };
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

  private async worker(w: number, more: (worker: number) => boolean, totals: { ok: number; conflicts: number; errors: number }): Promise<void> {
    const items = this.owned[w];
    if (items.length === 0) return;
    while (more(w)) {
      if (totals.errors > 100) throw new Error(`${this.label}: more than 100 failed moves: ${this.errorSamples.join(' | ')}`);
      const id = items[this.next[w]++ % items.length];
      const item = this.state.get(id)!;
      const anchor = this.anchorFor(id);
      const input: MoveInput =
        this.random() < 0.5
          ? { itemId: id, afterItemId: anchor, expectedVersion: item.version }
          : { itemId: id, beforeItemId: anchor, expectedVersion: item.version };
      let answer: MoveAnswer;
      try {
        answer = JSON.parse(await keepAlivePost(this.url, this.agent, this.headers, moveBody(input))) as MoveAnswer;
      } catch (error) {
        totals.errors++;
        this.sample(`transport: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      const moved = answer.data?.moveBacklogItem;
      if (moved && !answer.errors?.length) {
        totals.ok++;
        item.acknowledged++;
        if (moved.version !== item.version + 1) this.sample(`version jumped ${item.version} -> ${moved.version} on ${id}`);
        item.version = moved.version;
      } else if (answer.errors?.[0]?.extensions?.code === 'CONFLICT') {
        totals.conflicts++;
        this.sample(`CONFLICT on ${id} at expectedVersion ${item.version}`);
        const current = answer.errors[0].extensions.currentVersion;
        if (typeof current === 'number') item.version = current;
      } else {
        totals.errors++;
        this.sample(answer.errors ? describeErrors(answer.errors).slice(0, 300) : JSON.stringify(answer).slice(0, 300));
      }
    }
  }

  private sample(message: string): void {
    if (this.errorSamples.length < 5) this.errorSamples.push(message);
  }
}
