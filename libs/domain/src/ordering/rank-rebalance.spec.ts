import { describe, expect, it } from 'vitest';
import { compareRanks, ranksBetween } from '../rank';
import { OrderingInputError, RankOrderError } from './errors';
import { DEFAULT_MAX_KEY_LENGTH, keyForMove, needsRebalance, planRespread, rebalance } from './rank-rebalance';

/** mulberry32: a tiny seeded PRNG so the property runs replay exactly. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  id: number;
  rank: string;
}

interface Stats {
  respreads: number;
  rewritten: number;
}

/** What the API does on a move: a key between the neighbours, then a local re-spread if it came out too long. */
function place(list: Row[], index: number, id: number, maxLength: number, stats: Stats): void {
  const before = list[index - 1]?.rank ?? null;
  const after = list[index]?.rank ?? null;
  list.splice(index, 0, { id, rank: keyForMove(before, after) });
  if (!needsRebalance(list[index]!.rank, maxLength)) return;
  const plan = planRespread(list.map((r) => r.rank), index, { maxLength });
  plan.keys.forEach((key, i) => (list[plan.from + i]!.rank = key));
  stats.respreads += 1;
  stats.rewritten += plan.to - plan.from;
}

/** The first broken invariant (too long, or not strictly above its predecessor), or null. */
function firstProblem(list: readonly Row[], maxLength: number): string | null {
  for (let i = 0; i < list.length; i++) {
    const rank = list[i]!.rank;
    if (rank.length > maxLength) return `row ${i}: ${rank} is longer than ${maxLength}`;
    if (i > 0 && compareRanks(list[i - 1]!.rank, rank) !== -1) return `row ${i}: ${rank} not above ${list[i - 1]!.rank}`;
  }
  return null;
}

describe('keyForMove', () => {
  it.each([
    [null, null],
    ['a0', null],
    [null, 'a0'],
    ['a0', 'a1'],
    ['a0', 'a0V'],
    ['Zz', 'a0'],
  ])('puts a key strictly between %j and %j', (before, after) => {
    const key = keyForMove(before, after);
    if (before !== null) expect(compareRanks(before, key)).toBe(-1);
    if (after !== null) expect(compareRanks(key, after)).toBe(-1);
  });

  it.each([
    ['a1', 'a0'],
    ['a0', 'a0'],
    ['b00', 'a0'],
  ])('refuses neighbours out of order: %j, %j', (before, after) => {
    expect(() => keyForMove(before, after)).toThrow(RankOrderError);
    expect(() => keyForMove(before, after)).toThrow(expect.objectContaining({ code: 'RANK_OUT_OF_ORDER', before, after }));
  });

  it.each([['a00'], ['a'], ['!!']])('refuses a malformed key %j with a typed error', (bad) => {
    expect(() => keyForMove(bad, null)).toThrow(OrderingInputError);
  });
});

describe('needsRebalance', () => {
  it.each([
    ['a0', undefined, false],
    ['a' + '1'.repeat(DEFAULT_MAX_KEY_LENGTH - 1), undefined, false],
    ['a' + '1'.repeat(DEFAULT_MAX_KEY_LENGTH), undefined, true],
    ['a0V', 2, true],
  ])('%j with max %j → %s', (key, max, expected) => {
    expect(needsRebalance(key, max)).toBe(expected);
  });
});

describe('rebalance', () => {
  it.each([
    [0, null, null],
    [5, null, null],
    [1_000, 'a0', 'a1'],
    [100, 'a0V', 'a0W'],
    [10, null, 'a5'],
    [10, 'a5', null],
  ])('spreads %i keys between %j and %j, ordered and inside the bounds', (count, lower, upper) => {
    const keys = rebalance(count, lower, upper);
    expect(keys).toHaveLength(count);
    const all = [lower, ...keys, upper].filter((k): k is string => k !== null);
    all.slice(1).forEach((k, i) => expect(compareRanks(all[i]!, k)).toBe(-1));
  });

  it('spreads evenly: 1,000 keys between two neighbours stay a few characters longer than them', () => {
    const keys = rebalance(1_000, 'a0', 'a1');
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(5);
  });

  it('pairs ids with keys in their order', () => {
    const ranked = rebalance(['x', 'y', 'z'], 'a0', 'a1');
    expect(ranked.map((r) => r.id)).toEqual(['x', 'y', 'z']);
    expect(ranked.map((r) => r.rank)).toEqual(rebalance(3, 'a0', 'a1'));
  });

  it.each([[-1], [1.5], [Number.NaN]])('refuses a count of %j', (count) => {
    expect(() => rebalance(count)).toThrow(OrderingInputError);
  });

  it('refuses bounds out of order', () => {
    expect(() => rebalance(3, 'a1', 'a0')).toThrow(RankOrderError);
  });
});

describe('planRespread', () => {
  it('rewrites only a small window around a crowded spot, between untouched neighbours', () => {
    const keys = ranksBetween(null, null, 100);
    let inner = keys[51]!;
    for (let i = 0; i < 40; i++) inner = keyForMove(keys[50]!, inner);
    keys.splice(51, 0, inner);
    const plan = planRespread(keys, 51, { maxLength: 6 });
    expect(plan.to - plan.from).toBeLessThan(10);
    expect(plan.lowerBound).toBe(keys[plan.from - 1]);
    expect(plan.upperBound).toBe(keys[plan.to]);
    const rewritten = [...keys.slice(0, plan.from), ...plan.keys, ...keys.slice(plan.to)];
    rewritten.slice(1).forEach((k, i) => expect(compareRanks(rewritten[i]!, k)).toBe(-1));
    expect(Math.max(...plan.keys.map((k) => k.length))).toBeLessThanOrEqual(4);
  });

  it('refuses an index outside the list', () => {
    expect(() => planRespread(['a0'], 1)).toThrow(OrderingInputError);
  });

  it('on a slice of a longer list, keeps its outer keys as they are and says when the slice was too short', () => {
    // One gap filled to its last 3-character key, then a key crowded into it: no 3-character
    // window exists nearby, only past the filled gap.
    const keys = ranksBetween(null, null, 100);
    keys.splice(51, 0, ...ranksBetween(keys[50]!, keys[51]!, 61));
    const at = 81;
    let crowded = keys[at]!;
    for (let i = 0; i < 60; i++) crowded = keyForMove(keys[at - 1]!, crowded);
    keys.splice(at, 0, crowded);
    // What a server reads around the spot: `radius` rows each side plus one that stays put.
    const around = (radius: number) => keys.slice(at - radius - 1, at + radius + 2);
    const options = { targetLength: 3, slice: { start: true, end: true } } as const;

    const narrow = planRespread(around(2), 3, options);
    expect(narrow.fits).toBe(false);
    expect([narrow.from, narrow.to]).toEqual([1, 6]);
    expect(narrow.lowerBound).toBe(keys[at - 3]);
    expect(narrow.upperBound).toBe(keys[at + 3]);
    // Still a valid order between the untouched neighbours, only longer than the target.
    const seq = [narrow.lowerBound!, ...narrow.keys, narrow.upperBound!];
    seq.slice(1).forEach((k, i) => expect(compareRanks(seq[i]!, k)).toBe(-1));

    const wide = planRespread(around(64), 65, options);
    expect(wide.fits).toBe(true);
    expect(wide.from).toBeGreaterThan(1);
    expect(wide.to).toBeLessThan(around(64).length - 1);
    expect(Math.max(...wide.keys.map((k) => k.length))).toBeLessThanOrEqual(3);
    // The slice's outer keys are bounds, never a row to rewrite.
    expect(() => planRespread(around(2), 0, options)).toThrow(/outer keys stay put/);
  });

  it('a slice that reaches an end of the list has an open bound there', () => {
    const keys = ranksBetween(null, null, 10);
    let crowded = keys[1]!;
    for (let i = 0; i < 60; i++) crowded = keyForMove(keys[0]!, crowded);
    keys.splice(1, 0, crowded);
    const plan = planRespread(keys.slice(0, 6), 1, { maxLength: 6, slice: { start: false, end: true } });
    expect(plan.fits).toBe(true);
    expect(plan.from).toBe(0);
    expect(plan.lowerBound).toBeNull();
    expect(plan.upperBound).toBe(keys[plan.to]);
  });
});

describe('rank keys under load (seeded properties)', () => {
  // Every step inserts a new item or moves one; a "hot share" of steps lands right below the top
  // item (a common habit: "put it next"), so max 24 also sees re-spreads; max 8 gets them from crowding alone.
  it.each([
    [DEFAULT_MAX_KEY_LENGTH, 0.25, 1],
    [8, 0, 2],
  ])('10,000 random inserts and moves keep keys unique, ordered and ≤ %i characters (hot share %s, seed %i)', (maxLength, hotShare, seed) => {
    const random = mulberry32(seed);
    const list: Row[] = [];
    const stats: Stats = { respreads: 0, rewritten: 0 };
    const target = (length: number): number => (random() < hotShare ? Math.min(1, length) : Math.floor(random() * (length + 1)));
    let nextId = 0;
    for (let step = 0; step < 10_000; step++) {
      if (list.length < 2 || random() < 0.5) {
        place(list, target(list.length), nextId++, maxLength, stats);
      } else {
        const [moved] = list.splice(Math.floor(random() * list.length), 1);
        place(list, target(list.length), moved!.id, maxLength, stats);
      }
      if (step % 100 === 0) expect(firstProblem(list, maxLength)).toBeNull();
    }
    expect(firstProblem(list, maxLength)).toBeNull();
    expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
    expect(stats.respreads).toBeGreaterThan(0);
    console.info(`random, max ${maxLength}: ${list.length} rows, ${stats.respreads} re-spreads, ${stats.rewritten} rows rewritten`);
  });

  it.each([
    ['right after the first item', 1],
    ['in the middle', 50],
    ['right before the last item', 99],
  ])('10,000 inserts always %s keep every key ≤ max length, re-spreading few rows', (_where, at) => {
    const list: Row[] = ranksBetween(null, null, 100).map((rank, id) => ({ id, rank }));
    const stats: Stats = { respreads: 0, rewritten: 0 };
    const inserts = 10_000;
    for (let i = 0; i < inserts; i++) {
      place(list, at, 100 + i, DEFAULT_MAX_KEY_LENGTH, stats);
      if (i % 100 === 0) expect(firstProblem(list, DEFAULT_MAX_KEY_LENGTH)).toBeNull();
    }
    expect(firstProblem(list, DEFAULT_MAX_KEY_LENGTH)).toBeNull();
    const perRespread = stats.rewritten / stats.respreads;
    const perInsert = stats.rewritten / inserts;
    console.info(
      `adversarial ${_where}: ${stats.respreads} re-spreads, ${perRespread.toFixed(1)} rows each on average, ` +
        `${perInsert.toFixed(2)} rows per insert, ${list.length} rows`,
    );
    expect(stats.respreads).toBeGreaterThan(0);
    expect(perRespread).toBeLessThan(list.length / 100);
    expect(perInsert).toBeLessThan(1);
  });
});
