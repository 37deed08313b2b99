import { describe, expect, it } from 'vitest';
import { DependencyCycleError } from './errors';
import { orderFingerprint, proposeOrder, scoreBy } from './strategies';

const items = [
  { id: 'a', userBusinessValue: 3, timeCriticality: 2, riskReduction: 1, size: 8, valueCustomer: 5, valueBusiness: 1, valueTeam: 0, moscow: 'COULD' as const },
  { id: 'b', userBusinessValue: 8, timeCriticality: 5, riskReduction: 13, size: 4, valueCustomer: 2, valueBusiness: 2, valueTeam: 2, moscow: 'MUST' as const },
  { id: 'c', userBusinessValue: 13, timeCriticality: 8, riskReduction: 5, size: 2, valueCustomer: 13, valueBusiness: 8, valueTeam: 0, moscow: 'SHOULD' as const },
  { id: 'd', size: 3 },
];

describe('proposed orders', () => {
  it('scores by WSJF with the numbers used', () => {
    expect(scoreBy('WSJF', items[1])).toEqual({ score: 6.5, explanation: 'WSJF 6.5 = (8 + 5 + 13) / 4' });
  });

  it('orders by score, unscorable items last, and measures the distance to the current order', () => {
    const p = proposeOrder('WSJF', items, []);
    expect(p.items.map((i) => i.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(p.items[0]).toMatchObject({ currentPosition: 3, proposedPosition: 1, score: 13 });
    // a,b,c,d → c,b,a,d: pairs (a,b) (a,c) (b,c) are inverted.
    expect(p.distance.discordantPairs).toBe(3);
    expect(p.invertedPairs).toHaveLength(3);
    expect(p.sensitivity?.topN).toBeDefined();
  });

  it('never places an item before one it depends on, and says where a dependency overrode the score', () => {
    const p = proposeOrder('WSJF', items, [['c', 'a']]);
    const order = p.items.map((i) => i.id);
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('c'));
    expect(p.overrides.length).toBeGreaterThan(0);
  });

  it('lists only the first `limit` items when asked, everything else about the proposal unchanged', () => {
    const all = proposeOrder('WSJF', items, [['c', 'a']]);
    const top = proposeOrder('WSJF', items, [['c', 'a']], { limit: 2 });
    expect(top.items).toEqual(all.items.slice(0, 2));
    expect({ ...top, items: [] }).toEqual({ ...all, items: [] });
    expect(proposeOrder('WSJF', items, [], { limit: 0 }).items).toEqual([]);
    expect(() => proposeOrder('WSJF', items, [], { limit: -1 })).toThrow(/limit/);
  });

  it('refuses a dependency cycle naming the items', () => {
    expect(() => proposeOrder('VALUE', items, [['a', 'b'], ['b', 'a']])).toThrow(DependencyCycleError);
  });

  it.each([
    ['VALUE', ['c', 'a', 'b', 'd']], // a and b tie at 6: the current order breaks the tie
    ['MOSCOW', ['b', 'c', 'a', 'd']],
    ['CD3', ['c', 'b', 'a', 'd']],
  ] as const)('orders by %s', (strategy, expected) => {
    expect(proposeOrder(strategy, items, []).items.map((i) => i.id)).toEqual(expected);
  });

  it('fingerprints order and versions', () => {
    const base = orderFingerprint([{ id: 'a', version: 1 }, { id: 'b', version: 1 }]);
    expect(orderFingerprint([{ id: 'a', version: 1 }, { id: 'b', version: 1 }])).toBe(base);
    expect(orderFingerprint([{ id: 'b', version: 1 }, { id: 'a', version: 1 }])).not.toBe(base);
    expect(orderFingerprint([{ id: 'a', version: 2 }, { id: 'b', version: 1 }])).not.toBe(base);
  });
});
