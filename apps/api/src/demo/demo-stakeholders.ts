/**
 * The demo product's stakeholder map, engagement history, value ratings and one closed
 * Buy-a-Feature round: believable people across all four quadrants, with real disagreement.
 */
import type { EngagementTechnique, StakeholderGroup } from '@backlog-studio/domain';

export interface DemoStakeholder {
  key: string;
  name: string;
  group: StakeholderGroup;
  power: number;
  interest: number;
  contact: string;
  techniques: EngagementTechnique[];
  notes: string;
  /** Speaks for the demo stakeholder account. */
  linkedToStakeholderUser?: boolean;
}

export const DEMO_STAKEHOLDERS: DemoStakeholder[] = [
  { key: 'ceo', name: 'Helen Okafor, CEO', group: 'SPONSOR', power: 10, interest: 8, contact: 'helen.okafor@harvestbox.example', techniques: ['PRODUCT_COUNCIL', 'ONE_ON_ONE'], notes: 'Funds the product; measures us on 90-day churn.' },
  { key: 'cfo', name: 'Marcus Lind, CFO', group: 'SPONSOR', power: 9, interest: 3, contact: 'marcus.lind@harvestbox.example', techniques: ['NEWSLETTER', 'ONE_ON_ONE'], notes: 'Cares about margin per box; rarely reads release notes.' },
  { key: 'sales', name: 'Ines Duarte, Head of Partnerships', group: 'SALES', power: 7, interest: 9, contact: 'ines.duarte@harvestbox.example', techniques: ['SPRINT_REVIEW', 'ONE_ON_ONE'], notes: 'Sells corporate wellbeing bundles; pushes for bulk ordering.', linkedToStakeholderUser: true },
  { key: 'support', name: 'Tom Becker, Support Lead', group: 'SUPPORT', power: 4, interest: 9, contact: 'tom.becker@harvestbox.example', techniques: ['SPRINT_REVIEW', 'DEMO'], notes: 'Sees every allergy and delivery complaint first.' },
  { key: 'ops', name: 'Aisha Rahman, Fulfilment Manager', group: 'OPERATIONS', power: 6, interest: 7, contact: 'aisha.rahman@harvestbox.example', techniques: ['WORKSHOP', 'CUSTOMER_VISIT'], notes: 'Owns picking and packing; any change to cut-off times hits her floor.' },
  { key: 'legal', name: 'Daniel Fischer, Food Safety & Compliance', group: 'COMPLIANCE', power: 8, interest: 4, contact: 'daniel.fischer@harvestbox.example', techniques: ['ONE_ON_ONE'], notes: 'Signs off allergen labelling; can stop a release.' },
  { key: 'family-panel', name: 'Family panel (12 households)', group: 'CUSTOMER', power: 3, interest: 10, contact: 'panel@harvestbox.example', techniques: ['USER_INTERVIEW', 'SURVEY'], notes: 'Monthly interviews; the voice of busy parents.' },
  { key: 'heavy-users', name: 'Weekly planners (power users)', group: 'USER', power: 2, interest: 8, contact: '', techniques: ['SURVEY', 'USER_INTERVIEW'], notes: 'Plan every week; want speed above everything.' },
  { key: 'lapsed', name: 'Lapsed subscribers', group: 'CUSTOMER', power: 2, interest: 2, contact: '', techniques: ['SURVEY'], notes: 'Left in the first 90 days; exit survey only.' },
  { key: 'suppliers', name: 'Regional farm suppliers', group: 'OTHER', power: 3, interest: 4, contact: 'suppliers@harvestbox.example', techniques: ['NEWSLETTER'], notes: 'Need two weeks of demand forecast.' },
];

export interface DemoEngagement {
  daysAgo: number;
  technique: EngagementTechnique;
  stakeholders: string[];
  developersPresent: boolean;
  notes: string;
  items: string[];
}

/** Helen and Daniel (key players) are not engaged in the last 30 days: the warning shows. */
export const DEMO_ENGAGEMENTS: DemoEngagement[] = [
  { daysAgo: 3, technique: 'SPRINT_REVIEW', stakeholders: ['sales', 'support', 'ops'], developersPresent: true, notes: 'Reviewed the week suggestion; Support asked for allergen warnings first.', items: ['suggest-week', 'suggest-week-allergens'] },
  { daysAgo: 9, technique: 'USER_INTERVIEW', stakeholders: ['family-panel'], developersPresent: true, notes: 'Four parents planned a week while we watched: median 14 minutes.', items: ['planner-v1'] },
  { daysAgo: 17, technique: 'CUSTOMER_VISIT', stakeholders: ['ops'], developersPresent: true, notes: 'Walked the packing line with two developers.', items: [] },
  { daysAgo: 24, technique: 'SURVEY', stakeholders: ['heavy-users', 'lapsed'], developersPresent: false, notes: 'Exit survey: 41 % left because planning took too long.', items: [] },
  { daysAgo: 45, technique: 'PRODUCT_COUNCIL', stakeholders: ['ceo', 'cfo', 'sales'], developersPresent: false, notes: 'Agreed the planning-time goal for the next two quarters.', items: [] },
  { daysAgo: 52, technique: 'ONE_ON_ONE', stakeholders: ['legal'], developersPresent: false, notes: 'Allergen wording must follow the labelling regulation.', items: ['allergen-profiles'] },
];

/** Sales and Support disagree on the week suggestion's budget rule and on repeat-last-week. */
export const DEMO_RATINGS: { stakeholder: string; item: string; value: number; rationale: string }[] = [
  { stakeholder: 'sales', item: 'suggest-week-budget', value: 18, rationale: 'Corporate buyers ask for a weekly budget cap first.' },
  { stakeholder: 'support', item: 'suggest-week-budget', value: 4, rationale: 'Nobody has called about budgets; allergies are the calls.' },
  { stakeholder: 'family-panel', item: 'suggest-week-budget', value: 9, rationale: 'Nice, but the time to plan matters more.' },
  { stakeholder: 'support', item: 'suggest-week-allergens', value: 19, rationale: 'One wrong recipe is a safety incident.' },
  { stakeholder: 'sales', item: 'suggest-week-allergens', value: 12, rationale: 'Expected by every buyer.' },
  { stakeholder: 'family-panel', item: 'repeat-last-week', value: 16, rationale: 'Most weeks we eat the same things.' },
  { stakeholder: 'ops', item: 'repeat-last-week', value: 3, rationale: 'Makes demand spiky for the same recipes.' },
  { stakeholder: 'ceo', item: 'suggest-week', value: 17, rationale: 'Directly serves the planning-time goal.' },
  { stakeholder: 'cfo', item: 'suggest-week', value: 8, rationale: 'Good if it does not raise the cost per box.' },
];

/** A closed round: the stakeholder account (Partnerships) and the developer each had 9 of 38. */
export const DEMO_VOTING = {
  title: 'Q4 partner council: what do we buy first?',
  items: ['suggest-week-budget', 'suggest-week-allergens', 'repeat-last-week', 'swap-meal'],
  allocations: {
    'stakeholder@demo.local': { budget: 9, pledges: { 'suggest-week-budget': 8, 'swap-meal': 1 } },
    'dev@demo.local': { budget: 9, pledges: { 'suggest-week-allergens': 5, 'repeat-last-week': 4 } },
  } as Record<string, { budget: number; pledges: Record<string, number> }>,
};
