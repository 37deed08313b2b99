import { describe, expect, it } from 'vitest';
import { StakeholderInputError } from './errors';
import {
  MENDELOW_QUADRANT_INFO,
  MENDELOW_QUADRANTS,
  mendelowQuadrant,
  quadrantCredit,
  quadrantDistance,
  type MendelowQuadrant,
} from './mendelow';
import { ENGAGEMENT_TECHNIQUES } from './stakeholder-groups';

describe('mendelowQuadrant', () => {
  it.each<[number, number, MendelowQuadrant]>([
    [10, 10, 'MANAGE_CLOSELY'],
    [0, 0, 'MONITOR'],
    [10, 0, 'KEEP_SATISFIED'],
    [0, 10, 'KEEP_INFORMED'],
    // 5 is high: the boundary sits between 4.9 and 5.
    [5, 5, 'MANAGE_CLOSELY'],
    [4.9, 4.9, 'MONITOR'],
    [5.1, 5.1, 'MANAGE_CLOSELY'],
    [5, 4.9, 'KEEP_SATISFIED'],
    [4.9, 5, 'KEEP_INFORMED'],
    [5.1, 4.9, 'KEEP_SATISFIED'],
    [4.9, 5.1, 'KEEP_INFORMED'],
    [5, 0, 'KEEP_SATISFIED'],
    [0, 5, 'KEEP_INFORMED'],
    [10, 4.9, 'KEEP_SATISFIED'],
    [4.9, 10, 'KEEP_INFORMED'],
  ])('power %d, interest %d → %s', (power, interest, expected) => {
    expect(mendelowQuadrant(power, interest)).toBe(expected);
  });

  it.each<[number, number, 'power' | 'interest']>([
    [-0.1, 5, 'power'],
    [10.1, 5, 'power'],
    [Number.NaN, 5, 'power'],
    [Number.POSITIVE_INFINITY, 5, 'power'],
    [5, -1, 'interest'],
    [5, 11, 'interest'],
    [5, Number.NaN, 'interest'],
  ])('refuses power %d, interest %d with a typed error on %s', (power, interest, field) => {
    const call = (): MendelowQuadrant => mendelowQuadrant(power, interest);
    expect(call).toThrow(StakeholderInputError);
    expect(call).toThrow(expect.objectContaining({ code: 'OUT_OF_SCALE', field }));
  });
});

describe('quadrantDistance and quadrantCredit', () => {
  it.each<[MendelowQuadrant, MendelowQuadrant, number, number]>([
    ['MANAGE_CLOSELY', 'MANAGE_CLOSELY', 0, 1],
    ['MONITOR', 'MONITOR', 0, 1],
    ['MANAGE_CLOSELY', 'KEEP_SATISFIED', 1, 0.5],
    ['MANAGE_CLOSELY', 'KEEP_INFORMED', 1, 0.5],
    ['MONITOR', 'KEEP_SATISFIED', 1, 0.5],
    ['MONITOR', 'KEEP_INFORMED', 1, 0.5],
    ['MANAGE_CLOSELY', 'MONITOR', 2, 0],
    ['KEEP_SATISFIED', 'KEEP_INFORMED', 2, 0],
  ])('%s vs %s: distance %d, credit %d', (a, b, distance, credit) => {
    expect(quadrantDistance(a, b)).toBe(distance);
    expect(quadrantDistance(b, a)).toBe(distance);
    expect(quadrantCredit(a, b)).toBe(credit);
  });
});

describe('MENDELOW_QUADRANT_INFO', () => {
  it.each(MENDELOW_QUADRANTS)('%s has a label, a meaning and known techniques, and matches its own axes', (quadrant) => {
    const info = MENDELOW_QUADRANT_INFO[quadrant];
    expect(info.label).not.toBe('');
    expect(info.meaning).not.toBe('');
    expect(info.techniques.length).toBeGreaterThan(0);
    for (const technique of info.techniques) expect(ENGAGEMENT_TECHNIQUES).toContain(technique);
    expect(mendelowQuadrant(info.highPower ? 10 : 0, info.highInterest ? 10 : 0)).toBe(quadrant);
  });
});
