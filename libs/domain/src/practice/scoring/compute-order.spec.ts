import { describe, expect, it } from 'vitest';
import { cd3 } from '../../ordering/cd3';
import { dependencyOrder } from '../../ordering/dependency-order';
import { wsjf } from '../../ordering/wsjf';
import { CATALOGUE, exerciseById } from '../catalogue';
import type { ExerciseOf } from '../types';
import { closeEnough, scoreComputedOrder } from './compute-order';

// Trailmate: t3 4.6, t4 4, t1 2.38 (depends on t2, WSJF 1), t5 1.67 → t3 t4 t2 t1 t5
const trail = exerciseById('c5.6-wsjf-002') as ExerciseOf<'WSJF_ORDER'>;
const SCORES = { t1: 2.38, t2: 1, t3: 4.6, t4: 4, t5: 1.67 };

describe('scoreComputedOrder (WSJF and CD3)', () => {
  it('has keys computed by wsjf, cd3 and dependencyOrder', () => {
    for (const e of CATALOGUE) {
      if (e.type === 'WSJF_ORDER') {
        for (const item of e.material.items) expect(e.answerKey.scores[item.id]).toBe(wsjf(item).score);
        expect(e.answerKey.order).toEqual(dependencyOrder(e.material.items.map((i) => ({ id: i.id, score: wsjf(i).score })), e.material.dependencies).order);
      }
      if (e.type === 'CD3_ORDER') for (const item of e.material.items) expect(e.answerKey.scores[item.id]).toBe(cd3(item.input).score);
    }
  });

  it('gives half for the computations and half for the order', () => {
    expect(scoreComputedOrder(trail, { scores: SCORES, order: ['t3', 't4', 't2', 't1', 't5'] }, 'WSJF')).toMatchObject({ score: 1, correct: true });
    expect(scoreComputedOrder(trail, { order: ['t3', 't4', 't2', 't1', 't5'] }, 'WSJF').score).toBe(0.5);
    expect(scoreComputedOrder(trail, { scores: SCORES, order: ['t5', 't1', 't2', 't4', 't3'] }, 'WSJF').score).toBe(0.5);
  });

  it('scores the order by Kendall-τ distance and penalises each broken dependency', () => {
    // t1 above t2: one inverted pair of ten (0.9) and one dependency broken (−0.25) → order credit 0.65.
    const result = scoreComputedOrder(trail, { scores: SCORES, order: ['t3', 't4', 't1', 't2', 't5'] }, 'WSJF');
    expect(result.score).toBeCloseTo(0.5 + 0.5 * 0.65, 4);
    expect(result.feedback.find((f) => f.elementId === 'pair:t1>t2')?.rationale).toBe(
      'You put Offline maps above Map tile cache service. Offline maps depends on Map tile cache service, so Map tile cache service goes first.',
    );
    expect(result.feedback.find((f) => f.elementId === 'depends:t1>t2')?.rationale).toContain('cannot start first');
  });

  it('explains every inversion: a higher score, or a prerequisite pulled up', () => {
    const result = scoreComputedOrder(trail, { scores: SCORES, order: ['t4', 't3', 't1', 't5', 't2'] }, 'WSJF');
    const pairs = result.feedback.filter((f) => f.elementId?.startsWith('pair:'));
    expect(pairs.map((f) => f.elementId)).toEqual(['pair:t4>t3', 'pair:t1>t2', 'pair:t5>t2']);
    expect(pairs[0]?.rationale).toContain('Weather warnings on routes has the higher WSJF (4.6 against 4)');
    expect(pairs[2]?.rationale).toContain('Map tile cache service has the lower WSJF (1 against 1.67), but it moves up with Offline maps (WSJF 2.38), which depends on it.');
  });

  it('accepts rounded scores and rejects wrong ones, naming the arithmetic', () => {
    expect(closeEnough(2.4, 31 / 13)).toBe(true);
    expect(closeEnough(2.5, 31 / 13)).toBe(false);
    expect(closeEnough(1_666, 5000 / 3)).toBe(true);
    const result = scoreComputedOrder(trail, { scores: { ...SCORES, t1: 3.1 }, order: ['t3', 't4', 't2', 't1', 't5'] }, 'WSJF');
    expect(result.score).toBeCloseTo(0.9, 4);
    expect(result.feedback.find((f) => f.elementId === 't1')).toMatchObject({ correct: false, credit: 0.5, rationale: expect.stringContaining('You gave WSJF 3.1: WSJF 2.38 = (20 + 8 + 3) / 13.') });
  });

  it('scores 0 when every score is wrong and the order is reversed', () => {
    expect(scoreComputedOrder(trail, { scores: { t1: 0, t2: 0, t3: 0, t4: 0, t5: 0 }, order: ['t5', 't1', 't2', 't4', 't3'] }, 'WSJF').score).toBe(0);
  });

  it('applies the urgency profiles in CD3 exercises', () => {
    const ledger = exerciseById('c5.3-cd3-002') as ExerciseOf<'CD3_ORDER'>;
    expect(ledger.answerKey.order).toEqual(['l3', 'l1', 'l5', 'l4', 'l2']);
    expect(ledger.answerKey.arithmetic.l2).toContain('fixed date');
    const result = scoreComputedOrder(ledger, { order: ['l1', 'l3', 'l5', 'l4', 'l2'] }, 'CD3');
    expect(result.score).toBeCloseTo(0.5 * 0.9, 4);
  });
});
