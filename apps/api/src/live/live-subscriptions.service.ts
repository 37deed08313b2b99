import { Inject, Injectable } from '@nestjs/common';
import { EventBus } from './event-bus';
import { LiveIterator, type EventGate } from './live-iterator';

/** Opens subscription iterators and counts the open ones (shown on /metrics). */
@Injectable()
export class LiveSubscriptions {
  private open = 0;

  constructor(@Inject(EventBus) private readonly bus: EventBus) {}

  /** An iterator over the topics whose events pass `gate`; `onEnd` runs once when it ends for any reason. */
  async subscribe<T>(topics: readonly string[], gate: EventGate<T>, onEnd: () => void = () => undefined): Promise<LiveIterator<T>> {
    this.open++;
    const iterator = new LiveIterator<T>(this.bus, topics, gate, () => {
      this.open--;
      onEnd();
    });
    await iterator.ready;
    return iterator;
  }

  publish(topic: string, payload: unknown): Promise<void> {
    return this.bus.publish(topic, payload);
  }

  get count(): number {
    return this.open;
  }

  get listeners(): number {
    return this.bus.listenerCount();
  }
}
