import { describe, expect, it } from 'vitest';
import { exerciseById } from '../catalogue';
import { scoreAttempt } from '../score-attempt';
import type { ExerciseOf } from '../types';
import { scoreClassify } from './classify';

const sort = exerciseById('c5.1-sort-001') as ExerciseOf<'OUTCOME_OUTPUT_SORT'>;
const KEY = { s1: 'OUTPUT', s2: 'OUTCOME', s3: 'IMPACT', s4: 'OUTPUT', s5: 'OUTCOME', s6: 'IMPACT' };

describe('scoreClassify (sorting, matching, tagging)', () => {
  it('gives one point per element in its category', () => {
    expect(scoreClassify(sort, { assignments: KEY }, 'statements')).toMatchObject({ score: 1, correct: true });
    const result = scoreClassify(sort, { assignments: { ...KEY, s1: 'OUTCOME', s3: 'OUTCOME' } }, 'statements');
    expect(result.score).toBeCloseTo(4 / 6, 4);
    expect(result.summary).toContain('4 of 6 statements placed right');
    expect(result.feedback.find((f) => f.elementId === 's1')).toMatchObject({ correct: false, rationale: expect.stringMatching(/^You chose Outcome: a change in what people do; it is Output: what the team makes\. A feature/) });
  });

  it('scores unanswered elements 0 and says so', () => {
    const result = scoreClassify(sort, { assignments: { s1: 'OUTPUT' } }, 'statements');
    expect(result.score).toBeCloseTo(1 / 6, 4);
    expect(result.feedback.find((f) => f.elementId === 's2')?.rationale).toMatch(/^Not answered: it is Outcome/);
  });

  it('scores an empty answer 0 and an all-wrong answer 0', () => {
    expect(scoreClassify(sort, { assignments: {} }, 'statements').score).toBe(0);
    const wrong = Object.fromEntries(Object.entries(KEY).map(([id, c]) => [id, c === 'OUTPUT' ? 'IMPACT' : 'OUTPUT']));
    expect(scoreClassify(sort, { assignments: wrong }, 'statements')).toMatchObject({ score: 0, correct: false });
  });

  it('refuses unknown categories through scoreAttempt', () => {
    expect(scoreAttempt(sort, { assignments: { s1: 'PROFIT' } }).error?.path).toBe('assignments.s1');
  });
});
