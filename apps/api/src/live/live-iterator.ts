import type { EventBus } from './event-bus';

/** What to do with one published payload for one subscriber: the value to send, or null to skip it. */
export type EventGate<T> = (payload: unknown) => Promise<T | null>;

const MAX_BUFFERED = 256;

/**
 * The async iterator a subscription resolver returns. Written by hand, not as an async
 * generator: a generator parked in `await` cannot run `return()` until the next event, so a
 * client that disconnects from a quiet topic would leak its listener. Here `return()` removes
 * the listeners at once and settles a pending `next()`.
 *
 * Every event passes `gate` before it is sent (the membership check on every event); a gate
 * that throws ends the subscription with that error.
 */
export class LiveIterator<T> implements AsyncIterableIterator<T> {
  private readonly buffer: unknown[] = [];
  private waiting: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | null = null;
  private readonly stops: Array<() => void> = [];
  private finished = false;
  /** Resolves when every topic's listener is live. */
  readonly ready: Promise<void>;

  constructor(
    bus: EventBus,
    topics: readonly string[],
    private readonly gate: EventGate<T>,
    private readonly onEnd: () => void = () => undefined,
  ) {
    const readies: Promise<void>[] = [];
    for (const topic of topics) {
      const { ready, stop } = bus.listen(topic, (payload) => this.push(payload));
      readies.push(ready);
      this.stops.push(stop);
    }
    this.ready = Promise.all(readies).then(() => undefined);
  }

  private push(payload: unknown): void {
    if (this.finished) return;
    if (this.waiting) {
      const waiting = this.waiting;
      this.waiting = null;
      this.pass(payload).then(
        (result) => (result ? waiting.resolve(result) : this.next().then(waiting.resolve, waiting.reject)),
        waiting.reject,
      );
      return;
    }
    // A client that stops reading must not grow the server's memory: keep the newest events.
    if (this.buffer.length >= MAX_BUFFERED) this.buffer.shift();
    this.buffer.push(payload);
  }

  /** The gated value, or null when the gate skips it. Errors end the subscription. */
  private async pass(payload: unknown): Promise<IteratorResult<T> | null> {
    try {
      const value = await this.gate(payload);
      if (this.finished) return { value: undefined, done: true };
      return value === null ? null : { value, done: false };
    } catch (error) {
      this.finish();
      throw error;
    }
  }

  async next(): Promise<IteratorResult<T>> {
    while (!this.finished && this.buffer.length > 0) {
      const result = await this.pass(this.buffer.shift());
      if (result) return result;
    }
    if (this.finished) return { value: undefined, done: true };
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.finish();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    for (const stop of this.stops) stop();
    this.buffer.length = 0;
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve({ value: undefined, done: true });
    this.onEnd();
  }
}
