import { describe, expect, it } from 'vitest';
import { orderByScore } from './score';

describe('orderByScore', () => {
  it('puts higher scores first, keeps input order on ties and puts unscored items last', () => {
    const items = [
      { id: 'a', score: 2 },
      { id: 'b', score: null },
      { id: 'c', score: 5 },
      { id: 'd', score: 2 },
      { id: 'e', score: null },
      { id: 'f', score: 5 },
    ];
    expect(orderByScore(items, (i) => i.score).map((i) => i.id)).toEqual(['c', 'f', 'a', 'd', 'b', 'e']);
  });
});
