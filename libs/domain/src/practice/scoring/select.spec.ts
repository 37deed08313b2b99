import { describe, expect, it } from 'vitest';
import { exerciseById } from '../catalogue';
import type { ExerciseOf } from '../types';
import { scoreSelect } from './select';

const actions = exerciseById('c5.2-actions-001') as ExerciseOf<'OUTCOME_ACTIONS'>; // a1, a2, a3 apply
const goodGoal = exerciseById('c2.2-critique-004') as ExerciseOf<'GOAL_CRITIQUE'>; // no flaw applies

describe('scoreSelect (pick every option that applies)', () => {
  it('gives (right picks − wrong picks) / options that apply', () => {
    expect(scoreSelect(actions, { selected: ['a1', 'a2', 'a3'] }, 'actions').score).toBe(1);
    expect(scoreSelect(actions, { selected: ['a1', 'a2'] }, 'actions').score).toBeCloseTo(2 / 3, 4);
    expect(scoreSelect(actions, { selected: ['a1', 'a2', 'a4'] }, 'actions').score).toBeCloseTo(1 / 3, 4);
  });

  it('earns nothing for picking everything, nothing, or only wrong options', () => {
    expect(scoreSelect(actions, { selected: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'] }, 'actions').score).toBe(0);
    expect(scoreSelect(actions, { selected: [] }, 'actions').score).toBe(0);
    expect(scoreSelect(actions, { selected: ['a4', 'a5', 'a6'] }, 'actions')).toMatchObject({ score: 0, correct: false });
  });

  it('judges every option, picked or not', () => {
    const result = scoreSelect(actions, { selected: ['a1', 'a4'] }, 'actions');
    expect(result.feedback.map((f) => [f.elementId, f.correct])).toEqual([
      ['a1', true], ['a2', false], ['a3', false], ['a4', false], ['a5', true], ['a6', true],
    ]);
    expect(result.feedback[1]?.rationale).toMatch(/^Missed: this one applies\./);
    expect(result.feedback[3]?.rationale).toMatch(/^This one does not apply\./);
  });

  it('scores the share left unpicked when no option applies', () => {
    expect(scoreSelect(goodGoal, { selected: [] }, 'flaws').score).toBe(1);
    expect(scoreSelect(goodGoal, { selected: ['NO_MEASURE'] }, 'flaws').score).toBeCloseTo(6 / 7, 4);
  });
});
