import { describe, expect, it } from 'vitest';
import { isOutcomeStated, isValueStated, refinementGaps } from './backlog-item';

const stated = {
  statement: 'Families plan their week faster',
  metric: 'median planning time (min)',
  baseline: 23,
  target: 10,
  checkBy: '2027-03-31',
};

describe('an item is refinable when it states an outcome and a value (CSPO C5.7)', () => {
  it.each([
    ['complete outcome', stated, true],
    ['no target', { ...stated, target: null }, false],
    ['target zero still counts', { ...stated, target: 0 }, true],
    ['blank statement', { ...stated, statement: '   ' }, false],
    ['no metric', { ...stated, metric: undefined }, false],
    ['no check-by date', { ...stated, checkBy: null }, false],
    ['nothing', null, false],
  ])('%s → stated: %s', (_name, outcome, expected) => {
    expect(isOutcomeStated(outcome)).toBe(expected);
  });

  it.each([
    [{ customer: 0, business: 0, team: 0 }, false],
    [{ customer: null, business: 3, team: null }, true],
    [{}, false],
    [null, false],
  ])('value %j → stated: %s', (value, expected) => {
    expect(isValueStated(value)).toBe(expected);
  });

  it('lists what is missing', () => {
    expect(refinementGaps({})).toEqual(['OUTCOME', 'VALUE']);
    expect(refinementGaps({ outcome: stated })).toEqual(['VALUE']);
    expect(refinementGaps({ value: { team: 5 } })).toEqual(['OUTCOME']);
    expect(refinementGaps({ outcome: stated, value: { team: 5 } })).toEqual([]);
  });
});
