import { refinementGaps, type RefinableLike } from '../backlog-item';

/** One line of a product's Definition of Ready; `rule` lets the tool check it where it can. */
export interface ReadinessCriterion {
  readonly id: string;
  readonly text: string;
  readonly rule?: 'OUTCOME_STATED' | 'VALUE_STATED' | 'ESTIMATED' | 'ACCEPTANCE_CRITERIA' | 'SMALL_ENOUGH' | 'NO_OPEN_QUESTIONS' | 'MANUAL';
}

export const DEFAULT_DEFINITION_OF_READY: readonly ReadinessCriterion[] = [
  { id: 'outcome', text: 'The desired outcome is stated with a metric, a target and a check-by date', rule: 'OUTCOME_STATED' },
  { id: 'value', text: 'Its value is stated from at least one perspective', rule: 'VALUE_STATED' },
  { id: 'estimated', text: 'The team has estimated it', rule: 'ESTIMATED' },
  { id: 'criteria', text: 'It has testable acceptance criteria', rule: 'ACCEPTANCE_CRITERIA' },
  { id: 'small', text: 'It fits comfortably in a sprint', rule: 'SMALL_ENOUGH' },
  { id: 'questions', text: 'No open questions remain', rule: 'NO_OPEN_QUESTIONS' },
];

export interface ReadinessInput extends RefinableLike {
  readonly size?: number | null;
  readonly acceptanceCriteria?: readonly string[];
  readonly openQuestions?: number;
  /** Criteria the team ticked by hand (MANUAL ones, or a confirmation of automatic ones). */
  readonly ticked?: readonly string[];
  /** The largest size that fits a sprint comfortably. */
  readonly sprintSizeLimit?: number;
}

export interface ReadinessCheck {
  readonly ready: boolean;
  readonly met: readonly string[];
  readonly unmet: ReadonlyArray<{ readonly id: string; readonly text: string }>;
}

/** Checks an item against a Definition of Ready; the product owner may still override with a reason. */
export function checkReadiness(item: ReadinessInput, definition: readonly ReadinessCriterion[] = DEFAULT_DEFINITION_OF_READY): ReadinessCheck {
  const gaps = refinementGaps(item);
  const pass = (c: ReadinessCriterion): boolean => {
    switch (c.rule) {
      case 'OUTCOME_STATED':
        return !gaps.includes('OUTCOME');
      case 'VALUE_STATED':
        return !gaps.includes('VALUE');
      case 'ESTIMATED':
        return typeof item.size === 'number';
      case 'ACCEPTANCE_CRITERIA':
        return (item.acceptanceCriteria ?? []).some((a) => a.trim().length > 0);
      case 'SMALL_ENOUGH':
        return typeof item.size === 'number' && item.size <= (item.sprintSizeLimit ?? 13);
      case 'NO_OPEN_QUESTIONS':
        return (item.openQuestions ?? 0) === 0;
      default:
        return (item.ticked ?? []).includes(c.id);
    }
  };
  const met = definition.filter(pass).map((c) => c.id);
  const unmet = definition.filter((c) => !pass(c)).map((c) => ({ id: c.id, text: c.text }));
  return { ready: unmet.length === 0, met, unmet };
}

/** SPIDR splitting patterns (Mike Cohn): spike, paths, interfaces, data, rules. */
export const SPIDR_PATTERNS = {
  SPIKE: 'Spike: research first, so the rest can be estimated',
  PATHS: 'Paths: one route through the workflow at a time',
  INTERFACES: 'Interfaces: one device, channel or integration at a time',
  DATA: 'Data: a subset of the data first',
  RULES: 'Rules: relax a business rule first, add it later',
} as const;
export type SpidrPattern = keyof typeof SPIDR_PATTERNS;

export interface InvestHint {
  readonly letter: 'I' | 'N' | 'V' | 'E' | 'S' | 'T';
  readonly hint: string;
}

/** INVEST hints a refinement session shows beside an item: too big, not independent, not testable… */
export function investHints(item: ReadinessInput & { readonly dependsOnCount?: number; readonly title?: string }): InvestHint[] {
  const hints: InvestHint[] = [];
  if ((item.dependsOnCount ?? 0) > 0) hints.push({ letter: 'I', hint: `Depends on ${item.dependsOnCount} other item(s): can it be sliced to stand alone?` });
  if (refinementGaps(item).includes('VALUE')) hints.push({ letter: 'V', hint: 'No value stated: who benefits, and how much?' });
  if (typeof item.size !== 'number') hints.push({ letter: 'E', hint: 'Not estimated yet: is something unknown? Consider a spike.' });
  if (typeof item.size === 'number' && item.size > (item.sprintSizeLimit ?? 13)) {
    hints.push({ letter: 'S', hint: `Size ${item.size} is too big for one sprint: split it (SPIDR: spike, paths, interfaces, data, rules).` });
  }
  const criteria = (item.acceptanceCriteria ?? []).filter((a) => a.trim());
  if (criteria.length === 0) hints.push({ letter: 'T', hint: 'No acceptance criteria: how will we know it works?' });
  else if (!criteria.some((a) => /\b(given|when|then)\b|\d/i.test(a))) hints.push({ letter: 'T', hint: 'Acceptance criteria are not checkable: use Given / When / Then or a measurable check.' });
  return hints;
}
