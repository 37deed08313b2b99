import {
  ENGAGEMENT_TECHNIQUE_LABELS,
  MENDELOW_QUADRANT_INFO,
  PRODUCT_ROLE_LABELS,
  STAKEHOLDER_GROUP_LABELS,
  VALUE_PERSPECTIVE_LABELS,
  VALUE_RATER_GROUP_LABELS,
  type EngagementTechnique,
  type MendelowQuadrant,
  type ProductRole,
  type StakeholderGroup,
  type ValuePerspective,
  type ValueRaterGroup,
} from '@backlog-studio/domain';

/** Words for the API's vocabularies, taken from the domain so client and API never drift. */
export const groupLabel = (g: string): string => STAKEHOLDER_GROUP_LABELS[g as StakeholderGroup] ?? VALUE_RATER_GROUP_LABELS[g as ValueRaterGroup] ?? g;
export const techniqueLabel = (t: string): string => ENGAGEMENT_TECHNIQUE_LABELS[t as EngagementTechnique] ?? t;
export const perspectiveLabel = (p: string): string => VALUE_PERSPECTIVE_LABELS[p as ValuePerspective] ?? p;
export const quadrantLabel = (q: string): string => MENDELOW_QUADRANT_INFO[q as MendelowQuadrant]?.label ?? q;
export const roleLabel = (r: string | null | undefined): string => (r ? (PRODUCT_ROLE_LABELS[r as ProductRole] ?? r) : 'Not a member');

/** One decimal at most: 7 → "7", 7.5 → "7.5", 12.333 → "12.3". */
export const num = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : String(Math.round(n * 10) / 10));

/** Today as YYYY-MM-DD in the person's own time zone. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "Helen Okafor, CEO" → "HO". */
export function initials(name: string): string {
  const words = name.split(',')[0].trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '?';
  const first = words[0][0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1][0] ?? '') : (words[0][1] ?? '');
  return `${first}${last}`.toUpperCase();
}

/** The part of a name before its comma: "Helen Okafor, CEO" → "Helen Okafor". */
export const shortName = (name: string): string => name.split(',')[0].trim() || name;
