import { Agent, request } from 'node:http';
import { describeErrors, type GraphQLError } from './queries';

export const UPDATE_MUTATION = `mutation($input: UpdateBacklogItemInput!) { updateBacklogItem(input: $input) { id version } }`;

interface UpdateAnswer {
  data?: { updateBacklogItem?: { id: string; version: number } | null } | null;
  errors?: GraphQLError[];
}

export interface ItemState {
  /** The version this client believes is stored (what it sends as expectedVersion). */
  version: number;
  /** Updates the server acknowledged for this item. */
  acknowledged: number;
}

export interface UpdateRun {
  rate: number;
  ok: number;
  conflicts: number;
  errors: number;
  seconds: number;
}

/**
 * Optimistic-concurrency writers: `workers` concurrent loops over keep-alive HTTP; each worker
 * owns its own items (round-robin) and sends the version it last saw, so a CONFLICT can only
 * mean the server lost track of a version. State carries over between runs.
 */
export class UpdateLoad {
  readonly state = new Map<string, ItemState>();
  readonly errorSamples: string[] = [];
  private readonly agent: Agent;
  private readonly owned: string[][];
  private readonly next: number[];
  private sequence = 0;

  constructor(
    readonly label: string,
    private readonly url: string,
    itemIds: readonly string[],
    workers: number,
    /** Request headers besides content-length (content-type and the bearer token). */
    private readonly headers: Record<string, string>,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: workers });
    this.owned = Array.from({ length: workers }, (_, w) => itemIds.filter((_, i) => i % workers === w));
    this.next = this.owned.map(() => 0);
    for (const id of itemIds) this.state.set(id, { version: 1, acknowledged: 0 });
  }

  async run(seconds: number): Promise<UpdateRun> {
    const totals = { ok: 0, conflicts: 0, errors: 0 };
    const started = performance.now();
    const deadline = started + seconds * 1000;
    await Promise.all(this.owned.map((_, w) => this.worker(w, deadline, totals)));
    const elapsed = (performance.now() - started) / 1000;
    return { ...totals, rate: totals.ok / elapsed, seconds: elapsed };
  }

  close(): void {
    this.agent.destroy();
  }

  private async worker(w: number, deadline: number, totals: { ok: number; conflicts: number; errors: number }): Promise<void> {
    const items = this.owned[w];
    if (items.length === 0) return;
    while (performance.now() < deadline) {
      if (totals.errors > 100) throw new Error(`${this.label}: more than 100 failed updates: ${this.errorSamples.join(' | ')}`);
      const id = items[this.next[w]++ % items.length];
      const item = this.state.get(id)!;
      // A fresh title each time: an update that changes nothing does not bump the version.
      const title = `Bench update ${w}-${++this.sequence}`;
      const body = JSON.stringify({ query: UPDATE_MUTATION, variables: { input: { id, expectedVersion: item.version, title } } });
      let answer: UpdateAnswer;
      try {
        answer = JSON.parse(await this.post(body)) as UpdateAnswer;
      } catch (error) {
        totals.errors++;
        this.sample(`transport: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      const updated = answer.data?.updateBacklogItem;
      if (updated && !answer.errors?.length) {
        totals.ok++;
        item.acknowledged++;
        if (updated.version !== item.version + 1) this.sample(`version jumped ${item.version} -> ${updated.version} on ${id}`);
        item.version = updated.version;
      } else if (answer.errors?.[0]?.extensions?.code === 'CONFLICT') {
        totals.conflicts++;
        this.sample(`CONFLICT on ${id} at expectedVersion ${item.version}`);
      } else {
        totals.errors++;
        this.sample(answer.errors ? describeErrors(answer.errors).slice(0, 300) : JSON.stringify(answer).slice(0, 300));
      }
    }
  }

  private sample(message: string): void {
    if (this.errorSamples.length < 5) this.errorSamples.push(message);
  }

  private post(body: string): Promise<string> {
    return keepAlivePost(this.url, this.agent, this.headers, body);
  }
}

/** One POST over a keep-alive agent; resolves with the body whatever the status (GraphQL errors decide). */
export function keepAlivePost(url: string, agent: Agent, headers: Record<string, string>, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        // GraphQL errors (CONFLICT included) may come with any status: the body decides.
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout after 30 s')));
    req.on('error', reject);
    req.end(body);
  });
}
