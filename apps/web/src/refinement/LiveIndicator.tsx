import type { LiveStatus } from '../api/live';

const TEXT: Record<LiveStatus, { label: string; tone: 'ok' | 'wait' | 'bad' }> = {
  live: { label: 'Live', tone: 'ok' },
  connecting: { label: 'Connecting…', tone: 'wait' },
  idle: { label: 'Connecting…', tone: 'wait' },
  reconnecting: { label: 'Reconnecting…', tone: 'wait' },
  refused: { label: 'Live updates refused: sign in again', tone: 'bad' },
};

/** Whether this screen receives the room's changes as they happen; a lost socket is retried on its own. */
export function LiveIndicator({ status, refusedReason }: { status: LiveStatus | null; refusedReason?: string | null }) {
  if (status === null) return null;
  const { label, tone } = refusedReason ? { label: `Not live: ${refusedReason}`, tone: 'bad' as const } : TEXT[status];
  return (
    <p className={`rf-live rf-live-${tone}`} role="status" data-testid="live-indicator" data-status={refusedReason ? 'refused' : status}>
      <span className="rf-live-dot" aria-hidden="true" />
      {label}
    </p>
  );
}
