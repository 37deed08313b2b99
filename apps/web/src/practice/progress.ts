/** The practice home's view of the catalogue and of the learner's progress. Pure. */
import {
  EXERCISE_TYPES,
  type Exercise,
  type ExerciseType,
  nextExercises,
  OBJECTIVE_CATEGORIES,
  OBJECTIVE_CATEGORY_LABELS,
  OBJECTIVE_IDS,
  OBJECTIVE_TRAINERS,
  objectiveCategory,
  type ObjectiveCategory,
  type ObjectiveId,
  type PracticeAttempt,
} from '@backlog-studio/domain';
import { OBJECTIVE_LABELS } from './labels';

export interface MasteryEntry {
  readonly objective: string;
  readonly mastery: number;
  readonly attempts: number;
}

export interface ObjectiveView {
  readonly id: ObjectiveId;
  readonly label: string;
  /** What the trainer does for it; null for C3.1, which is practised in the workspace only. */
  readonly trainer: string | null;
  readonly mastery: number;
  readonly attempts: number;
}

export interface CategoryView {
  readonly id: ObjectiveCategory;
  readonly label: string;
  readonly mastery: number;
  readonly objectives: readonly ObjectiveView[];
}

/** Every objective under its category (C1…C5), with the API's mastery (0 when it has none). */
export function objectiveMap(byObjective: readonly MasteryEntry[], byCategory: readonly { category: string; mastery: number }[]): CategoryView[] {
  const mastery = new Map(byObjective.map((m) => [m.objective, m]));
  const categoryMastery = new Map(byCategory.map((c) => [c.category, c.mastery]));
  return OBJECTIVE_CATEGORIES.map((category) => ({
    id: category,
    label: OBJECTIVE_CATEGORY_LABELS[category],
    mastery: categoryMastery.get(category) ?? 0,
    objectives: OBJECTIVE_IDS.filter((o) => objectiveCategory(o) === category).map((id) => ({
      id,
      label: OBJECTIVE_LABELS[id],
      trainer: OBJECTIVE_TRAINERS[id]?.trainer ?? null,
      mastery: mastery.get(id)?.mastery ?? 0,
      attempts: mastery.get(id)?.attempts ?? 0,
    })),
  }));
}

export interface TypeView {
  readonly type: ExerciseType;
  readonly exercises: readonly Exercise[];
  readonly objectives: readonly ObjectiveId[];
}

/** The exercise types in catalogue order, each with its exercises and the objectives they train. */
export function exerciseTypes(catalogue: readonly Exercise[]): TypeView[] {
  return EXERCISE_TYPES.map((type) => {
    const exercises = catalogue.filter((e) => e.type === type);
    return { type, exercises, objectives: [...new Set(exercises.map((e) => e.objective))] };
  }).filter((t) => t.exercises.length > 0);
}

/** The exercise of `exercises` to do next (never tried first, then the one tried longest ago), by the domain's spaced repetition. */
export function suggestedExercise(exercises: readonly Exercise[], attempts: readonly PracticeAttempt[], now: Date = new Date()): Exercise | null {
  return nextExercises(exercises, attempts, now, 1)[0] ?? null;
}

/** The first exercise id the API proposes that is not the one just done. */
export function nextAfter(next: readonly string[], currentId: string): string | null {
  return next.find((id) => id !== currentId) ?? null;
}
