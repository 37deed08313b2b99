import { describe, expect, it } from 'vitest';
import { StakeholderInputError } from './errors';
import { mostContested, valueSpread, type RatedItem, type ValueRating } from './value-spread';

const r = (stakeholderGroup: ValueRating['stakeholderGroup'], perspective: ValueRating['perspective'], value: number): ValueRating => ({
  stakeholderGroup,
  perspective,
  value,
});

describe('valueSpread', () => {
  // Worked example. Group means: Sales (18+16)/2 = 17, User 14, Customer 10, Scrum Team 8, Support 3.
  // Range 17 − 3 = 14, normalised 14/20 = 0.7. Mean of group means 52/5 = 10.4; squared deviations
  // 43.56 + 12.96 + 0.16 + 5.76 + 54.76 = 117.2; /5 = 23.44; √ ≈ 4.8415.
  const ratings = [
    r('SALES', 'BUSINESS', 18),
    r('SALES', 'BUSINESS', 16),
    r('SUPPORT', 'BUSINESS', 3),
    r('CUSTOMER', 'CUSTOMER', 10),
    r('USER', 'CUSTOMER', 14),
    r('SCRUM_TEAM', 'TEAM', 8),
  ];

  it('gives the value by perspective', () => {
    const { byPerspective } = valueSpread(ratings);
    expect(byPerspective.CUSTOMER).toEqual({ mean: 12, count: 2 });
    expect(byPerspective.BUSINESS.count).toBe(3);
    expect(byPerspective.BUSINESS.mean).toBeCloseTo(37 / 3, 10);
    expect(byPerspective.TEAM).toEqual({ mean: 8, count: 1 });
  });

  it('gives the value by group, highest first', () => {
    expect(valueSpread(ratings).byGroup).toEqual([
      { group: 'SALES', mean: 17, count: 2 },
      { group: 'USER', mean: 14, count: 1 },
      { group: 'CUSTOMER', mean: 10, count: 1 },
      { group: 'SCRUM_TEAM', mean: 8, count: 1 },
      { group: 'SUPPORT', mean: 3, count: 1 },
    ]);
  });

  it('measures the disagreement between groups', () => {
    const spread = valueSpread(ratings).spread;
    expect(spread).not.toBeNull();
    expect(spread?.range).toBe(14);
    expect(spread?.normalised).toBeCloseTo(0.7, 10);
    expect(spread?.standardDeviation).toBeCloseTo(Math.sqrt(23.44), 10);
    expect(spread?.highest.group).toBe('SALES');
    expect(spread?.lowest.group).toBe('SUPPORT');
  });

  it.each([
    ['no ratings', []],
    ['one group, however many ratings', [r('USER', 'CUSTOMER', 2), r('USER', 'CUSTOMER', 20)]],
  ])('has no spread with %s', (_name, list) => {
    expect(valueSpread(list).spread).toBeNull();
  });

  it('has no mean for a perspective nobody rated', () => {
    expect(valueSpread([r('USER', 'CUSTOMER', 5)]).byPerspective.TEAM).toEqual({ mean: null, count: 0 });
  });

  it.each([-1, 20.5, Number.NaN])('refuses a rating of %d', (value) => {
    expect(() => valueSpread([r('USER', 'CUSTOMER', value)])).toThrow(StakeholderInputError);
  });

  it.each([0, 20])('accepts the scale end %d', (value) => {
    expect(valueSpread([r('USER', 'CUSTOMER', value)]).byGroup[0].mean).toBe(value);
  });
});

describe('mostContested', () => {
  const items: RatedItem[] = [
    { itemId: 'checkout', ratings: [r('SALES', 'BUSINESS', 18), r('SUPPORT', 'BUSINESS', 3), r('USER', 'CUSTOMER', 10)] },
    { itemId: 'solo', ratings: [r('SALES', 'BUSINESS', 20), r('SALES', 'BUSINESS', 0)] },
    { itemId: 'agreed', ratings: [r('USER', 'CUSTOMER', 8), r('CUSTOMER', 'CUSTOMER', 8)] },
    { itemId: 'dark-mode', ratings: [r('USER', 'CUSTOMER', 12.5), r('SCRUM_TEAM', 'TEAM', 4), r('USER', 'CUSTOMER', 12)] },
    { itemId: 'b-tie', ratings: [r('USER', 'CUSTOMER', 10), r('SALES', 'BUSINESS', 2)] },
    { itemId: 'a-tie', ratings: [r('USER', 'CUSTOMER', 10), r('SALES', 'BUSINESS', 2)] },
  ];

  it('ranks items rated by two groups or more by spread, and explains each', () => {
    expect(mostContested(items, 10).map((c) => [c.itemId, c.groupsRated, c.explanation])).toEqual([
      ['checkout', 3, 'Sales rates 18, Support rates 3: spread 15'],
      ['dark-mode', 2, 'User rates 12.3, Scrum Team rates 4: spread 8.3'],
      ['a-tie', 2, 'User rates 10, Sales rates 2: spread 8'],
      ['b-tie', 2, 'User rates 10, Sales rates 2: spread 8'],
      ['agreed', 2, 'Customer rates 8, User rates 8: spread 0'], // equal means keep vocabulary order
    ]);
  });

  it.each([
    [0, []],
    [2, ['checkout', 'dark-mode']],
  ])('keeps the top %d', (n, expected) => {
    expect(mostContested(items, n).map((c) => c.itemId)).toEqual(expected);
  });

  it('refuses a negative n', () => {
    expect(() => mostContested(items, -1)).toThrow(StakeholderInputError);
  });
});
