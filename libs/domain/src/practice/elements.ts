import { quizElementId } from './scoring/choice';
import type { Exercise } from './types';

export const FORECAST_ELEMENTS = ['coverage', 'commitment', 'width'] as const;

/**
 * The gradeable elements of an exercise: each has a rationale, and each gets a feedback entry when
 * an answer is scored (an option, a statement to sort, an item to place, a rubric rule…).
 */
export function elementIdsOf(exercise: Exercise): string[] {
  switch (exercise.type) {
    case 'OUTCOME_OUTPUT_SORT':
    case 'ECONOMICS_MATCH':
    case 'FLAWED_ITEM':
    case 'STORY_SPLIT':
    case 'TECHNIQUE_MATCH':
    case 'VALUE_LENSES':
    case 'MEASURE_MATCH':
      return exercise.material.elements.map((e) => e.id);
    case 'OUTCOME_ACTIONS':
    case 'GOAL_CRITIQUE':
    case 'ASSUMPTION_MAP':
    case 'BURN_UP_DIAGNOSIS':
    case 'GOAL_FOR_VISION':
    case 'SPRINT_GOAL':
    case 'SITUATIONAL_JUDGEMENT':
      return exercise.material.options.map((o) => o.id);
    case 'DISCOVERY_QUIZ':
      return exercise.material.questions.flatMap((q) => q.options.map((o) => quizElementId(q.id, o.id)));
    case 'WSJF_ORDER':
    case 'CD3_ORDER':
      return exercise.material.items.map((i) => i.id);
    case 'ORDERING_KATA':
      return exercise.material.items.map((i) => i.id);
    case 'ITEM_WRITING':
      return [...exercise.answerKey.rules];
    case 'STAKEHOLDER_MAP':
      return exercise.material.stakeholders.map((s) => s.id);
    case 'SEGMENTATION':
      return exercise.material.profiles.map((p) => p.id);
    case 'KANO_EVALUATION':
      return exercise.material.features.map((f) => f.id);
    case 'VALIDATION_RANKING':
      return exercise.material.approaches.map((a) => a.id);
    case 'RELEASE_FORECAST':
      return [...FORECAST_ELEMENTS];
  }
}

/** How many gradeable elements the exercises hold in all. */
export function countScoredItems(catalogue: readonly Exercise[]): number {
  return catalogue.reduce((sum, exercise) => sum + elementIdsOf(exercise).length, 0);
}
