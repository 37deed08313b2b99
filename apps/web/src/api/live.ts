import { useSyncExternalStore } from 'react';
import { createClient, type Client as WsClient } from 'graphql-ws';

/**
 * Live updates over graphql-ws (subscriptions only; queries and mutations stay on HTTP). The
 * socket opens with the first subscription and closes a moment after the last one ends. A lost
 * connection is retried for ever with a capped, jittered backoff; a refused token (4403) is not.
 */
export type LiveStatus = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'refused';

export interface LiveState {
  status: LiveStatus;
  /** Counts the connections made: a screen refetches when it grows, to catch up on what it missed. */
  epoch: number;
}

/** `ws://host/graphql` or `wss://…` from the page's own address (the Vite proxy forwards upgrades). */
export function liveUrl(location: { protocol: string; host: string }, path = '/graphql'): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/** Wait before the n-th retry (0-based): 1 s, 2 s, 4 s, 8 s, then 15 s, each ±25 % so tabs do not reconnect in step. */
export function retryDelay(retries: number, random: () => number = Math.random): number {
  const base = Math.min(15_000, 1_000 * 2 ** Math.max(0, retries));
  return Math.round(base * (0.75 + random() * 0.5));
}

/** The close code the API answers a missing, expired or revoked token with. */
const FORBIDDEN = 4403;
const NORMAL_CLOSURE = 1000;
/** How long a ping may wait for its pong before the socket counts as dead. */
const PONG_TIMEOUT = 5_000;

const closeCode = (event: unknown): number | null =>
  typeof event === 'object' && event !== null && 'code' in event && typeof (event as { code: unknown }).code === 'number' ? (event as { code: number }).code : null;

let state: LiveState = { status: 'idle', epoch: 0 };
const listeners = new Set<() => void>();
function emit(next: Partial<LiveState>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

export const liveStore = {
  get: (): LiveState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useLiveState(): LiveState {
  return useSyncExternalStore(liveStore.subscribe, liveStore.get);
}

/** Open sockets and pending retry waits of every live client, for the browser's offline / online events. */
const openSockets = new Set<WebSocket>();
const retryWaits = new Set<() => void>();
let networkWatched = false;

/**
 * Going offline rarely closes an open socket by itself (it lingers until a ping goes unanswered):
 * close it at once, so the room says "reconnecting". Coming back online cuts the backoff short.
 */
function watchNetwork(): void {
  if (networkWatched || typeof window === 'undefined') return;
  networkWatched = true;
  window.addEventListener('offline', () => {
    for (const s of openSockets) if (s.readyState === WebSocket.OPEN || s.readyState === WebSocket.CONNECTING) s.close(4000, 'Browser offline');
  });
  window.addEventListener('online', () => {
    for (const wake of [...retryWaits]) wake();
  });
}

/** Waits `ms`, or less when the browser comes back online. */
function retryAfter(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      retryWaits.delete(done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    retryWaits.add(done);
  });
}

/** One graphql-ws client per GraphQL client (so per session); `token` is read on every (re)connect. */
export function createLiveClient(token: () => string | null): WsClient {
  let connectedOnce = false;
  let socket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  watchNetwork();
  return createClient({
    url: () => liveUrl(window.location),
    lazy: true,
    // Moving from one screen with a subscription to another keeps the socket.
    lazyCloseTimeout: 3_000,
    connectionParams: () => {
      const t = token();
      return t ? { authorization: `Bearer ${t}` } : {};
    },
    retryAttempts: Number.POSITIVE_INFINITY,
    // Network failures (not only close events) are worth another try; a refused token is not.
    shouldRetry: (event) => closeCode(event) !== FORBIDDEN,
    retryWait: (retries) => retryAfter(retryDelay(retries)),
    keepAlive: 10_000,
    on: {
      connecting: () => emit({ status: connectedOnce ? 'reconnecting' : 'connecting' }),
      opened: (s) => {
        openSockets.add(s as WebSocket);
      },
      connected: (s) => {
        connectedOnce = true;
        socket = s as WebSocket;
        emit({ status: 'live', epoch: state.epoch + 1 });
      },
      ping: (received) => {
        // A sleeping laptop or a dropped Wi-Fi leaves a socket that never closes: no pong, close it.
        if (!received) {
          clearTimeout(pongTimer);
          pongTimer = setTimeout(() => {
            if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'Pong timeout');
          }, PONG_TIMEOUT);
        }
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        if (socket) openSockets.delete(socket);
        for (const s of openSockets) if (s.readyState === WebSocket.CLOSED) openSockets.delete(s);
        socket = null;
        const code = closeCode(event);
        emit({ status: code === FORBIDDEN ? 'refused' : code === NORMAL_CLOSURE ? 'idle' : 'reconnecting' });
      },
    },
  });
}
