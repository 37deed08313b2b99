import { ENGAGEMENT_TECHNIQUE_LABELS, type EngagementTechnique, VALUE_PERSPECTIVE_LABELS, VALUE_PERSPECTIVES } from '../stakeholders/stakeholder-groups';
import type { Labelled } from './types';

/** The fixed answer vocabularies of the trainer, shared by the catalogue and the web client. */

const labelled = <K extends string>(labels: Readonly<Record<K, string>>): readonly Labelled[] =>
  (Object.keys(labels) as K[]).map((id) => ({ id, label: labels[id] }));

export const OUTCOME_LEVEL_LABELS = {
  OUTPUT: 'Output: what the team makes',
  OUTCOME: 'Outcome: a change in what people do',
  IMPACT: 'Impact: the long-term result for the organisation or the world',
} as const;
export type OutcomeLevel = keyof typeof OUTCOME_LEVEL_LABELS;
export const OUTCOME_LEVELS = labelled(OUTCOME_LEVEL_LABELS);

export const ITEM_FLAW_LABELS = {
  SOUND: 'Sound: ready to refine',
  NO_OUTCOME: 'No desired outcome',
  OUTPUT_AS_OUTCOME: 'Output phrased as the outcome',
  UNTESTABLE: 'Acceptance criteria cannot be tested',
  TOO_LARGE: 'Too large for one sprint',
  NO_VALUE: 'No value stated',
} as const;
export type ItemFlaw = keyof typeof ITEM_FLAW_LABELS;
export const ITEM_FLAWS = labelled(ITEM_FLAW_LABELS);

/** SPIDR (Mike Cohn): spike, paths, interfaces, data, rules; plus the horizontal slice that is not a split at all. */
export const SPLIT_PATTERN_LABELS = {
  SPIKE: 'Spike: learn first, then build',
  PATHS: 'Paths: one path through the workflow',
  INTERFACES: 'Interfaces: one device, channel or integration',
  DATA: 'Data: a subset of the data',
  RULES: 'Rules: relax a business rule for now',
  HORIZONTAL: 'Not a vertical slice: a layer or a task',
} as const;
export type SplitPattern = keyof typeof SPLIT_PATTERN_LABELS;
export const SPLIT_PATTERNS = labelled(SPLIT_PATTERN_LABELS);

export const GOAL_FLAW_LABELS = {
  OUTPUT_NOT_OUTCOME: 'Describes output to build, not an outcome',
  NO_MEASURE: 'No measure to tell when it is met',
  NO_HORIZON: 'No time horizon',
  TOO_BROAD: 'Several goals in one: no focus',
  TOO_SMALL: 'Sprint-sized: a task, not a Product Goal',
  OFF_VISION: 'Does not serve the product vision',
  NO_TARGET_GROUP: 'Does not say for whom',
} as const;
export type GoalFlaw = keyof typeof GOAL_FLAW_LABELS;
export const GOAL_FLAWS = labelled(GOAL_FLAW_LABELS);

export const KATA_REASON_LABELS = {
  GOAL: 'Moves the Product Goal measure most',
  ENABLER: 'Items above the goal work depend on it',
  RISK: 'Retires a big risk or unknown early',
  DEADLINE: 'A fixed date makes waiting costly',
  LATER: 'Serves the goal, but less than the items above',
  OFF_GOAL: 'Does not serve the current Product Goal',
} as const;
export type KataReason = keyof typeof KATA_REASON_LABELS;
export const KATA_REASONS = labelled(KATA_REASON_LABELS);

export const ECONOMIC_TERM_LABELS = {
  COST_OF_DELAY: 'Cost of delay',
  CD3: 'CD3 (cost of delay divided by duration)',
  WSJF: 'WSJF (weighted shortest job first)',
  ROI: 'Return on investment',
  OPPORTUNITY_COST: 'Opportunity cost',
  SUNK_COST: 'Sunk cost',
  TOTAL_COST_OF_OWNERSHIP: 'Total cost of ownership',
} as const;
export type EconomicTerm = keyof typeof ECONOMIC_TERM_LABELS;
export const economicTermCategories = (...ids: EconomicTerm[]): readonly Labelled[] => ids.map((id) => ({ id, label: ECONOMIC_TERM_LABELS[id] }));

export const VALUE_LENSES: readonly Labelled[] = VALUE_PERSPECTIVES.map((id) => ({ id, label: VALUE_PERSPECTIVE_LABELS[id] }));

export const techniqueCategories = (...ids: EngagementTechnique[]): readonly Labelled[] =>
  ids.map((id) => ({ id, label: ENGAGEMENT_TECHNIQUE_LABELS[id] }));

/** Ways to connect developers with customers and users (C3.5). */
export const CONNECT_APPROACH_LABELS = {
  DEVS_IN_INTERVIEWS: 'Developers join customer interviews',
  FIELD_VISIT: 'Developers visit users where they work',
  SUPPORT_ROTATION: 'Developers take turns on support',
  USERS_AT_REVIEW: 'Users take part in the Sprint Review',
  WATCH_USABILITY_TESTS: 'Developers watch usability tests',
  SHARED_CHANNEL: 'A shared channel with pilot customers',
} as const;
export type ConnectApproach = keyof typeof CONNECT_APPROACH_LABELS;
export const connectApproachCategories = (...ids: ConnectApproach[]): readonly Labelled[] => ids.map((id) => ({ id, label: CONNECT_APPROACH_LABELS[id] }));

/** Techniques to measure value (C5.5), and Evidence-Based Management's key value areas. */
export const VALUE_MEASURE_LABELS = {
  AB_TEST: 'A/B test against a control group',
  FUNNEL: 'Funnel and conversion analytics',
  COHORT_RETENTION: 'Cohort retention over time',
  SATISFACTION_SURVEY: 'Satisfaction survey (NPS, CSAT)',
  USABILITY_TEST: 'Usability test: task success and time on task',
  OPERATIONAL_METRIC: 'Operational metric (tickets, cost to serve)',
  FINANCIAL: 'Financial measure (revenue, margin, cost)',
  CURRENT_VALUE: 'EBM: current value',
  UNREALIZED_VALUE: 'EBM: unrealised value',
  TIME_TO_MARKET: 'EBM: time to market',
  ABILITY_TO_INNOVATE: 'EBM: ability to innovate',
} as const;
export type ValueMeasure = keyof typeof VALUE_MEASURE_LABELS;
export const valueMeasureCategories = (...ids: ValueMeasure[]): readonly Labelled[] => ids.map((id) => ({ id, label: VALUE_MEASURE_LABELS[id] }));
