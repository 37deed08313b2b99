import { describe, expect, it } from 'vitest';
import { exerciseById } from '../catalogue';
import type { ExerciseOf } from '../types';
import { scoreRanking } from './ranking';

const trail = exerciseById('c4.2-validation-001') as ExerciseOf<'VALIDATION_RANKING'>;
const COST = ['a1', 'a3', 'a4', 'a2', 'a5'];
const EVIDENCE = ['a5', 'a4', 'a3', 'a2', 'a1'];

describe('scoreRanking (validation approaches by cost and by evidence)', () => {
  it('averages 1 − Kendall-τ distance over the two rankings', () => {
    expect(scoreRanking(trail, { byCost: COST, byEvidence: EVIDENCE })).toMatchObject({ score: 1, correct: true });
    expect(scoreRanking(trail, { byCost: COST, byEvidence: [...EVIDENCE].reverse() }).score).toBe(0.5);
    // The agency ranked as cheap as the forum: a2 jumps a3 and a4 → 2 of 10 pairs.
    expect(scoreRanking(trail, { byCost: ['a1', 'a2', 'a3', 'a4', 'a5'], byEvidence: EVIDENCE }).score).toBeCloseTo((0.8 + 1) / 2, 4);
  });

  it('explains inversions in each ranking', () => {
    const result = scoreRanking(trail, { byCost: ['a1', 'a2', 'a3', 'a4', 'a5'], byEvidence: EVIDENCE });
    expect(result.feedback.filter((f) => f.elementId?.startsWith('cost:pair:')).map((f) => f.rationale)).toEqual([
      'You put Agency focus groups above Interviews. By cost, Interviews is cheaper.',
      'You put Agency focus groups above Fake door. By cost, Fake door is cheaper.',
    ]);
    expect(result.feedback.find((f) => f.elementId === 'a2')).toMatchObject({ credit: 0.5, correct: false });
  });

  it('scores 0 when both rankings are reversed', () => {
    expect(scoreRanking(trail, { byCost: [...COST].reverse(), byEvidence: [...EVIDENCE].reverse() }).score).toBe(0);
  });
});
