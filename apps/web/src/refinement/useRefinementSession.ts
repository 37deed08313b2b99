import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { toProblem, type Problem } from '../api/errors';
import { RefinementEventsDocument, RefinementSessionDocument, type RefinementEventsSubscription, type RefinementSessionFieldsFragment } from '../api/generated/graphql';
import { useLiveState, type LiveStatus } from '../api/live';
import { describeEvent } from './room';

export type Session = RefinementSessionFieldsFragment;
export type AgendaEntry = Session['agenda'][number];
export type Round = NonNullable<Session['currentRound']>;

/** Mutations that return a question (not the session) still make the session stale. */
const CONTEXT = { additionalTypenames: ['RefinementSession', 'RefinementQuestion'] };
/** Events come in bursts (three votes at once): one refetch for the burst. */
const REFETCH_DELAY = 80;

type EventTally = { count: number; last: RefinementEventsSubscription['refinementEvents'] | null };
const tally = (prev: EventTally | undefined, data: RefinementEventsSubscription): EventTally => ({ count: (prev?.count ?? 0) + 1, last: data.refinementEvents });

export interface LiveSession {
  session: Session | null;
  fetching: boolean;
  problem: Problem | null;
  /** The socket's state, or null while the session is not followed live (closed). */
  liveStatus: LiveStatus | null;
  /** A refused subscription (e.g. no longer a member). */
  liveProblem: Problem | null;
  /** The latest live event in words, for a polite announcement. */
  announcement: string;
  /** When the session shown was received, for the running clock. */
  receivedAt: number;
  refetch(): void;
}

/**
 * A refinement session kept current: the query, plus the `refinementEvents` subscription while
 * the session is not closed. Events never carry votes, so each one (a burst as one) re-reads the
 * session, which hides other people's votes until reveal. After a reconnect the session is read
 * again too, for the events missed meanwhile.
 */
export function useRefinementSession(sessionId: string): LiveSession {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RefinementSessionDocument, variables: { sessionId }, context: CONTEXT });
  const session = data?.refinementSession ?? null;
  const listening = !!session && session.status !== 'CLOSED';
  const [events] = useSubscription({ query: RefinementEventsDocument, variables: { sessionId }, pause: !listening }, tally);
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const count = events.data?.count ?? 0;
  useEffect(() => {
    if (!count) return;
    const timer = setTimeout(refetch, REFETCH_DELAY);
    return () => clearTimeout(timer);
  }, [count, refetch]);

  const { status, epoch } = useLiveState();
  const seenEpoch = useRef(epoch);
  useEffect(() => {
    if (epoch === seenEpoch.current) return;
    seenEpoch.current = epoch;
    if (listening) refetch();
  }, [epoch, listening, refetch]);

  // When this version of the session arrived: the clock of the item in focus runs on from there.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const receivedAt = useMemo(() => Date.now(), [session]);

  const last = events.data?.last ?? null;
  const announcement = useMemo(() => (last ? describeEvent(last) : ''), [last]);
  return {
    session,
    fetching,
    problem: toProblem(error),
    liveStatus: listening ? status : null,
    liveProblem: listening ? toProblem(events.error) : null,
    announcement,
    receivedAt,
    refetch,
  };
}

/** Date.now(), once a second while `running`. */
export function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}
