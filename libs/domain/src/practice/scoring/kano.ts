import { KANO_CATEGORIES, type KanoCategory } from '../../backlog-item';
import { kanoFromResponses } from '../../ordering/kano';
import type { AttemptResult, ElementFeedback, KanoEvaluationAnswer, KanoKey, KanoMaterial } from '../types';
import { attemptResult, sentence, why } from './result';
import { choiceMapAt, objectAt, own } from './validate';

export interface KanoExercise {
  readonly material: KanoMaterial;
  readonly answerKey: KanoKey;
  readonly rationale: Readonly<Record<string, string>>;
}

export const KANO_CATEGORY_LABELS: Readonly<Record<KanoCategory, string>> = {
  ATTRACTIVE: 'Attractive',
  ONE_DIMENSIONAL: 'One-dimensional (performance)',
  MUST_BE: 'Must-be',
  INDIFFERENT: 'Indifferent',
  REVERSE: 'Reverse',
  QUESTIONABLE: 'Questionable',
};

export function readKanoAnswer(exercise: KanoExercise, answer: unknown): KanoEvaluationAnswer {
  const ids = new Set(exercise.material.features.map((f) => f.id));
  const categories = choiceMapAt(own(objectAt(answer, ''), 'categories'), 'categories', ids, new Set<string>(KANO_CATEGORIES), 'a Kano category');
  return { categories: Object.fromEntries(categories) as Record<string, KanoCategory> };
}

/** One point per feature put in the category the Kano evaluation table gives its answer pairs. */
export function scoreKano(exercise: KanoExercise, answer: unknown): AttemptResult {
  const { categories } = readKanoAnswer(exercise, answer);
  let right = 0;
  const feedback: ElementFeedback[] = exercise.material.features.map((feature) => {
    const expected = exercise.answerKey.categoryOf[feature.id] as KanoCategory;
    const given = Object.prototype.hasOwnProperty.call(categories, feature.id) ? categories[feature.id] : undefined;
    const correct = given === expected;
    if (correct) right++;
    const verdict =
      given === undefined
        ? `Not answered: it is ${KANO_CATEGORY_LABELS[expected]}.`
        : correct
          ? `${KANO_CATEGORY_LABELS[expected]}.`
          : `You chose ${KANO_CATEGORY_LABELS[given]}; it is ${KANO_CATEGORY_LABELS[expected]}.`;
    const table = `${kanoFromResponses(feature.responses).explanation}.`;
    return { elementId: feature.id, correct, credit: correct ? 1 : 0, rationale: sentence(verdict, table, why(exercise.rationale, feature.id)) };
  });
  const total = exercise.material.features.length;
  return attemptResult(total === 0 ? 0 : right / total, feedback, `${right} of ${total} features categorised right.`);
}
