import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

export type Listener = (payload: unknown) => void;

/**
 * Live events between API instances: `publish` reaches every listener of a topic in every
 * instance. Local fan-out is shared; only the transport differs (in-process or Redis pub/sub).
 * A topic costs one Redis channel subscription per instance, however many clients listen.
 */
export abstract class EventBus {
  private readonly topics = new Map<string, Set<Listener>>();

  abstract publish(topic: string, payload: unknown): Promise<void>;
  abstract close(): Promise<void>;
  /** Called when an instance gains its first listener of a topic, or loses its last. */
  protected abstract watch(topic: string, on: boolean): Promise<void>;
  private readonly watching = new Map<string, Promise<void>>();

  /**
   * Adds a listener. `ready` resolves once events published anywhere reach it (with Redis, once
   * the channel subscription is confirmed); `stop` removes it (idempotent).
   */
  listen(topic: string, listener: Listener): { ready: Promise<void>; stop: () => void } {
    let set = this.topics.get(topic);
    if (!set) {
      set = new Set();
      this.topics.set(topic, set);
      this.watching.set(topic, this.watch(topic, true));
    }
    set.add(listener);
    const ready = this.watching.get(topic) ?? Promise.resolve();
    let removed = false;
    const stop = () => {
      if (removed) return;
      removed = true;
      const current = this.topics.get(topic);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) {
        this.topics.delete(topic);
        this.watching.delete(topic);
        void this.watch(topic, false);
      }
    };
    return { ready, stop };
  }

  /** Listeners in this instance (the health endpoint shows it; tests watch it return to zero). */
  listenerCount(): number {
    let n = 0;
    for (const set of this.topics.values()) n += set.size;
    return n;
  }

  protected deliver(topic: string, payload: unknown): void {
    const set = this.topics.get(topic);
    if (!set) return;
    for (const listener of [...set]) listener(payload);
  }
}

/** One process: the default on the embedded database. */
export class InProcessEventBus extends EventBus {
  publish(topic: string, payload: unknown): Promise<void> {
    // Delivered on the next tick: a mutation's response never waits for its listeners.
    queueMicrotask(() => this.deliver(topic, payload));
    return Promise.resolve();
  }

  protected watch(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Redis pub/sub: several API instances behind a load balancer serve one workshop. */
export class RedisEventBus extends EventBus {
  private readonly logger = new Logger('LiveEvents');
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  constructor(url: string, private readonly prefix = 'backlog-studio:') {
    super();
    const options = { maxRetriesPerRequest: 3, enableOfflineQueue: true, lazyConnect: false };
    this.publisher = new Redis(url, { ...options, connectionName: 'backlog-studio-pub' });
    this.subscriber = new Redis(url, { ...options, connectionName: 'backlog-studio-sub' });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    }
    this.subscriber.on('message', (channel: string, message: string) => {
      if (!channel.startsWith(this.prefix)) return;
      let payload: unknown;
      try {
        payload = JSON.parse(message);
      } catch {
        this.logger.warn(`ignored a malformed message on ${channel}`);
        return;
      }
      this.deliver(channel.slice(this.prefix.length), payload);
    });
  }

  /** Resolves once both connections are up, so a failed REDIS_URL stops the start with a clear line. */
  async ready(): Promise<void> {
    await Promise.all([this.publisher.ping(), this.subscriber.ping()]);
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    await this.publisher.publish(this.prefix + topic, JSON.stringify(payload));
  }

  protected async watch(topic: string, on: boolean): Promise<void> {
    const channel = this.prefix + topic;
    try {
      await (on ? this.subscriber.subscribe(channel) : this.subscriber.unsubscribe(channel));
    } catch (error) {
      this.logger.warn(`Redis ${on ? 'subscribe' : 'unsubscribe'} ${topic}: ${(error as Error).message}`);
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }
}
