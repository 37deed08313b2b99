import { describe, expect, test } from 'vitest';
import { answerFromKey } from './answer-key';
import { ownBacklogExercise, ownBacklogExerciseId, ownBacklogMaterialKey, productOfOwnBacklogExercise } from './own-backlog';
import { scoreAttempt } from './score-attempt';

const item = (n: number, parts: [number | null, number | null, number | null, number | null]) => ({
  id: `i${n}`,
  title: `Item ${n}`,
  currentPosition: n,
  userBusinessValue: parts[0],
  timeCriticality: parts[1],
  riskReduction: parts[2],
  size: parts[3],
});

describe('ownBacklogExercise', () => {
  test('orders the items that carry every WSJF part by WSJF; the others are left out with what they lack', () => {
    const { exercise, leftOut } = ownBacklogExercise('p1', 'Harvest Box', [
      item(3, [8, 5, 13, 4]), // 6.5
      item(1, [2, 1, 1, 2]), // 2
      item(2, [13, 8, 2, 8]), // 2.875
      item(4, [5, null, 3, 2]),
      item(5, [5, 3, 3, 0]),
    ]);
    expect(leftOut.map((l) => [l.item.id, l.missing])).toEqual([
      ['i4', 'time criticality'],
      ['i5', 'a size'],
    ]);
    expect(exercise).not.toBeNull();
    expect(exercise!.material.items.map((i) => i.id)).toEqual(['i1', 'i2', 'i3']); // the current order
    expect(exercise!.answerKey.order).toEqual(['i3', 'i2', 'i1']);
    expect(exercise!.answerKey.scores).toEqual({ i1: 2, i2: 2.875, i3: 6.5 });
    expect(exercise!.answerKey.arithmetic.i3).toBe('WSJF 6.5 = (8 + 5 + 13) / 4');
    expect(exercise!.title).toBe('Harvest Box: your top 3 by WSJF');
    expect(exercise!.rationale.i3).toContain('Number 3 in your backlog now.');

    const perfect = scoreAttempt(exercise!, answerFromKey(exercise!));
    expect(perfect.score).toBe(1);
    const asItStands = scoreAttempt(exercise!, { order: ['i1', 'i2', 'i3'], scores: exercise!.answerKey.scores });
    expect(asItStands.score).toBe(0.5); // scores right, every pair inverted
  });

  test('ties keep their current order, and say so', () => {
    const { exercise } = ownBacklogExercise('p', 'P', [item(1, [1, 1, 2, 2]), item(2, [2, 2, 4, 4]), item(3, [8, 8, 8, 2])]);
    expect(exercise!.answerKey.order).toEqual(['i3', 'i1', 'i2']);
    expect(exercise!.rationale.i2).toContain('It ties with Item 1: ties keep their current order.');
  });

  test('fewer than two usable items make no exercise', () => {
    expect(ownBacklogExercise('p', 'P', [item(1, [1, 1, 1, 1]), item(2, [null, null, null, null])]).exercise).toBeNull();
    expect(ownBacklogExercise('p', 'P', []).exercise).toBeNull();
  });

  test('an id names its product; the material key changes with any item or part', () => {
    expect(ownBacklogExerciseId('p1')).toBe('own-backlog-p1');
    expect(productOfOwnBacklogExercise('own-backlog-p1')).toBe('p1');
    expect(productOfOwnBacklogExercise('c5.6-wsjf-002')).toBeNull();
    expect(productOfOwnBacklogExercise('own-backlog-')).toBeNull();
    const items = [item(1, [1, 1, 1, 1]), item(2, [2, 2, 2, 1])];
    const key = ownBacklogMaterialKey(ownBacklogExercise('p', 'P', items).exercise!);
    expect(key).toBe('i1:1:1:1:1|i2:2:2:2:1');
    expect(ownBacklogMaterialKey(ownBacklogExercise('p', 'P', [items[0]!, item(2, [2, 2, 3, 1])]).exercise!)).not.toBe(key);
  });
});
