import { describe, expect, it } from 'vitest';
import { exerciseById } from '../catalogue';
import { scoreAttempt } from '../score-attempt';
import type { ExerciseOf } from '../types';
import { scoreKata } from './kata';

// k1 (RISK or ENABLER) → k2 (GOAL) → k3 (GOAL or LATER) → k4 (LATER) → k5 (OFF_GOAL); k2 needs k1, k3 needs k2.
const clinic = exerciseById('c5.6-kata-001') as ExerciseOf<'ORDERING_KATA'>;
const ORDER = ['k1', 'k2', 'k3', 'k4', 'k5'];
const REASONS = { k1: 'RISK', k2: 'GOAL', k3: 'LATER', k4: 'LATER', k5: 'OFF_GOAL' };

describe('scoreKata (the ordering kata with reasons)', () => {
  it('gives half for the order and half for the reasons', () => {
    expect(scoreKata(clinic, { order: ORDER, reasons: REASONS })).toMatchObject({ score: 1, correct: true });
    expect(scoreKata(clinic, { order: ORDER }).score).toBe(0.5);
    expect(scoreKata(clinic, { order: ORDER, reasons: { ...REASONS, k4: 'GOAL', k5: 'LATER' } }).score).toBeCloseTo(0.5 + 0.5 * 0.6, 4);
  });

  it('accepts any of the defensible reasons for an item', () => {
    expect(scoreKata(clinic, { order: ORDER, reasons: { ...REASONS, k1: 'ENABLER', k3: 'GOAL' } }).score).toBe(1);
  });

  it('penalises dependency breaks and explains each inversion by the reason', () => {
    const result = scoreKata(clinic, { order: ['k2', 'k1', 'k3', 'k5', 'k4'], reasons: REASONS });
    // 2 of 10 pairs inverted (0.8), one dependency broken (−0.25) → 0.55 for the order.
    expect(result.score).toBeCloseTo(0.5 * 0.55 + 0.5, 4);
    expect(result.feedback.find((f) => f.elementId === 'pair:k5>k4')?.rationale).toContain('goes higher ("Serves the goal, but less than the items above"): Serves the goal, but reaches few patients');
    expect(result.feedback.some((f) => f.elementId === 'depends:k2>k1')).toBe(true);
  });

  it('scores 0 for the reversed order with wrong reasons, and refuses an incomplete order', () => {
    expect(scoreKata(clinic, { order: [...ORDER].reverse(), reasons: { k1: 'OFF_GOAL', k2: 'OFF_GOAL', k3: 'OFF_GOAL', k4: 'DEADLINE', k5: 'GOAL' } }).score).toBe(0);
    expect(scoreAttempt(clinic, { order: ['k1', 'k2'] }).error?.message).toContain('missing "k3", "k4", "k5"');
    expect(scoreAttempt(clinic, { order: ORDER, reasons: { k1: 'BECAUSE' } }).error?.path).toBe('reasons.k1');
  });
});
