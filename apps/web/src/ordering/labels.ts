import type { OrderingCriterion, OrderingStrategy } from '../api/generated/graphql';

/** Why an item was placed where it is (kept with each move in the order history). */
export const CRITERION_LABEL: Record<OrderingCriterion, string> = {
  VALUE: 'Value',
  COST_OF_DELAY: 'Cost of delay',
  WSJF: 'WSJF',
  CD3: 'CD3',
  RISK: 'Risk',
  DEPENDENCY: 'Dependency',
  LEARNING: 'Learning',
  STAKEHOLDER: 'Stakeholder request',
  MOSCOW: 'MoSCoW',
  RICE: 'RICE',
  OTHER: 'Other',
};

export const CRITERIA = Object.keys(CRITERION_LABEL) as OrderingCriterion[];

export const STRATEGY_LABEL: Record<OrderingStrategy, { name: string; how: string }> = {
  WSJF: { name: 'WSJF', how: 'Cost of delay (user/business value + time criticality + risk reduction) ÷ job size.' },
  CD3: { name: 'CD3', how: 'Cost of delay per week ÷ duration (size stands for duration).' },
  VALUE: { name: 'Total value', how: 'Customer + business + team value.' },
  MOSCOW: { name: 'MoSCoW', how: 'Must, should, could, won’t (this time).' },
};

export const STRATEGIES = Object.keys(STRATEGY_LABEL) as OrderingStrategy[];
