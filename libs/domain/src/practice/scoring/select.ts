import type { AttemptResult, ElementFeedback, SelectAnswer, SelectKey, SelectMaterial } from '../types';
import { attemptResult, plural, sentence, why } from './result';
import { idListAt, objectAt, own } from './validate';

export interface SelectExercise {
  readonly material: SelectMaterial;
  readonly answerKey: SelectKey;
  readonly rationale: Readonly<Record<string, string>>;
}

export function readSelectAnswer(exercise: SelectExercise, answer: unknown): SelectAnswer {
  const options = new Set(exercise.material.options.map((o) => o.id));
  return { selected: idListAt(own(objectAt(answer, ''), 'selected'), 'selected', options, 'an option') };
}

/**
 * (right picks − wrong picks) / options that apply, at least 0: picking everything earns nothing,
 * and an empty answer earns nothing. When no option applies, the score is the share left unpicked.
 */
export function scoreSelect(exercise: SelectExercise, answer: unknown, noun: string): AttemptResult {
  const selected = new Set(readSelectAnswer(exercise, answer).selected);
  const correct = new Set(exercise.answerKey.correct);
  let hits = 0;
  let falsePicks = 0;
  const feedback: ElementFeedback[] = exercise.material.options.map((option) => {
    const applies = correct.has(option.id);
    const picked = selected.has(option.id);
    if (applies && picked) hits++;
    if (!applies && picked) falsePicks++;
    const verdict = applies
      ? picked
        ? 'Right to pick it.'
        : 'Missed: this one applies.'
      : picked
        ? 'This one does not apply.'
        : 'Right to leave it out.';
    return { elementId: option.id, correct: applies === picked, credit: applies === picked ? 1 : 0, rationale: sentence(verdict, why(exercise.rationale, option.id)) };
  });
  const positives = correct.size;
  const total = exercise.material.options.length;
  const score = positives === 0 ? (total === 0 ? 0 : (total - falsePicks) / total) : Math.max(0, (hits - falsePicks) / positives);
  const wrong = falsePicks > 0 ? `; ${plural(falsePicks, 'pick')} did not apply` : '';
  return attemptResult(score, feedback, `You found ${hits} of ${plural(positives, noun.replace(/s$/, ''), noun)}${wrong}.`);
}
