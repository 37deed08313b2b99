import { describe, expect, it } from 'vitest';
import { cd3, Cd3Input } from './cd3';
import { orderByScore } from './score';

describe('CD3 (cost of delay divided by duration)', () => {
  // Black Swan Farming, "Cost of Delay Divided by Duration" (blackswanfarming.com/cost-of-delay-divided-by-duration/):
  // these figures reproduce the published example's method — CD3 = cost of delay per week / duration
  // in weeks, schedule the highest CD3 first — on three features A, B and C.
  const features = [
    { id: 'A', costOfDelayPerWeek: 1_000, durationWeeks: 4, cd3: 250, explanation: 'CD3 250 = 1,000 per week / 4 weeks' },
    { id: 'B', costOfDelayPerWeek: 4_000, durationWeeks: 6, cd3: 666.67, explanation: 'CD3 666.67 = 4,000 per week / 6 weeks' },
    { id: 'C', costOfDelayPerWeek: 5_000, durationWeeks: 10, cd3: 500, explanation: 'CD3 500 = 5,000 per week / 10 weeks' },
  ];

  it.each(features)('Black Swan Farming worked example: feature $id scores $cd3', (feature) => {
    const result = cd3(feature);
    expect(result.score).toBeCloseTo(feature.cd3, 2);
    expect(result.explanation).toBe(feature.explanation);
  });

  it('Black Swan Farming worked example: schedules B, C, A', () => {
    expect(orderByScore(features, (f) => cd3(f).score).map((f) => f.id)).toEqual(['B', 'C', 'A']);
  });

  it('Black Swan Farming: the CD3 order incurs the least total delay cost of all six schedules', () => {
    const delayCost = (order: typeof features): number => {
      let week = 0;
      return order.reduce((total, f) => total + f.costOfDelayPerWeek * (week += f.durationWeeks), 0);
    };
    const permutations = (list: typeof features): Array<typeof features> =>
      list.length <= 1 ? [list] : list.flatMap((f, i) => permutations(list.filter((_, j) => j !== i)).map((rest) => [f, ...rest]));
    const byCd3 = orderByScore(features, (f) => cd3(f).score);
    expect(delayCost(byCd3)).toBe(124_000);
    expect(Math.min(...permutations(features).map(delayCost))).toBe(delayCost(byCd3));
  });

  it.each<[string, Cd3Input, number, string]>([
    ['standard', { profile: 'STANDARD', costOfDelayPerWeek: 1_000, durationWeeks: 4 }, 250, 'CD3 250 = 1,000 per week / 4 weeks'],
    ['expedite ×10', { profile: 'EXPEDITE', costOfDelayPerWeek: 1_000, durationWeeks: 4 }, 2_500, 'CD3 2,500 = 1,000 per week × 10 (expedite) / 4 weeks'],
    ['intangible ×0.25', { profile: 'INTANGIBLE', costOfDelayPerWeek: 1_000, durationWeeks: 4 }, 62.5, 'CD3 62.5 = 1,000 per week × 0.25 (intangible, not urgent yet) / 4 weeks'],
    [
      'fixed date with slack: waiting costs nothing yet',
      { profile: 'FIXED_DATE', costOfDelayPerWeek: 1_000, durationWeeks: 4, weeksUntilDeadline: 20 },
      0,
      'CD3 0 = 0 per week / 4 weeks (fixed date: 16 weeks of slack = 20 to the deadline − 0 before the start − 4 of work; 1,000 per week applies once slack drops below 1 week)',
    ],
    [
      'fixed date with exactly one week of slack: still free',
      { profile: 'FIXED_DATE', costOfDelayPerWeek: 1_000, durationWeeks: 4, weeksUntilDeadline: 11, startInWeeks: 6 },
      0,
      'CD3 0 = 0 per week / 4 weeks (fixed date: 1 week of slack = 11 to the deadline − 6 before the start − 4 of work; 1,000 per week applies once slack drops below 1 week)',
    ],
    [
      'fixed date inside the window: the full cost of delay applies',
      { profile: 'FIXED_DATE', costOfDelayPerWeek: 1_000, durationWeeks: 4, weeksUntilDeadline: 10.5, startInWeeks: 6 },
      250,
      'CD3 250 = 1,000 per week / 4 weeks (fixed date: 0.5 weeks of slack = 10.5 to the deadline − 6 before the start − 4 of work)',
    ],
    [
      'fixed date already missed',
      { profile: 'FIXED_DATE', costOfDelayPerWeek: 1_000, durationWeeks: 4, weeksUntilDeadline: -2 },
      250,
      'CD3 250 = 1,000 per week / 4 weeks (fixed date: -6 weeks of slack = -2 to the deadline − 0 before the start − 4 of work)',
    ],
  ])('%s', (_profile, input, score, explanation) => {
    expect(cd3(input)).toEqual({ score, explanation });
  });

  it('takes other expedite and intangible factors', () => {
    expect(cd3({ profile: 'EXPEDITE', costOfDelayPerWeek: 100, durationWeeks: 2 }, { expediteMultiplier: 3 }).score).toBe(150);
    expect(cd3({ profile: 'INTANGIBLE', costOfDelayPerWeek: 100, durationWeeks: 2 }, { intangibleDiscount: 0.5 }).score).toBe(25);
    expect(cd3({ costOfDelayPerWeek: 100, durationWeeks: 1 }).explanation).toBe('CD3 100 = 100 per week / 1 week');
  });

  it.each<[Cd3Input, string, string]>([
    [{ costOfDelayPerWeek: 1_000 }, 'MISSING', 'CD3 needs duration in weeks'],
    [{ profile: 'FIXED_DATE', costOfDelayPerWeek: 1_000, durationWeeks: 4 }, 'MISSING', 'CD3 needs weeks until the deadline'],
    [{ costOfDelayPerWeek: 1_000, durationWeeks: 0 }, 'INVALID', 'CD3 refuses duration in weeks 0: it must be a number above zero'],
    [{ profile: 'LATER' as never, costOfDelayPerWeek: 1, durationWeeks: 1 }, 'INVALID', 'CD3 refuses urgency profile LATER: use STANDARD, FIXED_DATE, EXPEDITE, INTANGIBLE'],
  ])('gives no score for %j', (input, reason, explanation) => {
    expect(cd3(input)).toMatchObject({ score: null, reason, explanation });
  });
});
