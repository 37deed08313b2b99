import { describe, expect, it } from 'vitest';
import { kanoFromResponses } from '../../ordering/kano';
import { CATALOGUE, exerciseById } from '../catalogue';
import type { ExerciseOf } from '../types';
import { scoreKano } from './kano';

const clinic = exerciseById('c3.3-kano-002') as ExerciseOf<'KANO_EVALUATION'>;
const KEY = { f1: 'MUST_BE', f2: 'ONE_DIMENSIONAL', f3: 'ATTRACTIVE', f4: 'INDIFFERENT', f5: 'REVERSE', f6: 'QUESTIONABLE' } as const;

describe('scoreKano (evaluation from answer pairs)', () => {
  it('has keys from the Kano evaluation table', () => {
    for (const e of CATALOGUE.filter((x): x is ExerciseOf<'KANO_EVALUATION'> => x.type === 'KANO_EVALUATION')) {
      for (const f of e.material.features) expect(e.answerKey.categoryOf[f.id]).toBe(kanoFromResponses(f.responses).category);
    }
    expect(clinic.answerKey.categoryOf).toEqual(KEY);
  });

  it('gives one point per feature, with the tally in the feedback', () => {
    expect(scoreKano(clinic, { categories: KEY }).score).toBe(1);
    const result = scoreKano(clinic, { categories: { ...KEY, f3: 'ONE_DIMENSIONAL' } });
    expect(result.score).toBeCloseTo(5 / 6, 4);
    expect(result.feedback.find((f) => f.elementId === 'f3')?.rationale).toMatch(/^You chose One-dimensional \(performance\); it is Attractive\. Kano ATTRACTIVE from 1 responses/);
  });

  it('scores empty and all-wrong answers 0', () => {
    expect(scoreKano(clinic, { categories: {} }).score).toBe(0);
    expect(scoreKano(clinic, { categories: { f1: 'REVERSE', f2: 'REVERSE', f3: 'REVERSE', f4: 'REVERSE', f5: 'MUST_BE', f6: 'MUST_BE' } }).score).toBe(0);
  });
});
