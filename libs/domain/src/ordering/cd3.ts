import { formatNumber } from './format';
import { checkFields, NumericField, ScoreResult } from './score';

/**
 * Urgency profiles, after the Kanban classes of service (David J. Anderson, "Kanban", 2010) whose
 * cost-of-delay shapes Black Swan Farming describes alongside CD3.
 */
export const URGENCY_PROFILES = ['STANDARD', 'FIXED_DATE', 'EXPEDITE', 'INTANGIBLE'] as const;
export type UrgencyProfile = (typeof URGENCY_PROFILES)[number];

/**
 * expediteMultiplier: an expedite item's delay hurts now and hurts more, so its cost of delay counts
 * ten times: it outranks any standard item whose CD3 is less than ten times its own.
 * intangibleDiscount: an intangible item (tech debt, an upgrade) costs little today but will cost
 * later, so a quarter of its estimated cost of delay counts now.
 */
export const CD3_DEFAULTS = { expediteMultiplier: 10, intangibleDiscount: 0.25 } as const;

export interface Cd3Input {
  readonly profile?: UrgencyProfile;
  readonly costOfDelayPerWeek?: number | null;
  readonly durationWeeks?: number | null;
  /** FIXED_DATE only: weeks from now until the date (negative once it has passed). */
  readonly weeksUntilDeadline?: number | null;
  /** FIXED_DATE only: weeks of work queued ahead of this item before it can start; 0 when omitted. */
  readonly startInWeeks?: number | null;
}

export interface Cd3Options {
  readonly expediteMultiplier?: number;
  readonly intangibleDiscount?: number;
}

/**
 * CD3 = cost of delay per week / duration in weeks (Black Swan Farming, after Reinertsen), with the
 * cost of delay shaped by the urgency profile:
 *   STANDARD    CD3 = CoD / D                       (every week of delay costs the same)
 *   EXPEDITE    CD3 = CoD × 10 / D                  (CD3_DEFAULTS.expediteMultiplier)
 *   INTANGIBLE  CD3 = CoD × 0.25 / D                (CD3_DEFAULTS.intangibleDiscount)
 *   FIXED_DATE  slack = weeksUntilDeadline − startInWeeks − D;
 *               CD3 = (slack < 1 ? CoD : 0) / D
 * A fixed-date item's delay costs nothing while it can still wait a week and make the date; once
 * one more week of waiting would miss the date (slack < 1), the full cost of delay applies.
 */
export function cd3(input: Cd3Input, options: Cd3Options = {}): ScoreResult {
  const profile = input.profile ?? 'STANDARD';
  if (!URGENCY_PROFILES.includes(profile)) {
    return {
      score: null,
      reason: 'INVALID',
      fields: ['profile'],
      explanation: `CD3 refuses urgency profile ${String(profile)}: use ${URGENCY_PROFILES.join(', ')}`,
    };
  }
  const fields: NumericField[] = [
    { field: 'costOfDelayPerWeek', label: 'cost of delay per week', value: input.costOfDelayPerWeek, sign: 'non-negative' },
    { field: 'durationWeeks', label: 'duration in weeks', value: input.durationWeeks, sign: 'positive' },
  ];
  if (profile === 'FIXED_DATE') {
    fields.push(
      { field: 'weeksUntilDeadline', label: 'weeks until the deadline', value: input.weeksUntilDeadline, sign: 'any' },
      { field: 'startInWeeks', label: 'weeks before the start', value: input.startInWeeks ?? 0, sign: 'non-negative' },
    );
  }
  const refused = checkFields('CD3', fields);
  if (refused) return refused;

  const f = formatNumber;
  const inWeeks = (n: number): string => `${f(n)} ${n === 1 ? 'week' : 'weeks'}`;
  const cod = input.costOfDelayPerWeek as number;
  const weeks = input.durationWeeks as number;
  const perWeek = `${f(cod)} per week`;
  const over = inWeeks(weeks);
  switch (profile) {
    case 'STANDARD': {
      const score = cod / weeks;
      return { score, explanation: `CD3 ${f(score)} = ${perWeek} / ${over}` };
    }
    case 'EXPEDITE': {
      const m = options.expediteMultiplier ?? CD3_DEFAULTS.expediteMultiplier;
      const score = (cod * m) / weeks;
      return { score, explanation: `CD3 ${f(score)} = ${perWeek} × ${f(m)} (expedite) / ${over}` };
    }
    case 'INTANGIBLE': {
      const k = options.intangibleDiscount ?? CD3_DEFAULTS.intangibleDiscount;
      const score = (cod * k) / weeks;
      return { score, explanation: `CD3 ${f(score)} = ${perWeek} × ${f(k)} (intangible, not urgent yet) / ${over}` };
    }
    case 'FIXED_DATE': {
      const deadline = input.weeksUntilDeadline as number;
      const start = input.startInWeeks ?? 0;
      const slack = deadline - start - weeks;
      const slackText = `${inWeeks(slack)} of slack = ${f(deadline)} to the deadline − ${f(start)} before the start − ${f(weeks)} of work`;
      if (slack < 1) {
        const score = cod / weeks;
        return { score, explanation: `CD3 ${f(score)} = ${perWeek} / ${over} (fixed date: ${slackText})` };
      }
      return {
        score: 0,
        explanation: `CD3 0 = 0 per week / ${over} (fixed date: ${slackText}; ${perWeek} applies once slack drops below 1 week)`,
      };
    }
  }
}
