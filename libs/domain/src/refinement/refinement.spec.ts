import { describe, expect, it } from 'vitest';
import { cardValue, checkReadiness, distribution, investHints, scaleCards } from './index';

const outcome = { statement: 'Faster planning', metric: 'minutes', target: 10, checkBy: '2027-03-31' };

describe('estimation rounds', () => {
  const cards = scaleCards('FIBONACCI');

  it.each([
    [['5', '5', '5'], true, 0],
    [['3', '5', '8'], false, 2],
    [['2', '13'], false, 4],
    [['5', '?'], false, 0],
  ])('%j → consensus %s, spread %i', (votes, consensus, spread) => {
    const d = distribution(cards, votes);
    expect(d.consensus).toBe(consensus);
    expect(d.spread).toBe(spread);
  });

  it('explains a wide spread and suggests hearing the extremes', () => {
    expect(distribution(cards, ['2', '13', '5']).explanation).toBe('1×2, 1×5, 1×13: spread 4 steps; hear the lowest and highest voters, then re-vote');
  });

  it('refuses a card that is not on the scale, and a custom scale of one card', () => {
    expect(() => distribution(cards, ['7'])).toThrow(RangeError);
    expect(() => scaleCards('CUSTOM', ['X', 'X'])).toThrow(RangeError);
    expect(scaleCards('CUSTOM', ['S', 'M', 'L'])).toEqual(['S', 'M', 'L']);
  });

  it.each([
    ['?', null],
    ['½', 0.5],
    ['M', 3],
    ['13', 13],
  ])('card %s is worth %s points', (card, value) => {
    expect(cardValue(card)).toBe(value);
  });
});

describe('Definition of Ready', () => {
  it('is met only when every criterion is', () => {
    const ready = checkReadiness({ outcome, value: { customer: 5 }, size: 5, acceptanceCriteria: ['Given a week, when I plan, then it takes < 10 min'] });
    expect(ready).toEqual({ ready: true, met: ['outcome', 'value', 'estimated', 'criteria', 'small', 'questions'], unmet: [] });
    const notYet = checkReadiness({ outcome, size: 20, openQuestions: 1 });
    expect(notYet.ready).toBe(false);
    expect(notYet.unmet.map((u) => u.id)).toEqual(['value', 'criteria', 'small', 'questions']);
  });

  it('gives INVEST hints: too big, not independent, not testable', () => {
    const hints = investHints({ outcome, value: { team: 3 }, size: 40, dependsOnCount: 2, acceptanceCriteria: ['It works nicely'] });
    expect(hints.map((h) => h.letter)).toEqual(['I', 'S', 'T']);
  });
});
