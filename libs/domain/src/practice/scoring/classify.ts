import type { AttemptResult, ClassifyAnswer, ClassifyKey, ClassifyMaterial, ElementFeedback } from '../types';
import { attemptResult, plural, sentence, why } from './result';
import { choiceMapAt, objectAt, own } from './validate';

export interface ClassifyExercise {
  readonly material: ClassifyMaterial;
  readonly answerKey: ClassifyKey;
  readonly rationale: Readonly<Record<string, string>>;
}

export function readClassifyAnswer(exercise: ClassifyExercise, answer: unknown): ClassifyAnswer {
  const elements = new Set(exercise.material.elements.map((e) => e.id));
  const categories = new Set(exercise.material.categories.map((c) => c.id));
  const assignments = choiceMapAt(own(objectAt(answer, ''), 'assignments'), 'assignments', elements, categories, 'a category');
  return { assignments: Object.fromEntries(assignments) };
}

/** One point per element put in its category; `noun` names the elements in the summary ("statements"). */
export function scoreClassify(exercise: ClassifyExercise, answer: unknown, noun: string): AttemptResult {
  const { assignments } = readClassifyAnswer(exercise, answer);
  const label = new Map(exercise.material.categories.map((c) => [c.id, c.label]));
  const name = (id: string | undefined): string => (id === undefined ? '' : (label.get(id) ?? id));
  let right = 0;
  const feedback: ElementFeedback[] = exercise.material.elements.map((element) => {
    const expected = exercise.answerKey.categoryOf[element.id];
    const given = Object.prototype.hasOwnProperty.call(assignments, element.id) ? assignments[element.id] : undefined;
    const correct = given !== undefined && given === expected;
    if (correct) right++;
    const verdict =
      given === undefined ? `Not answered: it is ${name(expected)}.` : correct ? `${name(expected)}.` : `You chose ${name(given)}; it is ${name(expected)}.`;
    return { elementId: element.id, correct, credit: correct ? 1 : 0, rationale: sentence(verdict, why(exercise.rationale, element.id)) };
  });
  const total = exercise.material.elements.length;
  return attemptResult(total === 0 ? 0 : right / total, feedback, `${right} of ${plural(total, noun.replace(/s$/, ''), noun)} placed right.`);
}
