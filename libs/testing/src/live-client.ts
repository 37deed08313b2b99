import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveEvent {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface LiveSubscription {
  /** Everything received on this subscription, in order. */
  readonly events: LiveEvent[];
  /** Set when the server ended it with an error. */
  error: unknown;
  completed: boolean;
  /** Resolves with the first event (already received or coming) that matches. */
  next(match?: (event: LiveEvent) => boolean, timeoutMs?: number): Promise<LiveEvent>;
  /** Resolves once the server ended the subscription (error or complete). */
  ended(timeoutMs?: number): Promise<void>;
  unsubscribe(): void;
}

export interface LiveConnection {
  /** Every raw text frame the server sent on this socket: what "on the wire" means in tests. */
  readonly frames: string[];
  subscribe(query: string, variables?: Record<string, unknown>): LiveSubscription;
  /** Closes the socket (as a browser tab closing would). */
  close(): Promise<void>;
  /** Resolves once the server acknowledged the connection (rejects if it refused it). */
  connected(): Promise<void>;
}

/**
 * A graphql-ws client over a real WebSocket, recording every frame it receives.
 * `authorization` goes in connectionParams, as the web client sends it.
 */
export function connectLive(baseUrl: string, token: string | null): LiveConnection {
  const frames: string[] = [];
  class RecordingSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: WebSocket.RawData) => frames.push(data.toString()));
    }
  }
  let acked!: () => void;
  let refused!: (e: unknown) => void;
  const ack = new Promise<void>((resolve, reject) => {
    acked = resolve;
    refused = reject;
  });
  ack.catch(() => undefined);
  const client: Client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: RecordingSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
    retryAttempts: 0,
    // A refused connection is reported through connected(); no console noise.
    onNonLazyError: () => undefined,
    on: {
      connected: () => acked(),
      closed: (event) => refused(new Error(`socket closed: ${(event as { code?: number; reason?: string }).code} ${(event as { reason?: string }).reason ?? ''}`)),
      error: (error) => refused(error),
    },
  });
  return {
    frames,
    connected: () => ack,
    subscribe(query, variables) {
      const events: LiveEvent[] = [];
      const waiters: Array<{ match: (e: LiveEvent) => boolean; resolve: (e: LiveEvent) => void }> = [];
      const endWaiters: Array<() => void> = [];
      const sub: LiveSubscription = {
        events,
        error: undefined,
        completed: false,
        next(match = () => true, timeoutMs = 10_000) {
          const seen = events.find(match);
          if (seen) return Promise.resolve(seen);
          return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`)), timeoutMs);
            waiters.push({ match, resolve: (e) => (clearTimeout(timer), resolve(e)) });
          });
        },
        ended(timeoutMs = 10_000) {
          if (sub.completed) return Promise.resolve();
          return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`subscription did not end within ${timeoutMs} ms`)), timeoutMs);
            endWaiters.push(() => (clearTimeout(timer), resolve()));
          });
        },
        unsubscribe: () => undefined,
      };
      const finish = () => {
        sub.completed = true;
        for (const w of endWaiters.splice(0)) w();
      };
      sub.unsubscribe = client.subscribe(
        { query, variables },
        {
          next: (value) => {
            const event = value as LiveEvent;
            events.push(event);
            for (const w of [...waiters]) {
              if (w.match(event)) {
                waiters.splice(waiters.indexOf(w), 1);
                w.resolve(event);
              }
            }
          },
          error: (error) => {
            sub.error = error;
            finish();
          },
          complete: finish,
        },
      );
      return sub;
    },
    async close() {
      await client.dispose();
    },
  };
}
