/**
 * fanout-100: the subscribers (one WebSocket each, in the bench process) and the open-loop
 * trigger at a fixed event rate, with the latencies of every event.
 *
 * The subscriber speaks graphql-ws (`graphql-transport-ws`) by hand over a plain `ws` socket
 * instead of using the graphql-ws client library, so that the receiving side costs the same
 * for the API and for the bare reference (which answers the same handshake): one timestamp,
 * one JSON.parse per frame. The library client would add its own per-message work on the API
 * side only.
 */
import { randomUUID } from 'node:crypto';
import type { Agent } from 'node:http';
import WebSocket from 'ws';
import { keepAlivePost } from './update-load';

export const EVENTS_SUBSCRIPTION = `subscription($s: ID!) { refinementEvents(sessionId: $s) { sessionId type actor itemId roundId votesCast at } }`;
export const ASK_MUTATION = `mutation($input: AskQuestionInput!) { askRefinementQuestion(input: $input) { id } }`;
/** The event the trigger produces (askRefinementQuestion publishes QUESTION_ASKED). */
export const MEASURED_TYPE = 'QUESTION_ASKED';

interface RefinementEventPayload {
  type: string;
  at: string;
  actor: string;
  itemId: string | null;
}

interface Frame {
  id?: string;
  type: string;
  payload?: { data?: { refinementEvents?: RefinementEventPayload } | null; errors?: unknown } | unknown[];
}

export interface Received {
  /** performance.now() when the frame's message event ran, before parsing. */
  t: number;
  type: string;
  at: string;
  actor: string;
  itemId: string | null;
  /** Bytes of the frame on the wire (payload of the WebSocket message). */
  bytes: number;
}

/** One subscriber: a WebSocket with one graphql-ws subscription to the session's events. */
export class Subscriber {
  readonly received: Received[] = [];
  readonly errors: string[] = [];
  readonly subscriptionId = randomUUID();
  completed = false;
  private readonly socket: WebSocket;
  private readonly waiters: Array<{ match: (r: Received) => boolean; resolve: () => void }> = [];
  private readonly acked: Promise<void>;

  constructor(
    readonly label: string,
    wsUrl: string,
    authorization: string | null,
    variables: Record<string, unknown>,
    query = EVENTS_SUBSCRIPTION,
  ) {
    this.socket = new WebSocket(wsUrl, 'graphql-transport-ws', { perMessageDeflate: false });
    this.acked = new Promise<void>((resolve, reject) => {
      this.socket.once('error', reject);
      this.socket.once('close', (code, reason) => reject(new Error(`${label}: socket closed ${code} ${reason.toString()}`)));
      this.socket.once('open', () => this.send({ type: 'connection_init', payload: authorization ? { authorization } : {} }));
      this.socket.on('message', (data: Buffer) => {
        const t = performance.now();
        const frame = JSON.parse(data.toString('utf8')) as Frame;
        if (frame.type === 'next') {
          const payload = frame.payload as { data?: { refinementEvents?: RefinementEventPayload } | null; errors?: unknown };
          const e = payload.data?.refinementEvents;
          if (!e || payload.errors) {
            this.errors.push(`next without an event: ${data.toString('utf8').slice(0, 300)}`);
            return;
          }
          const r: Received = { t, type: e.type, at: e.at, actor: e.actor, itemId: e.itemId, bytes: data.length };
          this.received.push(r);
          if (this.waiters.length) this.wake(r);
        } else if (frame.type === 'connection_ack') {
          this.send({ id: this.subscriptionId, type: 'subscribe', payload: { query, variables } });
          resolve();
        } else if (frame.type === 'ping') {
          this.send({ type: 'pong' });
        } else if (frame.type === 'error') {
          this.errors.push(`error: ${JSON.stringify(frame.payload).slice(0, 300)}`);
          this.completed = true;
        } else if (frame.type === 'complete') {
          this.completed = true;
        }
      });
    });
    this.acked.catch(() => undefined);
  }

  /** Resolves once the server acknowledged the connection (the token was accepted). */
  connected(): Promise<void> {
    return this.acked;
  }

  /** Resolves once a received event matches (already received or still to come). */
  waitFor(match: (r: Received) => boolean, timeoutMs: number): Promise<void> {
    if (this.received.some(match)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const index = this.waiters.findIndex((w) => w.resolve === done);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(new Error(`${this.label}: no matching event within ${timeoutMs} ms (errors: ${this.errors.join(' | ') || 'none'})`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push({ match, resolve: done });
    });
  }

  /** Resolves once the server ended the subscription with an error or complete (or the timeout). */
  async ended(timeoutMs: number): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (!this.completed && Date.now() < until) await sleep(20);
    return this.completed;
  }

  measured(): Received[] {
    return this.received.filter((r) => r.type === MEASURED_TYPE);
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.socket.terminate();
        resolve();
      }, 3_000);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.close(1000, 'bench done');
    });
  }

  private wake(r: Received): void {
    for (const w of [...this.waiters]) {
      if (w.match(r)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  private send(message: unknown): void {
    this.socket.send(JSON.stringify(message));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Date.now() − performance.now(), read right at a millisecond edge of Date.now(), so that a
 * monotonic timestamp maps to the wall clock the servers stamp `at` with to within a few µs.
 */
export function wallOffset(): number {
  const d0 = Date.now();
  let d = d0;
  while (d === d0) d = Date.now();
  return d - performance.now();
}

/** What sends one event: a POST over keep-alive HTTP whose answer names what it created. */
export interface Trigger {
  label: string;
  url: string;
  agent: Agent;
  headers: Record<string, string>;
  /** The body of the k-th event (the k-th item of `items`, cyclically). */
  body(k: number, itemId: string): string;
  /** True when the answer is the success the trigger expects. */
  ok(answer: string): boolean;
}

export interface EventSample {
  /** publish (the event's `at` + 0.5 ms) → arrival at the last subscriber. */
  fanoutMs: number;
  /** publish → arrival at the first subscriber. */
  firstMs: number;
  /** trigger request sent → arrival at the last subscriber. */
  e2eMs: number;
  /** trigger request sent → its response read. */
  mutationMs: number;
  /** trigger response read → arrival at the last subscriber (negative: every subscriber had it before the response came). */
  afterResponseMs: number;
  /** first → last subscriber. */
  spreadMs: number;
}

export interface FanoutRun {
  events: number;
  seconds: number;
  samples: EventSample[];
  /** Deliveries that did not arrive (event × subscriber) within the drain time. */
  missing: number;
  /** Events whose arrivals differ between subscribers, or do not match the k-th trigger. */
  mismatched: number;
  triggerErrors: number;
  subscriberErrors: number;
  errorSamples: string[];
  /** How far the wall/monotonic offset moved during the run (a clock step would show here). */
  clockDriftMs: number;
  /** The bytes of the first measured frame each subscriber got (all must be equal). */
  frameBytes: number;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

interface Sent {
  itemId: string;
  sent: number;
  answered: number;
}

/**
 * Sends `rate` events a second for `seconds`, open loop (each at its scheduled time, whether or
 * not the previous one has been answered, so a slow event cannot hide the next one's latency),
 * then waits up to `drainMs` for every subscriber to hold every event. Every subscriber gets
 * the session's events in publish order, so the k-th measured event of each subscriber is the
 * same event; that is checked (`at`, itemId) rather than assumed.
 */
export async function runFanout(trigger: Trigger, subscribers: readonly Subscriber[], items: readonly string[], seconds: number, rate: number, drainMs = 10_000): Promise<FanoutRun> {
  const count = Math.max(1, Math.round(seconds * rate));
  const interval = 1000 / rate;
  for (const s of subscribers) {
    s.received.length = 0;
    s.errors.length = 0;
  }
  const errorSamples: string[] = [];
  const sample = (m: string): void => {
    if (errorSamples.length < 5) errorSamples.push(m);
  };
  let triggerErrors = 0;
  const offsetBefore = wallOffset();
  const sends: Sent[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now() + 10;
  for (let k = 0; k < count; k++) {
    const wait = start + k * interval - performance.now();
    if (wait > 0) await sleep(wait);
    const itemId = items[k % items.length];
    const body = trigger.body(k, itemId);
    const entry: Sent = { itemId, sent: performance.now(), answered: Number.NaN };
    sends.push(entry);
    pending.push(
      keepAlivePost(trigger.url, trigger.agent, trigger.headers, body).then(
        (answer) => {
          entry.answered = performance.now();
          if (!trigger.ok(answer)) {
            triggerErrors++;
            sample(`${trigger.label} trigger: ${answer.slice(0, 300)}`);
          }
        },
        (error: unknown) => {
          triggerErrors++;
          sample(`${trigger.label} trigger: ${error instanceof Error ? error.message : String(error)}`);
        },
      ),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  const expected = count - triggerErrors;
  const drainUntil = performance.now() + drainMs;
  while (subscribers.some((s) => s.measured().length < expected) && performance.now() < drainUntil) await sleep(5);
  const offsetAfter = wallOffset();
  const offset = (offsetBefore + offsetAfter) / 2;

  const streams = subscribers.map((s) => s.measured());
  let missing = 0;
  let mismatched = 0;
  const samples: EventSample[] = [];
  for (let k = 0; k < count; k++) {
    const arrivals = streams.map((list) => list[k]);
    const got = arrivals.filter((r): r is Received => r !== undefined);
    missing += subscribers.length - got.length;
    if (got.length < subscribers.length) continue;
    const first = got[0];
    if (got.some((r) => r.at !== first.at || r.itemId !== first.itemId)) {
      mismatched++;
      sample(`event ${k}: subscribers disagree on the k-th event`);
      continue;
    }
    const sent = sends[k];
    // The server stamps `at` with whole milliseconds (toISOString truncates): the publish moment
    // lies in [at, at + 1 ms); its midpoint makes the estimate unbiased (error within ±0.5 ms).
    const published = Date.parse(first.at) + 0.5;
    const sentWall = sent.sent + offset;
    if (first.itemId !== sent.itemId || published < sentWall - 1 || !Number.isFinite(sent.answered)) {
      mismatched++;
      sample(`event ${k}: does not match the ${k}-th trigger (item ${first.itemId} vs ${sent.itemId}, published ${(published - sentWall).toFixed(1)} ms after sending)`);
      continue;
    }
    let last = -Infinity;
    let earliest = Infinity;
    for (const r of got) {
      if (r.t > last) last = r.t;
      if (r.t < earliest) earliest = r.t;
    }
    samples.push({
      fanoutMs: last + offset - published,
      firstMs: earliest + offset - published,
      e2eMs: last - sent.sent,
      mutationMs: sent.answered - sent.sent,
      afterResponseMs: last - sent.answered,
      spreadMs: last - earliest,
    });
  }
  const subscriberErrors = subscribers.reduce((n, s) => n + s.errors.length, 0);
  for (const s of subscribers) for (const e of s.errors) sample(`${s.label}: ${e}`);
  const sizes = new Set(streams.map((list) => list[0]?.bytes ?? -1));
  return {
    events: count,
    seconds: elapsed,
    samples,
    missing,
    mismatched,
    triggerErrors,
    subscriberErrors,
    errorSamples,
    clockDriftMs: offsetAfter - offsetBefore,
    frameBytes: sizes.size === 1 ? [...sizes][0] : -1,
  };
}
