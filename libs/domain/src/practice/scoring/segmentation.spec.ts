import { describe, expect, it } from 'vitest';
import { exerciseById } from '../catalogue';
import type { ExerciseOf } from '../types';
import { adjustedRandIndex } from './ari';
import { scoreSegmentation } from './segmentation';

// p1, p3, p5 solo; p2, p4, p6 chain.
const clinics = exerciseById('c3.2-segments-003') as ExerciseOf<'SEGMENTATION'>;

describe('scoreSegmentation (adjusted Rand index)', () => {
  it('ignores group names: only who is grouped with whom counts', () => {
    expect(scoreSegmentation(clinics, { groups: { p1: 'small', p3: 'small', p5: 'small', p2: 'big', p4: 'big', p6: 'big' } })).toMatchObject({ score: 1, correct: true });
  });

  it('gives the adjusted Rand index as partial credit', () => {
    const groups = { p1: 'A', p3: 'A', p5: 'B', p2: 'B', p4: 'B', p6: 'B' };
    const expected = adjustedRandIndex(['s', 'c', 's', 'c', 's', 'c'], ['A', 'B', 'A', 'B', 'B', 'B']);
    const result = scoreSegmentation(clinics, { groups });
    expect(result.score).toBeCloseTo(expected, 4);
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThan(1);
    expect(result.feedback.find((f) => f.elementId === 'p5')?.rationale).toMatch(/^You grouped it with MoveWell, ActivCare, Rehab Network North; it belongs to "Solo practitioners/);
    expect(result.feedback.find((f) => f.elementId === 'p1')?.correct).toBe(false);
  });

  it('treats ungrouped profiles as groups of their own, and an empty answer scores 0', () => {
    expect(scoreSegmentation(clinics, { groups: {} }).score).toBe(0);
    const partial = scoreSegmentation(clinics, { groups: { p1: 'x', p3: 'x', p5: 'x' } });
    expect(partial.score).toBeGreaterThan(0);
    expect(partial.feedback.find((f) => f.elementId === 'p2')?.rationale).toMatch(/^Not grouped\./);
  });

  it('scores a worse-than-chance grouping 0, not negative', () => {
    expect(scoreSegmentation(clinics, { groups: { p1: 'x', p2: 'x', p3: 'y', p4: 'y', p5: 'z', p6: 'z' } }).score).toBe(0);
  });
});
