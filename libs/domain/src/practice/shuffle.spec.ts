import { describe, expect, it } from 'vitest';
import { answerFromKey } from './answer-key';
import { CATALOGUE, exerciseById } from './catalogue';
import { scoreAttempt } from './score-attempt';
import { seededShuffle, shuffleFor } from './shuffle';
import type { ExerciseOf } from './types';

describe('seededShuffle', () => {
  it('is a permutation, the same for the same seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const a = seededShuffle(items, 7);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(seededShuffle(items, 7)).toEqual(a);
    expect(seededShuffle(items, 8)).not.toEqual(a);
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});

describe('shuffleFor', () => {
  const sort = exerciseById('c5.1-sort-001') as ExerciseOf<'OUTCOME_OUTPUT_SORT'>;

  it('reorders the elements by exercise id and seed, deterministically', () => {
    const a = shuffleFor(sort, 1);
    expect(a.material.elements.map((e) => e.id).sort()).toEqual(sort.material.elements.map((e) => e.id).sort());
    expect(shuffleFor(sort, 1)).toEqual(a);
    const orders = new Set([1, 2, 3, 4, 5, 6].map((seed) => shuffleFor(sort, seed).material.elements.map((e) => e.id).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('never presents an ordering exercise already in the key\u2019s order', () => {
    for (const e of CATALOGUE) {
      if (e.type !== 'WSJF_ORDER' && e.type !== 'CD3_ORDER' && e.type !== 'ORDERING_KATA') continue;
      for (let seed = 0; seed < 50; seed++) {
        const shown = shuffleFor(e, seed);
        expect(shown.material.items.map((i) => i.id)).not.toEqual(e.answerKey.order);
      }
    }
  });

  it('changes nothing that scoring depends on', () => {
    for (const e of CATALOGUE) {
      const shown = shuffleFor(e, 12345);
      expect(shown.id).toBe(e.id);
      expect(shown.answerKey).toEqual(e.answerKey);
      expect(shown.rationale).toEqual(e.rationale);
      expect(scoreAttempt(shown, answerFromKey(e)).score).toBe(1);
    }
  });
});
