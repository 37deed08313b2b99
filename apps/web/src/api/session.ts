import { useSyncExternalStore } from 'react';

/**
 * The signed-in session, kept in localStorage and shared across tabs. Without one the app shows
 * the sign-in screen; when the API answers UNAUTHENTICATED (expired or revoked token),
 * `requireSignIn()` drops the session and the app asks to sign in again.
 */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

interface State {
  session: Session | null;
  /** The API refused a request for want of a (valid) session. */
  signInRequired: boolean;
  /** The person signed out in this tab: the sign-in screen does not send them back afterwards. */
  signedOutHere: boolean;
}

const KEY = 'backlog-studio:session';

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    if (!s.token || new Date(s.expiresAt).getTime() <= Date.now()) return null;
    return s;
  } catch {
    return null;
  }
}

let state: State = { session: read(), signInRequired: false, signedOutHere: false };
const listeners = new Set<() => void>();
const emit = (next: State): void => {
  state = next;
  for (const l of listeners) l();
};

export const sessionStore = {
  get: (): State => state,
  token: (): string | null => state.session?.token ?? null,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    const onStorage = (e: StorageEvent) => {
      if (e.key === KEY) emit({ ...state, session: read() });
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  },
  signedIn(session: Session): void {
    try {
      localStorage.setItem(KEY, JSON.stringify(session));
    } catch {
      // storage unavailable: the session lasts for this page
    }
    emit({ session, signInRequired: false, signedOutHere: false });
  },
  signedOut(): void {
    try {
      localStorage.removeItem(KEY);
    } catch {
      // nothing stored
    }
    emit({ session: null, signInRequired: false, signedOutHere: true });
  },
  requireSignIn(): void {
    if (state.signInRequired && !state.session) return;
    try {
      localStorage.removeItem(KEY);
    } catch {
      // nothing stored
    }
    emit({ session: null, signInRequired: true, signedOutHere: false });
  },
};

export function useSession(): State {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}
