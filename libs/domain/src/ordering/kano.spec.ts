import { describe, expect, it } from 'vitest';
import { KanoCategory } from '../backlog-item';
import { OrderingInputError } from './errors';
import { KanoAnswer, kanoCategory, kanoFromResponses, KanoResponse } from './kano';

const pairs = (functional: KanoAnswer, dysfunctional: KanoAnswer, times: number): KanoResponse[] =>
  Array.from({ length: times }, () => ({ functional, dysfunctional }));

describe('Kano evaluation table', () => {
  // Berger et al. (1993), "Kano's methods for understanding customer-defined quality", Center for
  // Quality Management Journal 2(4): the 5 × 5 evaluation table, cell by cell
  // (row = answer to the functional question, column = answer to the dysfunctional one).
  it.each<[KanoAnswer, KanoAnswer, KanoCategory]>([
    ['LIKE', 'LIKE', 'QUESTIONABLE'],
    ['LIKE', 'EXPECT', 'ATTRACTIVE'],
    ['LIKE', 'NEUTRAL', 'ATTRACTIVE'],
    ['LIKE', 'TOLERATE', 'ATTRACTIVE'],
    ['LIKE', 'DISLIKE', 'ONE_DIMENSIONAL'],
    ['EXPECT', 'LIKE', 'REVERSE'],
    ['EXPECT', 'EXPECT', 'INDIFFERENT'],
    ['EXPECT', 'NEUTRAL', 'INDIFFERENT'],
    ['EXPECT', 'TOLERATE', 'INDIFFERENT'],
    ['EXPECT', 'DISLIKE', 'MUST_BE'],
    ['NEUTRAL', 'LIKE', 'REVERSE'],
    ['NEUTRAL', 'EXPECT', 'INDIFFERENT'],
    ['NEUTRAL', 'NEUTRAL', 'INDIFFERENT'],
    ['NEUTRAL', 'TOLERATE', 'INDIFFERENT'],
    ['NEUTRAL', 'DISLIKE', 'MUST_BE'],
    ['TOLERATE', 'LIKE', 'REVERSE'],
    ['TOLERATE', 'EXPECT', 'INDIFFERENT'],
    ['TOLERATE', 'NEUTRAL', 'INDIFFERENT'],
    ['TOLERATE', 'TOLERATE', 'INDIFFERENT'],
    ['TOLERATE', 'DISLIKE', 'MUST_BE'],
    ['DISLIKE', 'LIKE', 'REVERSE'],
    ['DISLIKE', 'EXPECT', 'REVERSE'],
    ['DISLIKE', 'NEUTRAL', 'REVERSE'],
    ['DISLIKE', 'TOLERATE', 'REVERSE'],
    ['DISLIKE', 'DISLIKE', 'QUESTIONABLE'],
  ])('Berger et al. 1993: functional %s × dysfunctional %s → %s', (functional, dysfunctional, category) => {
    expect(kanoCategory(functional, dysfunctional)).toBe(category);
  });

  it('refuses an answer outside the five', () => {
    expect(() => kanoCategory('LOVE' as KanoAnswer, 'LIKE')).toThrow(OrderingInputError);
  });
});

describe('Kano from survey responses', () => {
  it('takes the most frequent category and computes Timko’s Better/Worse coefficients (Berger et al. 1993)', () => {
    // A 3, O 4, M 2, I 1: Better = (3 + 4) / 10 = 0.7, Worse = −(4 + 2) / 10 = −0.6.
    const responses = [
      ...pairs('LIKE', 'NEUTRAL', 3),
      ...pairs('LIKE', 'DISLIKE', 4),
      ...pairs('EXPECT', 'DISLIKE', 2),
      ...pairs('NEUTRAL', 'NEUTRAL', 1),
    ];
    expect(kanoFromResponses(responses)).toEqual({
      category: 'ONE_DIMENSIONAL',
      tied: ['ONE_DIMENSIONAL'],
      counts: { ATTRACTIVE: 3, ONE_DIMENSIONAL: 4, MUST_BE: 2, INDIFFERENT: 1, REVERSE: 0, QUESTIONABLE: 0 },
      total: 10,
      better: 0.7,
      worse: -0.6,
      explanation: 'Kano ONE_DIMENSIONAL from 10 responses (M 2, O 4, A 3, I 1, R 0, Q 0); Better 0.7 = (3 + 4) / 10, Worse -0.6 = -(4 + 2) / 10',
    });
  });

  it.each<[string, KanoResponse[], KanoCategory, KanoCategory[]]>([
    ['M beats A', [...pairs('LIKE', 'NEUTRAL', 2), ...pairs('NEUTRAL', 'DISLIKE', 2)], 'MUST_BE', ['MUST_BE', 'ATTRACTIVE']],
    ['O beats A and I', [...pairs('LIKE', 'DISLIKE', 1), ...pairs('LIKE', 'TOLERATE', 1), ...pairs('TOLERATE', 'TOLERATE', 1)], 'ONE_DIMENSIONAL', ['ONE_DIMENSIONAL', 'ATTRACTIVE', 'INDIFFERENT']],
    ['A beats I', [...pairs('NEUTRAL', 'NEUTRAL', 3), ...pairs('LIKE', 'EXPECT', 3)], 'ATTRACTIVE', ['ATTRACTIVE', 'INDIFFERENT']],
    ['I beats R and Q', [...pairs('EXPECT', 'EXPECT', 1), ...pairs('DISLIKE', 'LIKE', 1), ...pairs('LIKE', 'LIKE', 1)], 'INDIFFERENT', ['INDIFFERENT', 'REVERSE', 'QUESTIONABLE']],
  ])('breaks a tie by M > O > A > I (Matzler & Hinterhuber 1998): %s', (_rule, responses, category, tied) => {
    const summary = kanoFromResponses(responses);
    expect(summary.category).toBe(category);
    expect(summary.tied).toEqual(tied);
    expect(summary.explanation).toContain('broken by M > O > A > I');
  });

  it('leaves reverse and questionable answers out of Better/Worse, and never reports −0', () => {
    const summary = kanoFromResponses([...pairs('LIKE', 'LIKE', 3), ...pairs('LIKE', 'NEUTRAL', 1), ...pairs('DISLIKE', 'LIKE', 1)]);
    expect(summary.category).toBe('QUESTIONABLE');
    expect(summary.better).toBe(1);
    expect(Object.is(summary.worse, 0)).toBe(true);
  });

  it('has no category and no coefficients without responses, or with only R and Q', () => {
    expect(kanoFromResponses([])).toMatchObject({ category: null, better: null, worse: null, explanation: 'Kano needs at least one response' });
    expect(kanoFromResponses(pairs('DISLIKE', 'NEUTRAL', 2))).toMatchObject({ category: 'REVERSE', better: null, worse: null });
  });
});
