import type { ExerciseType, ObjectiveId } from '@backlog-studio/domain';

/** The objectives of DOMAIN.md in a few words each (our paraphrase of the CSPO learning objectives). */
export const OBJECTIVE_LABELS: Readonly<Record<ObjectiveId, string>> = {
  'C1.1': 'Organisational designs that shape the product owner’s accountability',
  'C1.2': 'Transparency about progress toward goals',
  'C1.3': 'Techniques to gather insights from stakeholders',
  'C1.4': 'Working with the team through the Scrum events',
  'C1.5': 'Being product owner for several teams',
  'C1.6': 'Why the product owner is one person, not a committee',
  'C1.7': 'Keeping authority over the backlog while collaborating',
  'C2.1': 'Product vision and Product Goal',
  'C2.2': 'Creating a Product Goal',
  'C2.3': 'Creating a Sprint Goal with the team',
  'C2.4': 'Elements of a product plan or forecast',
  'C2.5': 'Planning a product release',
  'C2.6': 'Small, valuable, usable increments',
  'C3.1': 'Discovery and validation built into the work',
  'C3.2': 'Segmenting customers and users',
  'C3.3': 'Conflicting customer needs',
  'C3.4': 'Aspects of discovery that drive success',
  'C3.5': 'Connecting developers to customers',
  'C4.1': 'How Scrum supports validating assumptions',
  'C4.2': 'Validation approaches by cost and quality of learning',
  'C5.1': 'Outcome and output',
  'C5.2': 'More outcome with less output',
  'C5.3': 'Product economics',
  'C5.4': 'Value from three stakeholder perspectives',
  'C5.5': 'Techniques to measure value',
  'C5.6': 'A backlog that supports the Product Goal',
  'C5.7': 'An item that describes desired outcome and value',
  'C5.8': 'Refining the backlog',
};

/** What each exercise type asks, for the list to pick from. */
export const EXERCISE_TYPE_INFO: Readonly<Record<ExerciseType, { readonly label: string; readonly description: string }>> = {
  OUTCOME_OUTPUT_SORT: { label: 'Output, outcome or impact', description: 'Sort statements into output, outcome and impact.' },
  OUTCOME_ACTIONS: { label: 'More outcome, less output', description: 'Pick the actions that raise the outcome while keeping output small.' },
  ECONOMICS_MATCH: { label: 'Terms of product economics', description: 'Match cases to cost of delay, CD3, WSJF, ROI, opportunity and sunk cost.' },
  WSJF_ORDER: { label: 'Order by WSJF', description: 'Compute WSJF for each item, then order the items by it without breaking a dependency.' },
  CD3_ORDER: { label: 'Order by CD3', description: 'Compute cost of delay divided by duration, then order the items by it.' },
  ORDERING_KATA: { label: 'Ordering kata with reasons', description: 'Order the backlog against the Product Goal and give each item the reason for its place.' },
  ITEM_WRITING: { label: 'Write a backlog item', description: 'Write the desired outcome, the value and acceptance criteria; a rubric checks them.' },
  FLAWED_ITEM: { label: 'Spot the flawed item', description: 'Name the main flaw of each item before refinement, or mark it sound.' },
  GOAL_CRITIQUE: { label: 'Critique a Product Goal', description: 'Tag every flaw of a Product Goal.' },
  GOAL_FOR_VISION: { label: 'The goal that serves the vision', description: 'Pick the Product Goal that best serves a Product Vision Board.' },
  SPRINT_GOAL: { label: 'Craft the Sprint Goal', description: 'Choose the coherent Sprint Goal for the items the developers selected.' },
  STORY_SPLIT: { label: 'Split the epic', description: 'Tag each slice with its SPIDR pattern, or spot the slice that is not vertical.' },
  STAKEHOLDER_MAP: { label: 'Stakeholder grid', description: 'Place stakeholders on the power/interest grid and choose how to engage each.' },
  TECHNIQUE_MATCH: { label: 'Technique for the situation', description: 'Match ways of gathering insight, or of connecting developers to customers, to situations.' },
  SEGMENTATION: { label: 'Segment customers and users', description: 'Group profiles into segments by their jobs, pains and gains.' },
  KANO_EVALUATION: { label: 'Kano evaluation', description: 'Classify features from functional and dysfunctional answer pairs.' },
  DISCOVERY_QUIZ: { label: 'Discovery and validation quiz', description: 'Questions with a rationale for every answer.' },
  VALIDATION_RANKING: { label: 'Rank validation approaches', description: 'Rank approaches by cost and by the strength of their evidence.' },
  ASSUMPTION_MAP: { label: 'What to test first', description: 'Pick the important assumptions that rest on weak evidence.' },
  RELEASE_FORECAST: { label: 'Release forecast', description: 'Give an 85 % range from throughput history, scored against a Monte Carlo simulation.' },
  BURN_UP_DIAGNOSIS: { label: 'Read the burn-up', description: 'Pick every reading a Product Goal burn-up supports.' },
  VALUE_LENSES: { label: 'Value lenses', description: 'Assign value statements to the customer, business or team perspective.' },
  MEASURE_MATCH: { label: 'Measure the value', description: 'Choose the technique that measures each kind of value best.' },
  SITUATIONAL_JUDGEMENT: { label: 'Situational judgement', description: 'Choose the best response in a product owner’s situation.' },
};

/** 0..1 as a whole percentage, e.g. "62 %". */
export const percent = (share: number): string => `${Math.round(Math.min(1, Math.max(0, share)) * 100)} %`;
