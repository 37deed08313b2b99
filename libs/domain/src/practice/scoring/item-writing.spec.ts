import { describe, expect, it } from 'vitest';
import { CATALOGUE, exerciseById } from '../catalogue';
import { scoreAttempt } from '../score-attempt';
import type { ExerciseOf } from '../types';
import { scoreItemWriting } from './item-writing';

const clinic = exerciseById('c5.7-write-001') as ExerciseOf<'ITEM_WRITING'>;

describe('scoreItemWriting (the C5.7 rubric)', () => {
  it('passes every model answer in full', () => {
    for (const e of CATALOGUE.filter((x): x is ExerciseOf<'ITEM_WRITING'> => x.type === 'ITEM_WRITING')) expect(scoreItemWriting(e, e.answerKey.example).score).toBe(1);
  });

  it('gives one point per rule and names the failed rule in the feedback and the summary', () => {
    const result = scoreItemWriting(clinic, { ...clinic.answerKey.example, outcome: 'Build a cancel button so that no-shows fall to 7 % within 8 weeks.' });
    expect(result.score).toBeCloseTo(5 / 6, 4);
    expect(result.summary).toContain('failed: Outcome, not output');
    expect(result.feedback.find((f) => !f.correct)).toMatchObject({ elementId: 'OUTCOME_NOT_OUTPUT', rationale: expect.stringContaining('Outcome, not output \u2014 failed: the outcome is phrased as output, because it starts with the output verb "build", which says') });
  });

  it('accepts criteria as a list', () => {
    const result = scoreItemWriting(clinic, { ...clinic.answerKey.example, acceptanceCriteria: ['Given a booking', 'When the patient cancels', 'Then the slot is free'] });
    expect(result.score).toBe(1);
  });

  it('scores an empty draft 0 and refuses text of the wrong type', () => {
    expect(scoreItemWriting(clinic, {}).score).toBe(0);
    expect(scoreAttempt(clinic, { outcome: 12 }).error?.path).toBe('outcome');
    expect(scoreAttempt(clinic, { outcome: 'x', acceptanceCriteria: [1] }).error?.path).toBe('acceptanceCriteria[0]');
  });
});
