import type { AttemptResult, ChoiceKey, ChoiceMaterial, ElementFeedback, QuizAnswer, QuizKey, QuizMaterial } from '../types';
import { attemptResult, sentence, why } from './result';
import { idAt, mapAt, objectAt, own } from './validate';

export interface ChoiceExercise {
  readonly material: ChoiceMaterial;
  readonly answerKey: ChoiceKey;
  readonly rationale: Readonly<Record<string, string>>;
}

const creditOf = (key: ChoiceKey, id: string): number =>
  Object.prototype.hasOwnProperty.call(key.credit, id) ? (key.credit[id] as number) : 0;

const quality = (credit: number): string =>
  credit >= 1 ? 'the best response' : credit > 0 ? 'a defensible response, but not the best' : 'a weak response';

/** The chosen option's credit: 1 for the best, 0.5 for a defensible one, 0 otherwise. */
export function scoreChoice(exercise: ChoiceExercise, answer: unknown): AttemptResult {
  const options = new Set(exercise.material.options.map((o) => o.id));
  const choice = idAt(own(objectAt(answer, ''), 'choice'), 'choice', options, 'an option');
  const feedback: ElementFeedback[] = exercise.material.options.map((option) => {
    const credit = creditOf(exercise.answerKey, option.id);
    const chosen = option.id === choice;
    const verdict = chosen ? `Your choice: ${quality(credit)}.` : credit >= 1 ? 'The best response.' : `Not chosen: ${quality(credit)}.`;
    return {
      elementId: option.id,
      correct: chosen ? credit >= 1 : credit < 1,
      credit: chosen ? credit : credit >= 1 ? 0 : 1,
      rationale: sentence(verdict, why(exercise.rationale, option.id)),
    };
  });
  const credit = creditOf(exercise.answerKey, choice);
  return attemptResult(credit, feedback, `You chose ${quality(credit)}.`);
}

export interface QuizExercise {
  readonly material: QuizMaterial;
  readonly answerKey: QuizKey;
  readonly rationale: Readonly<Record<string, string>>;
}

/** Element id of a quiz option: question and option, e.g. "q2:b". */
export const quizElementId = (questionId: string, optionId: string): string => `${questionId}:${optionId}`;

export function readQuizAnswer(exercise: QuizExercise, answer: unknown): QuizAnswer {
  const questions = new Map(exercise.material.questions.map((q) => [q.id, new Set(q.options.map((o) => o.id))]));
  const choices = mapAt(own(objectAt(answer, ''), 'choices'), 'choices', new Set(questions.keys()), (entry, path, questionId) =>
    idAt(entry, path, questions.get(questionId) ?? new Set<string>(), 'an option of that question'),
  );
  return { choices: Object.fromEntries(choices) };
}

/** One point per question answered right; every option of every question gets its rationale. */
export function scoreQuiz(exercise: QuizExercise, answer: unknown): AttemptResult {
  const { choices } = readQuizAnswer(exercise, answer);
  let right = 0;
  const feedback: ElementFeedback[] = [];
  for (const question of exercise.material.questions) {
    const key = exercise.answerKey.correct[question.id];
    const chosen = Object.prototype.hasOwnProperty.call(choices, question.id) ? choices[question.id] : undefined;
    if (chosen !== undefined && chosen === key) right++;
    for (const option of question.options) {
      const isKey = option.id === key;
      const isChosen = option.id === chosen;
      const verdict = isChosen ? (isKey ? 'Your answer: right.' : 'Your answer: not this one.') : isKey ? 'The right answer.' : '';
      const elementId = quizElementId(question.id, option.id);
      feedback.push({ elementId, correct: isKey === isChosen, credit: isKey === isChosen ? 1 : 0, rationale: sentence(verdict, why(exercise.rationale, elementId)) });
    }
  }
  const total = exercise.material.questions.length;
  return attemptResult(total === 0 ? 0 : right / total, feedback, `${right} of ${total} questions answered right.`);
}
