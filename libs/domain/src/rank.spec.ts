import { describe, expect, it } from 'vitest';
import { compareRanks, isRankKey, rankBetween, ranksBetween } from './rank';

describe('rank keys', () => {
  it('appends after the last key and inserts between two keys', () => {
    const a = rankBetween(null, null);
    const b = rankBetween(a, null);
    const mid = rankBetween(a, b);
    expect(compareRanks(a, mid)).toBe(-1);
    expect(compareRanks(mid, b)).toBe(-1);
    expect(compareRanks(b, b)).toBe(0);
  });

  it('spreads n keys evenly and in order', () => {
    const keys = ranksBetween(null, null, 1000);
    expect(new Set(keys).size).toBe(1000);
    expect([...keys].sort(compareRanks)).toEqual(keys);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(4);
  });

  it('sorts by bytes, the order of SQLite BINARY and PostgreSQL COLLATE "C"', () => {
    const keys = ['a0', 'Zz', 'a0V', 'b00', 'A0'];
    expect([...keys].sort(compareRanks)).toEqual(['A0', 'Zz', 'a0', 'a0V', 'b00']);
    const bytes = [...keys].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect([...keys].sort(compareRanks)).toEqual(bytes);
  });

  it('keeps 1,000 random inserts unique and ordered', () => {
    let seed = 42;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const keys: string[] = [rankBetween(null, null)];
    for (let i = 0; i < 1000; i++) {
      const at = Math.floor(random() * (keys.length + 1));
      keys.splice(at, 0, rankBetween(keys[at - 1] ?? null, keys[at] ?? null));
    }
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort(compareRanks)).toEqual(keys);
  });

  it.each([
    ['a0', true],
    ['', false],
    ['a 0', false],
    ['a0é', false],
    ["a0'--", false],
    ['x'.repeat(129), false],
    [42, false],
  ])('recognises %j as a rank key: %s', (value, expected) => {
    expect(isRankKey(value)).toBe(expected);
  });
});
