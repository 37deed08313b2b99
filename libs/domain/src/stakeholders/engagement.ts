import { isoDaysBetween, isoToEpochDay } from '../forecast/iso-date';
import { StakeholderInputError } from './errors';
import { mendelowQuadrant } from './mendelow';

export interface EngagedStakeholder {
  id: string;
  power: number;
  interest: number;
  /** Date (YYYY-MM-DD, or a UTC timestamp) of the last engagement; null when never engaged. */
  lastEngagedAt: string | null;
}

export interface NeglectedKeyPlayer {
  id: string;
  lastEngagedAt: string | null;
  /** Whole days from the last engagement to today; null when never engaged. */
  daysSince: number | null;
}

export const DEFAULT_ENGAGEMENT_DAYS = 30;

/**
 * Key players (MANAGE_CLOSELY) not engaged for more than `days` days before `today`, or never:
 * never-engaged first, then the longest neglected, then by id. An engagement exactly `days`
 * ago still counts as recent; one dated after `today` counts as recent too.
 */
export function keyPlayersNotEngaged(
  stakeholders: readonly EngagedStakeholder[],
  today: string,
  days: number = DEFAULT_ENGAGEMENT_DAYS,
): NeglectedKeyPlayer[] {
  isoToEpochDay(today);
  if (!Number.isInteger(days) || days < 0) {
    throw new StakeholderInputError('INVALID_ARGUMENT', 'days', days, `days must be a whole number ≥ 0, got ${String(days)}`);
  }
  const neglected: NeglectedKeyPlayer[] = [];
  for (const s of stakeholders) {
    if (mendelowQuadrant(s.power, s.interest) !== 'MANAGE_CLOSELY') continue;
    const daysSince = s.lastEngagedAt === null ? null : isoDaysBetween(s.lastEngagedAt, today);
    if (daysSince === null || daysSince > days) neglected.push({ id: s.id, lastEngagedAt: s.lastEngagedAt, daysSince });
  }
  return neglected.sort(
    (a, b) =>
      (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
