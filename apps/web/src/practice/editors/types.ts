import type { ExerciseOf, ExerciseType } from '@backlog-studio/domain';
import type { Draft, FeedbackIndex } from '../answers';

/** What every answer editor gets: the (shuffled) exercise, the draft, and the feedback once checked. */
export interface EditorProps<T extends ExerciseType> {
  readonly exercise: ExerciseOf<T>;
  readonly draft: Draft;
  readonly update: (change: (draft: Draft) => Draft) => void;
  /** Null while answering; the feedback per element once checked (the controls are locked then). */
  readonly review: FeedbackIndex | null;
}

/** Ids for controls: unique per exercise and element, and valid in CSS selectors. */
export const controlId = (exerciseId: string, ...parts: string[]): string => `pr-${[exerciseId, ...parts].join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;
