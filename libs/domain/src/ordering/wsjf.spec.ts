import { describe, expect, it } from 'vitest';
import { orderByScore } from './score';
import { wsjf, WsjfParts, wsjfScore } from './wsjf';

describe('WSJF (SAFe: cost of delay / job size)', () => {
  it('SAFe worked example style: (8 + 5 + 13) / 4 = 6.5', () => {
    expect(wsjf({ userBusinessValue: 8, timeCriticality: 5, riskReduction: 13, jobSize: 4 })).toEqual({
      score: 6.5,
      explanation: 'WSJF 6.5 = (8 + 5 + 13) / 4',
    });
  });

  // A feature table in the style of SAFe's WSJF article (framework.scaledagile.com/wsjf): relative
  // estimates on the modified Fibonacci scale; the biggest cost of delay (B, 29) ranks last because
  // of its size, the small C climbs near the top.
  const features: Array<WsjfParts & { id: string; expected: number; explanation: string }> = [
    { id: 'B', userBusinessValue: 20, timeCriticality: 8, riskReduction: 1, jobSize: 13, expected: 29 / 13, explanation: 'WSJF 2.23 = (20 + 8 + 1) / 13' },
    { id: 'C', userBusinessValue: 3, timeCriticality: 1, riskReduction: 2, jobSize: 1, expected: 6, explanation: 'WSJF 6 = (3 + 1 + 2) / 1' },
    { id: 'A', userBusinessValue: 8, timeCriticality: 5, riskReduction: 13, jobSize: 4, expected: 6.5, explanation: 'WSJF 6.5 = (8 + 5 + 13) / 4' },
    { id: 'D', userBusinessValue: 13, timeCriticality: 13, riskReduction: 5, jobSize: 5, expected: 6.2, explanation: 'WSJF 6.2 = (13 + 13 + 5) / 5' },
  ];

  it.each(features)('feature $id scores $expected', (feature) => {
    const result = wsjf(feature);
    expect(result.score).toBeCloseTo(feature.expected, 10);
    expect(result.explanation).toBe(feature.explanation);
  });

  it('orders the feature table by WSJF: A, D, C, B', () => {
    expect(orderByScore(features, (f) => wsjf(f).score).map((f) => f.id)).toEqual(['A', 'D', 'C', 'B']);
  });

  it.each<[WsjfParts, string[], string]>([
    [{}, ['userBusinessValue', 'timeCriticality', 'riskReduction', 'jobSize'], 'WSJF needs user-business value, time criticality, risk reduction | opportunity enablement and job size'],
    [{ userBusinessValue: 8, timeCriticality: 5, riskReduction: 13 }, ['jobSize'], 'WSJF needs job size'],
    [{ userBusinessValue: 8, timeCriticality: null, riskReduction: 13, jobSize: 3 }, ['timeCriticality'], 'WSJF needs time criticality'],
  ])('a missing part gives no score, not NaN: %j', (parts, fields, explanation) => {
    expect(wsjf(parts)).toEqual({ score: null, reason: 'MISSING', fields, explanation });
  });

  it.each<[WsjfParts, string, string]>([
    [{ userBusinessValue: 8, timeCriticality: 5, riskReduction: 13, jobSize: 0 }, 'jobSize', 'WSJF refuses job size 0: it must be a number above zero'],
    [{ userBusinessValue: 8, timeCriticality: 5, riskReduction: 13, jobSize: -2 }, 'jobSize', 'WSJF refuses job size -2: it must be a number above zero'],
    [{ userBusinessValue: -1, timeCriticality: 5, riskReduction: 13, jobSize: 3 }, 'userBusinessValue', 'WSJF refuses user-business value -1: it must be a number zero or more'],
    [{ userBusinessValue: 8, timeCriticality: Number.NaN, riskReduction: 13, jobSize: 3 }, 'timeCriticality', 'WSJF refuses time criticality NaN: it must be a number zero or more'],
  ])('refuses an unusable value: %j', (parts, field, explanation) => {
    expect(wsjf(parts)).toEqual({ score: null, reason: 'INVALID', fields: [field], explanation });
  });

  it.each<WsjfParts>([
    { userBusinessValue: 8, timeCriticality: 5, riskReduction: 13, jobSize: 4 },
    { userBusinessValue: 0, timeCriticality: 0, riskReduction: 0, jobSize: 0.5 },
    {},
    { userBusinessValue: 8, timeCriticality: 5, riskReduction: 13, jobSize: 0 },
    { userBusinessValue: -1, timeCriticality: 5, riskReduction: 13, jobSize: 3 },
    { userBusinessValue: 8, timeCriticality: Number.NaN, riskReduction: 13, jobSize: 3 },
    { userBusinessValue: 8, timeCriticality: 5, riskReduction: Number.POSITIVE_INFINITY, jobSize: 3 },
  ])('wsjfScore gives the score of wsjf() and null where it refuses: %j', (parts) => {
    expect(wsjfScore(parts)).toBe(wsjf(parts).score);
  });
});
