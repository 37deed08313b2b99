import type { ObjectiveId } from '../objectives';
import type { Exercise } from '../types';
import { C1_JUDGEMENT } from './c1-judgement';
import { C1_PROGRESS } from './c1-progress';
import { C1_STAKEHOLDERS } from './c1-stakeholders';
import { C2_GOALS } from './c2-goals';
import { C2_PLANNING } from './c2-planning';
import { C3_CUSTOMERS } from './c3-customers';
import { C4_VALIDATION } from './c4-validation';
import { C5_ECONOMICS } from './c5-economics';
import { C5_OUTCOMES } from './c5-outcomes';
import { C5_REFINEMENT } from './c5-refinement';
import { QUIZZES } from './quizzes';

/** Every exercise of the trainer, in objective order. Ids are stable: attempts refer to them. */
export const CATALOGUE: readonly Exercise[] = [
  ...C1_JUDGEMENT,
  ...C1_STAKEHOLDERS,
  ...C1_PROGRESS,
  ...C2_GOALS,
  ...C2_PLANNING,
  ...C3_CUSTOMERS,
  ...QUIZZES,
  ...C4_VALIDATION,
  ...C5_OUTCOMES,
  ...C5_ECONOMICS,
  ...C5_REFINEMENT,
].sort((a, b) => compareObjectives(a.objective, b.objective) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function compareObjectives(a: ObjectiveId, b: ObjectiveId): number {
  const [ca, na] = a.slice(1).split('.').map(Number) as [number, number];
  const [cb, nb] = b.slice(1).split('.').map(Number) as [number, number];
  return ca - cb || na - nb;
}

const BY_ID: ReadonlyMap<string, Exercise> = new Map(CATALOGUE.map((e) => [e.id, e]));

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

export function exercisesForObjective(objective: ObjectiveId | string, catalogue: readonly Exercise[] = CATALOGUE): Exercise[] {
  return catalogue.filter((e) => e.objective === objective);
}
