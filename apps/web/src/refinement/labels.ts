import { ESTIMATION_SCALES, SPIDR_PATTERNS, type SpidrPattern } from '@backlog-studio/domain';

/** Words for the refinement vocabularies; SPIDR from the domain, so client and API never drift. */
export const SPIDR_OPTIONS = Object.entries(SPIDR_PATTERNS).map(([value, text]) => ({ value: value as SpidrPattern, label: text.split(':')[0], hint: text }));
export const spidrLabel = (p: string): string => SPIDR_PATTERNS[p as SpidrPattern]?.split(':')[0] ?? p;

export const SCALE_OPTIONS: ReadonlyArray<{ value: string; label: string; cards: readonly string[] }> = [
  { value: 'FIBONACCI', label: 'Fibonacci', cards: ESTIMATION_SCALES.FIBONACCI },
  { value: 'MODIFIED_FIBONACCI', label: 'Modified Fibonacci', cards: ESTIMATION_SCALES.MODIFIED_FIBONACCI },
  { value: 'POWERS_OF_TWO', label: 'Powers of two', cards: ESTIMATION_SCALES.POWERS_OF_TWO },
  { value: 'T_SHIRT', label: 'T-shirt sizes', cards: ESTIMATION_SCALES.T_SHIRT },
  { value: 'CUSTOM', label: 'Custom cards', cards: [] },
];
export const scaleLabel = (s: string): string => SCALE_OPTIONS.find((o) => o.value === s)?.label ?? s;

/** How each Definition of Ready rule is checked. */
export const RULE_OPTIONS: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'MANUAL', label: 'Ticked by the team' },
  { value: 'OUTCOME_STATED', label: 'Checked: outcome stated' },
  { value: 'VALUE_STATED', label: 'Checked: value stated' },
  { value: 'ESTIMATED', label: 'Checked: estimated' },
  { value: 'ACCEPTANCE_CRITERIA', label: 'Checked: has acceptance criteria' },
  { value: 'SMALL_ENOUGH', label: 'Checked: size within the sprint limit' },
  { value: 'NO_OPEN_QUESTIONS', label: 'Checked: no open questions' },
];
export const ruleLabel = (r: string): string => RULE_OPTIONS.find((o) => o.value === r)?.label ?? r;

export const SESSION_STATUS_LABEL: Record<string, string> = { LIVE: 'Live', PLANNED: 'Planned', CLOSED: 'Closed' };

/** The INVEST letters, spelled out. */
export const INVEST_LETTERS: Record<string, string> = {
  I: 'Independent',
  N: 'Negotiable',
  V: 'Valuable',
  E: 'Estimable',
  S: 'Small',
  T: 'Testable',
};
