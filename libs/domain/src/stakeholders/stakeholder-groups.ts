/** The vocabularies of stakeholders: who they are, how we engage them, from which perspective they value. */

export const STAKEHOLDER_GROUPS = [
  'CUSTOMER',
  'USER',
  'SPONSOR',
  'SALES',
  'SUPPORT',
  'COMPLIANCE',
  'OPERATIONS',
  'OTHER',
] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

/** Singular labels, so that they read in sentences ("Sales rates 18"). */
export const STAKEHOLDER_GROUP_LABELS: Readonly<Record<StakeholderGroup, string>> = {
  CUSTOMER: 'Customer',
  USER: 'User',
  SPONSOR: 'Sponsor',
  SALES: 'Sales',
  SUPPORT: 'Support',
  COMPLIANCE: 'Compliance',
  OPERATIONS: 'Operations',
  OTHER: 'Other',
};

export const ENGAGEMENT_TECHNIQUES = [
  'SPRINT_REVIEW',
  'ONE_ON_ONE',
  'DEMO',
  'WORKSHOP',
  'SURVEY',
  'NEWSLETTER',
  'PRODUCT_COUNCIL',
  'CUSTOMER_VISIT',
  'USER_INTERVIEW',
  'OTHER',
] as const;
export type EngagementTechnique = (typeof ENGAGEMENT_TECHNIQUES)[number];

export const ENGAGEMENT_TECHNIQUE_LABELS: Readonly<Record<EngagementTechnique, string>> = {
  SPRINT_REVIEW: 'Sprint Review',
  ONE_ON_ONE: 'One-on-one',
  DEMO: 'Demo',
  WORKSHOP: 'Workshop',
  SURVEY: 'Survey',
  NEWSLETTER: 'Newsletter',
  PRODUCT_COUNCIL: 'Product council',
  CUSTOMER_VISIT: 'Customer visit',
  USER_INTERVIEW: 'User interview',
  OTHER: 'Other',
};

/** The three perspectives of an item's value, as in `ValueLike` (customer, business, team). */
export const VALUE_PERSPECTIVES = ['CUSTOMER', 'BUSINESS', 'TEAM'] as const;
export type ValuePerspective = (typeof VALUE_PERSPECTIVES)[number];

export const VALUE_PERSPECTIVE_LABELS: Readonly<Record<ValuePerspective, string>> = {
  CUSTOMER: 'Customer value',
  BUSINESS: 'Business value',
  TEAM: 'Team value',
};

/**
 * Who may rate an item's value: every stakeholder group, plus the Scrum Team itself
 * (product owner and developers). The Scrum Team is not a stakeholder group on the
 * Mendelow grid, so it is added here rather than to STAKEHOLDER_GROUPS.
 */
export const VALUE_RATER_GROUPS = [...STAKEHOLDER_GROUPS, 'SCRUM_TEAM'] as const;
export type ValueRaterGroup = (typeof VALUE_RATER_GROUPS)[number];

export const VALUE_RATER_GROUP_LABELS: Readonly<Record<ValueRaterGroup, string>> = {
  ...STAKEHOLDER_GROUP_LABELS,
  SCRUM_TEAM: 'Scrum Team',
};

/**
 * The perspective a group rates from unless the rater says otherwise.
 * - Customers and users speak for customer value.
 * - Support is BUSINESS: support staff hear customers' pain, but they are the organisation's
 *   people and rate the cost to serve; customer value should come from customers and users
 *   themselves, not from a proxy.
 * - OTHER is BUSINESS: an unnamed group inside the organisation; the rater may override it.
 * - The Scrum Team rates TEAM value (learning, risk reduction, technical enablement).
 */
export const DEFAULT_VALUE_PERSPECTIVE: Readonly<Record<ValueRaterGroup, ValuePerspective>> = {
  CUSTOMER: 'CUSTOMER',
  USER: 'CUSTOMER',
  SPONSOR: 'BUSINESS',
  SALES: 'BUSINESS',
  SUPPORT: 'BUSINESS',
  COMPLIANCE: 'BUSINESS',
  OPERATIONS: 'BUSINESS',
  OTHER: 'BUSINESS',
  SCRUM_TEAM: 'TEAM',
};
