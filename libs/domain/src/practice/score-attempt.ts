import { scoreChoice, scoreQuiz } from './scoring/choice';
import { scoreClassify } from './scoring/classify';
import { scoreComputedOrder } from './scoring/compute-order';
import { scoreForecast } from './scoring/forecast';
import { scoreItemWriting } from './scoring/item-writing';
import { scoreKano } from './scoring/kano';
import { scoreKata } from './scoring/kata';
import { scoreRanking } from './scoring/ranking';
import { scoreSegmentation } from './scoring/segmentation';
import { scoreSelect } from './scoring/select';
import { scoreStakeholderMap } from './scoring/stakeholders';
import { MalformedAnswer } from './scoring/validate';
import type { AnswerError, AttemptResult, Exercise } from './types';

function dispatch(exercise: Exercise, answer: unknown): AttemptResult {
  switch (exercise.type) {
    case 'OUTCOME_OUTPUT_SORT':
      return scoreClassify(exercise, answer, 'statements');
    case 'ECONOMICS_MATCH':
      return scoreClassify(exercise, answer, 'cases');
    case 'FLAWED_ITEM':
      return scoreClassify(exercise, answer, 'items');
    case 'STORY_SPLIT':
      return scoreClassify(exercise, answer, 'slices');
    case 'TECHNIQUE_MATCH':
      return scoreClassify(exercise, answer, 'situations');
    case 'VALUE_LENSES':
      return scoreClassify(exercise, answer, 'statements');
    case 'MEASURE_MATCH':
      return scoreClassify(exercise, answer, 'values');
    case 'OUTCOME_ACTIONS':
      return scoreSelect(exercise, answer, 'actions that apply');
    case 'GOAL_CRITIQUE':
      return scoreSelect(exercise, answer, 'flaws');
    case 'ASSUMPTION_MAP':
      return scoreSelect(exercise, answer, 'assumptions to test first');
    case 'BURN_UP_DIAGNOSIS':
      return scoreSelect(exercise, answer, 'readings the chart supports');
    case 'GOAL_FOR_VISION':
    case 'SPRINT_GOAL':
    case 'SITUATIONAL_JUDGEMENT':
      return scoreChoice(exercise, answer);
    case 'DISCOVERY_QUIZ':
      return scoreQuiz(exercise, answer);
    case 'WSJF_ORDER':
      return scoreComputedOrder(exercise, answer, 'WSJF');
    case 'CD3_ORDER':
      return scoreComputedOrder(exercise, answer, 'CD3');
    case 'ORDERING_KATA':
      return scoreKata(exercise, answer);
    case 'ITEM_WRITING':
      return scoreItemWriting(exercise, answer);
    case 'STAKEHOLDER_MAP':
      return scoreStakeholderMap(exercise, answer);
    case 'SEGMENTATION':
      return scoreSegmentation(exercise, answer);
    case 'KANO_EVALUATION':
      return scoreKano(exercise, answer);
    case 'VALIDATION_RANKING':
      return scoreRanking(exercise, answer);
    case 'RELEASE_FORECAST':
      return scoreForecast(exercise, answer);
  }
}

function rejected(error: AnswerError): AttemptResult {
  return { score: 0, correct: false, feedback: [], summary: `Not scored: ${error.message}.`, error };
}

/**
 * Scores a learner's answer: 0..1 with partial credit, a verdict and rationale per element, and a
 * summary. Deterministic and pure, so the browser (instant feedback) and the API (which re-scores
 * whatever it stores and never trusts a score sent to it) always agree. Never throws on the
 * answer: a malformed one scores 0 with `error` saying what is wrong and where.
 */
export function scoreAttempt(exercise: Exercise, answer: unknown): AttemptResult {
  if (answer === undefined || answer === null) {
    return rejected({ code: 'MALFORMED_ANSWER', path: '', message: 'no answer was given' });
  }
  try {
    const result = dispatch(exercise, answer);
    if (result === undefined) {
      return rejected({ code: 'UNKNOWN_EXERCISE', path: 'type', message: `exercise type ${String((exercise as { type?: unknown }).type)} is not known` });
    }
    return result;
  } catch (error) {
    if (error instanceof MalformedAnswer) return rejected({ code: 'MALFORMED_ANSWER', path: error.path, message: error.message });
    throw error;
  }
}
