import { describe, expect, test } from 'vitest';
import { CATALOGUE, exercisesForObjective, OBJECTIVE_IDS } from '@backlog-studio/domain';
import { exerciseTypes, nextAfter, objectiveMap, suggestedExercise } from './progress';

describe('objectiveMap', () => {
  test('every objective under its category, with the API’s mastery or 0', () => {
    const map = objectiveMap(
      [
        { objective: 'C5.1', mastery: 0.62, attempts: 2 },
        { objective: 'C2.3', mastery: 1, attempts: 1 },
      ],
      [{ category: 'C5', mastery: 0.1 }],
    );
    expect(map.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    expect(map.flatMap((c) => c.objectives.map((o) => o.id))).toEqual([...OBJECTIVE_IDS]);
    const c5 = map[4]!;
    expect(c5.label).toBe('Working with the Product Backlog');
    expect(c5.mastery).toBe(0.1);
    expect(c5.objectives.find((o) => o.id === 'C5.1')).toMatchObject({ mastery: 0.62, attempts: 2, trainer: 'sort statements into output / outcome / impact' });
    expect(map[1]!.objectives.find((o) => o.id === 'C2.3')).toMatchObject({ mastery: 1, attempts: 1 });
    expect(map[0]!.mastery).toBe(0);
    expect(map[0]!.objectives[0]).toMatchObject({ id: 'C1.1', mastery: 0, attempts: 0 });
  });

  test('C3.1 has no trainer: it is practised in the workspace', () => {
    const c3 = objectiveMap([], [])[2]!;
    expect(c3.objectives.find((o) => o.id === 'C3.1')?.trainer).toBeNull();
    expect(c3.objectives.filter((o) => o.trainer !== null)).toHaveLength(4);
  });
});

describe('exerciseTypes', () => {
  test('the 24 types hold all 86 exercises, each type with the objectives it trains', () => {
    const types = exerciseTypes(CATALOGUE);
    expect(types).toHaveLength(24);
    expect(types.reduce((n, t) => n + t.exercises.length, 0)).toBe(CATALOGUE.length);
    expect(types.find((t) => t.type === 'TECHNIQUE_MATCH')?.objectives).toEqual(['C1.3', 'C3.5']);
    expect(types.find((t) => t.type === 'WSJF_ORDER')?.objectives).toEqual(['C5.3', 'C5.6']);
  });
});

describe('suggestedExercise', () => {
  test('never tried first, then the one tried longest ago', () => {
    const sorts = exercisesForObjective('C5.1');
    expect(suggestedExercise(sorts, [])?.id).toBe('c5.1-sort-001');
    const at = (day: number): string => `2025-05-0${day}T10:00:00Z`;
    const now = new Date('2025-05-09T10:00:00Z');
    expect(suggestedExercise(sorts, [{ exerciseId: 'c5.1-sort-001', objective: 'C5.1', score: 1, at: at(1) }], now)?.id).toBe('c5.1-sort-002');
    const all = sorts.map((e, i) => ({ exerciseId: e.id, objective: 'C5.1', score: 1, at: at(3 - i) }));
    expect(suggestedExercise(sorts, all, now)?.id).toBe(sorts[2]!.id);
    expect(suggestedExercise([], [])).toBeNull();
  });
});

describe('nextAfter', () => {
  test('skips the exercise just done', () => {
    expect(nextAfter(['a', 'b'], 'a')).toBe('b');
    expect(nextAfter(['b', 'a'], 'a')).toBe('b');
    expect(nextAfter(['a'], 'a')).toBeNull();
    expect(nextAfter([], 'a')).toBeNull();
  });
});
