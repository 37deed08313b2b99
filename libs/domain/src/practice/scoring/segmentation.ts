import type { AttemptResult, ElementFeedback, SegmentationAnswer, SegmentationKey, SegmentationMaterial } from '../types';
import { adjustedRandIndex } from './ari';
import { attemptResult, sentence, why } from './result';
import { ANSWER_LIMITS, mapAt, objectAt, own, stringAt } from './validate';

export interface SegmentationExercise {
  readonly material: SegmentationMaterial;
  readonly answerKey: SegmentationKey;
  readonly rationale: Readonly<Record<string, string>>;
}

export function readSegmentationAnswer(exercise: SegmentationExercise, answer: unknown): SegmentationAnswer {
  const ids = new Set(exercise.material.profiles.map((p) => p.id));
  const groups = mapAt(own(objectAt(answer, ''), 'groups'), 'groups', ids, (v, path) => stringAt(v, path, ANSWER_LIMITS.maxId).trim());
  return { groups: Object.fromEntries(groups) };
}

/**
 * Grouping profiles into segments, scored by the adjusted Rand index against the key (negative
 * values count as 0): only which profiles share a group matters, not the group names. A profile
 * left ungrouped is a group of its own.
 */
export function scoreSegmentation(exercise: SegmentationExercise, answer: unknown): AttemptResult {
  const { groups } = readSegmentationAnswer(exercise, answer);
  const profiles = exercise.material.profiles;
  const given = (id: string): string | undefined =>
    Object.prototype.hasOwnProperty.call(groups, id) && (groups[id] as string).length > 0 ? groups[id] : undefined;
  // Unanswered profiles get a label no learner can type (a NUL prefix), one each.
  const answered = profiles.map((p) => given(p.id) ?? `\u0000${p.id}`);
  const expected = profiles.map((p) => exercise.answerKey.segmentOf[p.id] as string);
  const ari = adjustedRandIndex(expected, answered);

  const name = new Map(profiles.map((p) => [p.id, p.title ?? p.text]));
  const segmentLabel = new Map(exercise.answerKey.segments.map((s) => [s.id, s.label]));
  const mates = (labels: readonly string[], i: number): string[] =>
    profiles.filter((_, j) => j !== i && labels[j] === labels[i]).map((p) => p.id);
  const list = (ids: readonly string[]): string => (ids.length === 0 ? 'no one' : ids.map((id) => name.get(id) ?? id).join(', '));

  let right = 0;
  const feedback: ElementFeedback[] = profiles.map((profile, i) => {
    const keyMates = mates(expected, i);
    const answerMates = given(profile.id) === undefined ? [] : mates(answered, i);
    const correct = given(profile.id) !== undefined && keyMates.length === answerMates.length && keyMates.every((m) => answerMates.includes(m));
    if (correct) right++;
    const segment = segmentLabel.get(expected[i] as string) ?? '';
    const verdict =
      given(profile.id) === undefined
        ? `Not grouped. It belongs to "${segment}" with ${list(keyMates)}.`
        : correct
          ? `Grouped right ("${segment}").`
          : `You grouped it with ${list(answerMates)}; it belongs to "${segment}" with ${list(keyMates)}.`;
    return { elementId: profile.id, correct, credit: correct ? 1 : 0, rationale: sentence(verdict, why(exercise.rationale, profile.id)) };
  });
  return attemptResult(
    Math.max(0, ari),
    feedback,
    `Adjusted Rand index ${ari.toFixed(2)} (1 = the same grouping as the key, 0 = no better than chance); ${right} of ${profiles.length} profiles grouped with exactly the right peers.`,
  );
}
