import type { AttemptResult, ElementFeedback, ItemDraft, ItemWritingKey, ItemWritingMaterial } from '../types';
import { attemptResult, sentence, why } from './result';
import { checkItemDraft, ITEM_RUBRIC_LABELS } from './rubric';
import { arrayAt, objectAt, own, stringAt } from './validate';

export interface ItemWritingExercise {
  readonly material: ItemWritingMaterial;
  readonly answerKey: ItemWritingKey;
  readonly rationale: Readonly<Record<string, string>>;
}

/** Missing fields read as empty text (and fail their rules); text of the wrong type is refused. */
export function readItemDraft(answer: unknown): ItemDraft {
  const record = objectAt(answer, '');
  const text = (field: string): string => {
    const value = own(record, field);
    return value === undefined || value === null ? '' : stringAt(value, field);
  };
  const rawCriteria = own(record, 'acceptanceCriteria');
  const acceptanceCriteria = Array.isArray(rawCriteria)
    ? arrayAt(rawCriteria, 'acceptanceCriteria').map((c, i) => stringAt(c, `acceptanceCriteria[${i}]`))
    : text('acceptanceCriteria');
  return { title: text('title'), outcome: text('outcome'), value: text('value'), acceptanceCriteria };
}

/** One point per rubric rule passed; the feedback names each rule and, when it fails, exactly why. */
export function scoreItemWriting(exercise: ItemWritingExercise, answer: unknown): AttemptResult {
  const draft = readItemDraft(answer);
  const checks = checkItemDraft(draft, { rules: exercise.answerKey.rules, topicWords: exercise.material.topicWords });
  const feedback: ElementFeedback[] = checks.map((c) => ({
    elementId: c.rule,
    correct: c.passed,
    credit: c.passed ? 1 : 0,
    rationale: sentence(`${ITEM_RUBRIC_LABELS[c.rule]} \u2014 ${c.passed ? 'passed' : 'failed'}: ${c.message}.`, why(exercise.rationale, c.rule)),
  }));
  const failed = checks.filter((c) => !c.passed).map((c) => ITEM_RUBRIC_LABELS[c.rule]);
  const passed = checks.length - failed.length;
  return attemptResult(
    checks.length === 0 ? 0 : passed / checks.length,
    feedback,
    `${passed} of ${checks.length} rubric rules passed${failed.length > 0 ? `; failed: ${failed.join(', ')}` : ''}.`,
  );
}
