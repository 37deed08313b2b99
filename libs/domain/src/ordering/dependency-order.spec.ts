import { describe, expect, it } from 'vitest';
import { dependencyOrder, Dependency, ScoredItem, wouldCreateCycle } from './dependency-order';
import { DependencyCycleError, OrderingInputError } from './errors';
import { orderByScore } from './score';

/** mulberry32: a tiny seeded PRNG so the generated inputs replay exactly. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const items = (spec: Record<string, number | null>): ScoredItem[] => Object.entries(spec).map(([id, score]) => ({ id, score }));

/** Every dependency's prerequisite comes first; null when all hold. */
function brokenDependency(order: readonly string[], dependencies: readonly Dependency[]): Dependency | null {
  const at = new Map(order.map((id, i) => [id, i]));
  return dependencies.find(([item, prerequisite]) => at.get(prerequisite)! > at.get(item)!) ?? null;
}

describe('dependencyOrder', () => {
  it.each<[string, Record<string, number | null>, Dependency[], string[]]>([
    ['no dependencies: score order, ties in input order, unscored last', { a: 3, b: 8, c: null, d: 3, e: 8 }, [], ['b', 'e', 'a', 'd', 'c']],
    ['a prerequisite scoring higher changes nothing', { x: 5, p: 13, d: 8 }, [['d', 'p']], ['p', 'd', 'x']],
    ['a low prerequisite is pulled up to just above what needs it', { x: 8, p: 2, d: 13 }, [['d', 'p']], ['p', 'd', 'x']],
    ['a chain is pulled up as a whole', { x: 8, p: 1, q: 2, d: 13 }, [['d', 'q'], ['q', 'p']], ['p', 'q', 'd', 'x']],
    ['two prerequisites go up together, in input order', { x: 8, p2: 1, p1: 2, d: 13 }, [['d', 'p1'], ['d', 'p2']], ['p2', 'p1', 'd', 'x']],
    ['a prerequisite inherits the input position too, so equal scores keep input order', { d: 10, x: 10, p: 1 }, [['d', 'p']], ['p', 'd', 'x']],
    ['an item waiting on a prerequisite stays below higher scores than its own', { p: 1, d: 5, x: 8 }, [['d', 'p']], ['x', 'p', 'd']],
    ['a shared prerequisite follows the best item needing it', { a: 9, p: 0, b: 7, c: 8 }, [['a', 'p'], ['b', 'p']], ['p', 'a', 'c', 'b']],
  ])('%s', (_case, spec, dependencies, expected) => {
    const result = dependencyOrder(items(spec), dependencies);
    expect(result.order).toEqual(expected);
    expect(brokenDependency(result.order, dependencies)).toBeNull();
  });

  it('names each override: the pulled item, the dependency, the item it displaced', () => {
    const result = dependencyOrder(items({ x: 8, p: 1, q: 2, d: 13 }), [['d', 'q'], ['q', 'p']]);
    expect(result.overrides).toEqual([
      { itemId: 'p', dependantId: 'q', forId: 'd', displacedId: 'x', explanation: 'p (score 1) goes above x (score 8) because d (score 13) depends on it (through q)' },
      { itemId: 'q', dependantId: 'd', forId: 'd', displacedId: 'x', explanation: 'q (score 2) goes above x (score 8) because d (score 13) depends on it' },
    ]);
  });

  it('reports no override when nothing scoring higher was jumped', () => {
    expect(dependencyOrder(items({ p: 1, d: 13, x: 0 }), [['d', 'p']]).overrides).toEqual([]);
    expect(dependencyOrder(items({ x: 5, p: 13, d: 8 }), [['d', 'p']]).overrides).toEqual([]);
  });

  it('ignores dependencies on items that are not in the list, and says so', () => {
    const result = dependencyOrder(items({ a: 1, b: 2 }), [['a', 'gone'], ['gone', 'b']]);
    expect(result.order).toEqual(['b', 'a']);
    expect(result.ignored).toEqual([['a', 'gone'], ['gone', 'b']]);
  });

  it.each<[string, Dependency[], string[]]>([
    ['a self-dependency', [['a', 'a']], ['a']],
    ['a two-item loop', [['a', 'b'], ['b', 'a']], ['a', 'b']],
    ['a three-item loop, named in dependency order', [['b', 'c'], ['a', 'b'], ['c', 'a'], ['d', 'a'], ['e', 'd']], ['a', 'b', 'c']],
    ['a loop away from the first item', [['c', 'd'], ['d', 'c'], ['b', 'a']], ['c', 'd']],
  ])('refuses %s with a typed error naming the cycle', (_case, dependencies, cycle) => {
    const run = () => dependencyOrder(items({ a: 1, b: 2, c: 3, d: 4, e: 5 }), dependencies);
    expect(run).toThrow(DependencyCycleError);
    expect(run).toThrow(expect.objectContaining({ code: 'DEPENDENCY_CYCLE', cycle }));
  });

  it('refuses an id listed twice', () => {
    expect(() => dependencyOrder([{ id: 'a', score: 1 }, { id: 'a', score: 2 }], [])).toThrow(OrderingInputError);
  });

  it('matches plain score order without dependencies and respects random acyclic dependencies (seeded)', () => {
    const random = mulberry32(7);
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(random() * 30);
      const list = Array.from({ length: n }, (_, i) => ({ id: `i${i}`, score: random() < 0.1 ? null : Math.floor(random() * 10) }));
      expect(dependencyOrder(list, []).order).toEqual(orderByScore(list, (i) => i.score).map((i) => i.id));
      // Dependencies only point to items earlier in a hidden shuffle, so they never loop.
      const hidden = orderByScore(list, () => random()).map((i) => i.id);
      const dependencies: Dependency[] = Array.from({ length: Math.floor(random() * n) }, () => {
        const [x, y] = [Math.floor(random() * n), Math.floor(random() * n)].sort((p, q) => p - q);
        return [hidden[y!]!, hidden[x!]!] as const;
      }).filter(([a, b]) => a !== b);
      const result = dependencyOrder(list, dependencies);
      expect([...result.order].sort()).toEqual(list.map((i) => i.id).sort());
      expect(brokenDependency(result.order, dependencies)).toBeNull();
    }
  });

  it('orders 100,000 items with 10,000 dependencies (an O((n + e) log n) algorithm; no timing asserted)', () => {
    const random = mulberry32(42);
    const n = 100_000;
    const list = Array.from({ length: n }, (_, i) => ({ id: `item-${i}`, score: Math.floor(random() * 1_000) }));
    const dependencies: Dependency[] = [];
    while (dependencies.length < 10_000) {
      const a = Math.floor(random() * n);
      const b = Math.floor(random() * n);
      // A higher index depends on a lower one: acyclic by construction.
      if (a !== b) dependencies.push([`item-${Math.max(a, b)}`, `item-${Math.min(a, b)}`]);
    }
    const result = dependencyOrder(list, dependencies);

    expect(result.order).toHaveLength(n);
    expect(new Set(result.order).size).toBe(n);
    expect(brokenDependency(result.order, dependencies)).toBeNull();
    // Items outside every dependency keep plain score order among themselves.
    const involved = new Set(dependencies.flat());
    const free = result.order.filter((id) => !involved.has(id));
    const score = new Map(list.map((i) => [i.id, i.score]));
    const freeByScore = orderByScore(list.filter((i) => !involved.has(i.id)), (i) => i.score).map((i) => i.id);
    expect(free).toEqual(freeByScore);
    // Every override really jumped a higher-scoring item, which now sits below it.
    const at = new Map(result.order.map((id, i) => [id, i]));
    expect(result.overrides.length).toBeGreaterThan(0);
    for (const o of result.overrides) {
      expect(score.get(o.displacedId)!).toBeGreaterThan(score.get(o.itemId)!);
      expect(at.get(o.displacedId)!).toBeGreaterThan(at.get(o.itemId)!);
      expect(score.get(o.forId)!).toBeGreaterThan(score.get(o.itemId)!);
    }
  }, 60_000); // Large inputs on a loaded 2-core machine: a generous timeout, no timing asserted.
});

describe('wouldCreateCycle', () => {
  // b depends on a, c depends on b.
  const dependencies: Dependency[] = [['b', 'a'], ['c', 'b'], ['d', 'a']];

  it.each<[string, string, string[] | null]>([
    ['a', 'c', ['a', 'c', 'b']],
    ['a', 'b', ['a', 'b']],
    ['a', 'a', ['a']],
    ['c', 'a', null],
    ['d', 'c', null],
    ['a', 'x', null],
  ])('%s depending on %s → %j', (itemId, dependsOnId, cycle) => {
    expect(wouldCreateCycle(dependencies, itemId, dependsOnId)).toEqual(cycle);
  });

  it('names the same cycle dependencyOrder would refuse', () => {
    const cycle = wouldCreateCycle(dependencies, 'a', 'c');
    expect(() => dependencyOrder(items({ a: 1, b: 1, c: 1, d: 1 }), [...dependencies, ['a', 'c']])).toThrow(
      expect.objectContaining({ cycle }),
    );
  });
});
