import { StakeholderInputError } from './errors';
import type { EngagementTechnique } from './stakeholder-groups';

/**
 * Mendelow's power/interest grid on 0–10 scales, split at the midpoint.
 * Boundary: a rating of 5 or more is HIGH (`>= 5`). A stakeholder rated "middling" can still
 * block or sink the product, so the product owner errs toward engaging them more, not less.
 */
export const MENDELOW_SCALE = { min: 0, max: 10, highFrom: 5 } as const;

export const MENDELOW_QUADRANTS = ['MANAGE_CLOSELY', 'KEEP_SATISFIED', 'KEEP_INFORMED', 'MONITOR'] as const;
export type MendelowQuadrant = (typeof MENDELOW_QUADRANTS)[number];

export interface MendelowQuadrantInfo {
  label: string;
  /** The name in Eden & Ackermann's variant of the grid. */
  alsoKnownAs: string;
  highPower: boolean;
  highInterest: boolean;
  /** What the product owner does with such a stakeholder, in one line. */
  meaning: string;
  techniques: readonly EngagementTechnique[];
}

export const MENDELOW_QUADRANT_INFO: Readonly<Record<MendelowQuadrant, MendelowQuadrantInfo>> = {
  MANAGE_CLOSELY: {
    label: 'Manage closely',
    alsoKnownAs: 'Key players',
    highPower: true,
    highInterest: true,
    meaning: 'Involve them in shaping the product: seek their input early and often and decide together.',
    techniques: ['ONE_ON_ONE', 'SPRINT_REVIEW', 'WORKSHOP', 'PRODUCT_COUNCIL'],
  },
  KEEP_SATISFIED: {
    label: 'Keep satisfied',
    alsoKnownAs: 'Context setters',
    highPower: true,
    highInterest: false,
    meaning: 'Meet their needs and consult them on what touches their concerns, without burying them in detail.',
    techniques: ['ONE_ON_ONE', 'PRODUCT_COUNCIL', 'DEMO'],
  },
  KEEP_INFORMED: {
    label: 'Keep informed',
    alsoKnownAs: 'Subjects',
    highPower: false,
    highInterest: true,
    meaning: 'Share progress regularly and listen: they know the product in use and can become its advocates.',
    techniques: ['SPRINT_REVIEW', 'DEMO', 'USER_INTERVIEW', 'SURVEY', 'NEWSLETTER'],
  },
  MONITOR: {
    label: 'Monitor',
    alsoKnownAs: 'Crowd',
    highPower: false,
    highInterest: false,
    meaning: 'Spend little effort, but check now and then whether their power or interest has grown.',
    techniques: ['NEWSLETTER', 'SURVEY'],
  },
};

function assertOnScale(field: 'power' | 'interest', value: number): void {
  if (typeof value !== 'number' || Number.isNaN(value) || value < MENDELOW_SCALE.min || value > MENDELOW_SCALE.max) {
    throw new StakeholderInputError('OUT_OF_SCALE', field, value, `${field} must be a number from 0 to 10, got ${String(value)}`);
  }
}

/** Whether a 0–10 rating counts as high (5 and above); throws StakeholderInputError off the scale. */
export function isHighOnMendelowScale(field: 'power' | 'interest', value: number): boolean {
  assertOnScale(field, value);
  return value >= MENDELOW_SCALE.highFrom;
}

/** The quadrant of a stakeholder with this power and interest (both 0–10, 5 and above is high). */
export function mendelowQuadrant(power: number, interest: number): MendelowQuadrant {
  const highPower = isHighOnMendelowScale('power', power);
  const highInterest = isHighOnMendelowScale('interest', interest);
  if (highPower) return highInterest ? 'MANAGE_CLOSELY' : 'KEEP_SATISFIED';
  return highInterest ? 'KEEP_INFORMED' : 'MONITOR';
}

/** Steps between two quadrants on the grid: 0 same, 1 adjacent (one axis differs), 2 opposite (both differ). */
export function quadrantDistance(a: MendelowQuadrant, b: MendelowQuadrant): 0 | 1 | 2 {
  const x = MENDELOW_QUADRANT_INFO[a];
  const y = MENDELOW_QUADRANT_INFO[b];
  return ((x.highPower === y.highPower ? 0 : 1) + (x.highInterest === y.highInterest ? 0 : 1)) as 0 | 1 | 2;
}

/** The trainer's credit for placing a stakeholder: 1 for the right quadrant, 0.5 for an adjacent one, 0 for the opposite. */
export function quadrantCredit(expected: MendelowQuadrant, answered: MendelowQuadrant): 0 | 0.5 | 1 {
  const distance = quadrantDistance(expected, answered);
  return distance === 0 ? 1 : distance === 1 ? 0.5 : 0;
}
