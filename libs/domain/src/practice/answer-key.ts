import { MENDELOW_QUADRANT_INFO, type MendelowQuadrant } from '../stakeholders/mendelow';
import type { AnswerFor, Exercise, ExerciseType } from './types';

const techniqueFor = (quadrant: MendelowQuadrant) => MENDELOW_QUADRANT_INFO[quadrant].techniques[0];

/**
 * The model answer of an exercise, in the shape `scoreAttempt` takes: shown after an attempt
 * ("the answer was…") and used by specs to prove every exercise can be answered in full.
 */
export function answerFromKey(exercise: Exercise): AnswerFor<ExerciseType> {
  switch (exercise.type) {
    case 'OUTCOME_OUTPUT_SORT':
    case 'ECONOMICS_MATCH':
    case 'FLAWED_ITEM':
    case 'STORY_SPLIT':
    case 'TECHNIQUE_MATCH':
    case 'VALUE_LENSES':
    case 'MEASURE_MATCH':
      return { assignments: { ...exercise.answerKey.categoryOf } };
    case 'OUTCOME_ACTIONS':
    case 'GOAL_CRITIQUE':
    case 'ASSUMPTION_MAP':
    case 'BURN_UP_DIAGNOSIS':
      return { selected: [...exercise.answerKey.correct] };
    case 'GOAL_FOR_VISION':
    case 'SPRINT_GOAL':
    case 'SITUATIONAL_JUDGEMENT': {
      const best = Object.entries(exercise.answerKey.credit).find(([, credit]) => credit >= 1);
      return { choice: best?.[0] ?? '' };
    }
    case 'DISCOVERY_QUIZ':
      return { choices: { ...exercise.answerKey.correct } };
    case 'WSJF_ORDER':
    case 'CD3_ORDER':
      return { scores: { ...exercise.answerKey.scores }, order: [...exercise.answerKey.order] };
    case 'ORDERING_KATA':
      return {
        order: [...exercise.answerKey.order],
        reasons: Object.fromEntries(Object.entries(exercise.answerKey.reasons).map(([id, reasons]) => [id, reasons[0] as string])),
      };
    case 'ITEM_WRITING':
      return exercise.answerKey.example;
    case 'STAKEHOLDER_MAP':
      return {
        placements: Object.fromEntries(
          Object.entries(exercise.answerKey.quadrantOf).map(([id, quadrant]) => [id, { quadrant, technique: techniqueFor(quadrant) }]),
        ),
      };
    case 'SEGMENTATION':
      return { groups: { ...exercise.answerKey.segmentOf } };
    case 'KANO_EVALUATION':
      return { categories: { ...exercise.answerKey.categoryOf } };
    case 'VALIDATION_RANKING':
      return { byCost: [...exercise.answerKey.byCost], byEvidence: [...exercise.answerKey.byEvidence] };
    case 'RELEASE_FORECAST':
      return { ...exercise.answerKey.narrowest };
  }
}
