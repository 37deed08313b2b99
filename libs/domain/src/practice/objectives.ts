/**
 * The 28 CSPO learning objectives (Scrum Alliance, January 2022) by the ids of DOMAIN.md.
 * Exercises, attempts and mastery refer to these ids; keep them stable.
 */
export const OBJECTIVE_IDS = [
  'C1.1', 'C1.2', 'C1.3', 'C1.4', 'C1.5', 'C1.6', 'C1.7',
  'C2.1', 'C2.2', 'C2.3', 'C2.4', 'C2.5', 'C2.6',
  'C3.1', 'C3.2', 'C3.3', 'C3.4', 'C3.5',
  'C4.1', 'C4.2',
  'C5.1', 'C5.2', 'C5.3', 'C5.4', 'C5.5', 'C5.6', 'C5.7', 'C5.8',
] as const;
export type ObjectiveId = (typeof OBJECTIVE_IDS)[number];

export const OBJECTIVE_CATEGORIES = ['C1', 'C2', 'C3', 'C4', 'C5'] as const;
export type ObjectiveCategory = (typeof OBJECTIVE_CATEGORIES)[number];

export const OBJECTIVE_CATEGORY_LABELS: Readonly<Record<ObjectiveCategory, string>> = {
  C1: 'Product Owner core competencies',
  C2: 'Goal setting and planning',
  C3: 'Understanding customers and users',
  C4: 'Validating product assumptions',
  C5: 'Working with the Product Backlog',
};

/** Every objective but C3.1, whose trainer column in DOMAIN.md is "—" (it is practised in the workspace only). */
export const TRAINER_OBJECTIVES = OBJECTIVE_IDS.filter((id) => id !== 'C3.1') as readonly ObjectiveId[];

export function isObjectiveId(value: unknown): value is ObjectiveId {
  return typeof value === 'string' && (OBJECTIVE_IDS as readonly string[]).includes(value);
}

export function objectiveCategory(objective: ObjectiveId): ObjectiveCategory {
  return objective.slice(0, 2) as ObjectiveCategory;
}
