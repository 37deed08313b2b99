import type { GoalStatus, ItemKind, ItemStatus, KanoCategory, MoscowBucket, RiskLevel } from '@backlog-studio/domain';

export const KIND_LABEL: Record<ItemKind, string> = {
  FEATURE: 'Feature',
  BUG: 'Bug',
  EXPERIMENT: 'Experiment',
  ENABLER: 'Enabler',
  SPIKE: 'Spike',
};

export const STATUS_LABEL: Record<ItemStatus, string> = {
  IDEA: 'Idea',
  REFINED: 'Refined',
  READY: 'Ready',
  IN_SPRINT: 'In sprint',
  DONE: 'Done',
};

export const GOAL_STATUS_LABEL: Record<GoalStatus, string> = {
  ACTIVE: 'Active',
  FULFILLED: 'Fulfilled',
  ABANDONED: 'Abandoned',
};

export const RISK_LABEL: Record<RiskLevel, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };

export const MOSCOW_LABEL: Record<MoscowBucket, string> = {
  MUST: 'Must have',
  SHOULD: 'Should have',
  COULD: 'Could have',
  WONT: 'Won’t have (this time)',
};

export const KANO_LABEL: Record<KanoCategory, string> = {
  ATTRACTIVE: 'Attractive (delighter)',
  ONE_DIMENSIONAL: 'One-dimensional (performance)',
  MUST_BE: 'Must-be (basic need)',
  INDIFFERENT: 'Indifferent',
  REVERSE: 'Reverse',
  QUESTIONABLE: 'Questionable',
};

/** Names of changed fields as history and conflicts report them (dotted input paths). */
export const FIELD_LABEL: Record<string, string> = {
  created: 'Created',
  archived: 'Archived',
  restored: 'Restored',
  title: 'Title',
  description: 'Description',
  kind: 'Kind',
  status: 'Status',
  'outcome.statement': 'Outcome statement',
  'outcome.metric': 'Outcome metric',
  'outcome.baseline': 'Outcome baseline',
  'outcome.target': 'Outcome target',
  'outcome.checkBy': 'Outcome check-by date',
  output: 'Output',
  'value.customer': 'Customer value',
  'value.business': 'Business value',
  'value.team': 'Team value',
  'costOfDelay.userBusinessValue': 'User / business value (CoD)',
  'costOfDelay.timeCriticality': 'Time criticality (CoD)',
  'costOfDelay.riskReduction': 'Risk reduction / opportunity (CoD)',
  size: 'Size',
  risk: 'Risk',
  confidence: 'Confidence',
  moscow: 'MoSCoW',
  kano: 'Kano category',
  acceptanceCriteria: 'Acceptance criteria',
  goalId: 'Product Goal',
  parentId: 'Split from',
  name: 'Name',
  vision: 'Vision',
  targetGroup: 'Target group',
  needs: 'Needs',
  product: 'Product',
  businessGoals: 'Business goals',
  statement: 'Statement',
  measure: 'Measure',
  targetDate: 'Target date',
};

export const fieldLabel = (field: string): string => FIELD_LABEL[field] ?? field;

const ENUM_LABELS: Record<string, Record<string, string>> = {
  kind: KIND_LABEL,
  status: STATUS_LABEL,
  risk: RISK_LABEL,
  moscow: MOSCOW_LABEL,
  kano: KANO_LABEL,
};

/** A changed value as JSON text, with vocabulary values (e.g. `"IN_SPRINT"`) in words. */
export function enumValueLabel(field: string, json: string | null): string | null {
  const labels = ENUM_LABELS[field];
  if (!labels || json === null) return null;
  try {
    const value = JSON.parse(json) as unknown;
    return typeof value === 'string' && value in labels ? labels[value] : null;
  } catch {
    return null;
  }
}
