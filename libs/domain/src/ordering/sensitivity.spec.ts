import { describe, expect, it } from 'vitest';
import { OrderingInputError } from './errors';
import { orderByScore } from './score';
import { SizedItem, wsjfSizeSensitivity } from './sensitivity';
import { wsjf } from './wsjf';

/** An item whose cost of delay (the three WSJF parts) adds up to `costOfDelay`. */
const item = (id: string, costOfDelay: number, jobSize: number | null): SizedItem => ({
  id,
  userBusinessValue: costOfDelay,
  timeCriticality: 0,
  riskReduction: 0,
  jobSize,
});

describe('WSJF size sensitivity', () => {
  it('moving every size alike never changes a WSJF order, which is why the test moves sizes against the top N', () => {
    const items = [item('a', 20, 2), item('b', 18, 3), item('c', 12, 5), item('d', 3, 1)];
    const order = (factor: number) => orderByScore(items, (i) => wsjf({ ...i, jobSize: i.jobSize! * factor }).score).map((i) => i.id);
    expect(order(0.5)).toEqual(order(1));
    expect(order(1.5)).toEqual(order(1));
  });

  it.each<[string, SizedItem[], number, boolean, [string[], string[]], [string[], string[]], [string[], string[]], string]>([
    [
      'a clear lead holds',
      [item('A', 40, 2), item('B', 36, 2), item('C', 8, 2), item('D', 3, 3)],
      2,
      true,
      [[], []],
      [[], []],
      [[], []],
      'Top 2 by WSJF (A, B) holds even with every size in it ×1.5 and every other size ×0.5',
    ],
    [
      // WSJF A 10, B 9, C 4, D 3: C enters only when both moves happen at once (A 6.67, B 6, C 8).
      'a lead that only the worst case breaks',
      [item('A', 20, 2), item('B', 18, 2), item('C', 12, 3), item('D', 3, 1)],
      2,
      false,
      [[], []],
      [[], []],
      [['C'], ['B']],
      'Top 2 by WSJF (A, B) depends on sizes: with other sizes ×0.5, nothing changes; with its own sizes ×1.5, nothing changes; with both, C enters and B leaves',
    ],
    [
      // WSJF A 10, B 9, C 6.5, D 5.5: halving C's size gives 13, D's 11; A ×1.5 gives 6.67, B 6.
      'a narrow lead',
      [item('A', 20, 2), item('B', 18, 2), item('C', 13, 2), item('D', 11, 2)],
      2,
      false,
      [['C', 'D'], ['A', 'B']],
      [['C'], ['B']],
      [['C', 'D'], ['A', 'B']],
      'Top 2 by WSJF (A, B) depends on sizes: with other sizes ×0.5, C, D enter and A, B leave; with its own sizes ×1.5, C enters and B leaves; with both, C, D enter and A, B leave',
    ],
    [
      'a top N covering every item',
      [item('A', 1, 1), item('B', 20, 1)],
      5,
      true,
      [[], []],
      [[], []],
      [[], []],
      'Top 5 by WSJF (B, A) holds even with every size in it ×1.5 and every other size ×0.5',
    ],
  ])('%s', (_case, items, n, stable, low, high, worst, explanation) => {
    const result = wsjfSizeSensitivity(items, n);
    expect(result.stable).toBe(stable);
    expect(result.changedUnderLow).toEqual({ entering: low[0], leaving: low[1] });
    expect(result.changedUnderHigh).toEqual({ entering: high[0], leaving: high[1] });
    expect(result.worstCase).toEqual({ entering: worst[0], leaving: worst[1] });
    expect(result.explanation).toBe(explanation);
  });

  it('leaves out items WSJF cannot score, and lists them', () => {
    const result = wsjfSizeSensitivity([item('A', 10, 1), item('B', 10, null), item('C', 10, 0), item('D', 5, 1)], 1);
    expect(result.topN).toEqual(['A']);
    expect(result.unscored).toEqual(['B', 'C']);
  });

  it('takes another swing', () => {
    const items = [item('A', 20, 2), item('B', 18, 2), item('C', 12, 3), item('D', 3, 1)];
    expect(wsjfSizeSensitivity(items, 2, { low: 0.9, high: 1.1 }).stable).toBe(true);
  });

  it.each([[0], [1.5], [-1]])('refuses a top N of %d', (n) => {
    expect(() => wsjfSizeSensitivity([], n)).toThrow(OrderingInputError);
  });

  it.each([
    [{ low: 0, high: 1.5 }],
    [{ low: 1.2, high: 1.5 }],
    [{ low: 0.5, high: 0.8 }],
    [{ low: 0.5, high: Number.POSITIVE_INFINITY }],
  ])('refuses the swing %j', (swing) => {
    expect(() => wsjfSizeSensitivity([], 1, swing)).toThrow(OrderingInputError);
  });
});
