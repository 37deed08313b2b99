import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { TRAINER_OBJECTIVES } from './objectives';
import { masteryByObjective, MASTERY_DECAY, nextExercises, type PracticeAttempt, practiceNeed } from './spaced-repetition';

const NOW = '2025-06-30T12:00:00Z';
const attempt = (exerciseId: string, objective: string, score: number, at: string): PracticeAttempt => ({ exerciseId, objective, score, at });

describe('masteryByObjective', () => {
  it('is 0 for every trainer objective without attempts', () => {
    const { byObjective, byCategory } = masteryByObjective([]);
    expect(Object.keys(byObjective)).toEqual([...TRAINER_OBJECTIVES]);
    expect(Object.values(byObjective).every((m) => m.mastery === 0 && m.lastAt === null)).toBe(true);
    expect(byCategory).toEqual({ C1: 0, C2: 0, C3: 0, C4: 0, C5: 0 });
  });

  it('is the recency-weighted mean of the last five scores', () => {
    const scores = [0, 0, 0.2, 0.4, 0.6, 0.8, 1]; // oldest first; the two oldest fall out of the window
    const attempts = scores.map((s, i) => attempt('c5.1-sort-001', 'C5.1', s, `2025-06-0${i + 1}`));
    const weights = [1, MASTERY_DECAY, MASTERY_DECAY ** 2, MASTERY_DECAY ** 3, MASTERY_DECAY ** 4];
    const recent = [1, 0.8, 0.6, 0.4, 0.2];
    const expected = recent.reduce((sum, s, k) => sum + s * (weights[k] as number), 0) / weights.reduce((a, b) => a + b, 0);
    const { byObjective } = masteryByObjective(attempts);
    expect(byObjective['C5.1'].mastery).toBeCloseTo(expected, 10);
    expect(byObjective['C5.1'].attempts).toBe(7);
    expect(byObjective['C5.1'].lastAt).toBe(Date.parse('2025-06-07'));
  });

  it('orders attempts by time, not by the order given', () => {
    const a = masteryByObjective([attempt('x', 'C2.1', 1, '2025-06-02'), attempt('x', 'C2.1', 0, '2025-06-01')]);
    const b = masteryByObjective([attempt('x', 'C2.1', 0, '2025-06-01'), attempt('x', 'C2.1', 1, '2025-06-02')]);
    expect(a.byObjective['C2.1'].mastery).toBe(b.byObjective['C2.1'].mastery);
    expect(a.byObjective['C2.1'].mastery).toBeGreaterThan(0.5);
  });

  it('averages each category over its trainer objectives', () => {
    const { byCategory } = masteryByObjective([attempt('x', 'C4.1', 1, '2025-06-01'), attempt('y', 'C4.2', 0.5, '2025-06-01')]);
    expect(byCategory.C4).toBe(0.75);
    expect(byCategory.C3).toBe(0);
  });

  it('ignores unusable attempts and clamps scores', () => {
    const { byObjective } = masteryByObjective([
      attempt('x', 'C9.9', 1, '2025-06-01'),
      attempt('x', 'C1.1', Number.NaN, '2025-06-01'),
      attempt('x', 'C1.1', 1, 'not a date'),
      attempt('x', 'C1.2', 7, '2025-06-01'),
    ]);
    expect(byObjective['C1.1'].attempts).toBe(0);
    expect(byObjective['C1.2'].mastery).toBe(1);
  });
});

describe('nextExercises', () => {
  it('starts a newcomer on one exercise per objective, in objective order', () => {
    const next = nextExercises(CATALOGUE, [], NOW, 5);
    expect(next.map((e) => e.objective)).toEqual(['C1.1', 'C1.2', 'C1.3', 'C1.4', 'C1.5']);
  });

  it('puts missed objectives first, and mastered, recent ones last', () => {
    const attempts: PracticeAttempt[] = TRAINER_OBJECTIVES.map((o) => attempt(`${o}-x`, o, 1, '2025-06-29'));
    attempts.push(attempt('c5.7-write-001', 'C5.7', 0.2, '2025-06-29'), attempt('c2.2-critique-001', 'C2.2', 0.5, '2025-06-29'));
    const next = nextExercises(CATALOGUE, attempts, NOW, 2);
    expect(next.map((e) => e.objective)).toEqual(['C5.7', 'C2.2']);
  });

  it('brings back objectives unseen for a long time', () => {
    const attempts = TRAINER_OBJECTIVES.map((o) => attempt(`${o}-x`, o, 1, o === 'C3.3' ? '2025-03-01' : '2025-06-29'));
    expect(nextExercises(CATALOGUE, attempts, NOW, 1)[0]?.objective).toBe('C3.3');
    const stale = masteryByObjective(attempts).byObjective['C3.3'];
    expect(practiceNeed(stale, Date.parse(NOW))).toBeCloseTo(0.3, 10);
  });

  it('within an objective, prefers exercises never tried, then the one tried longest ago', () => {
    const attempts = [
      attempt('c5.1-sort-001', 'C5.1', 0, '2025-06-20'),
      attempt('c5.1-sort-002', 'C5.1', 0, '2025-06-10'),
    ];
    const onlyC51 = CATALOGUE.filter((e) => e.objective === 'C5.1');
    expect(nextExercises(onlyC51, attempts, NOW, 3).map((e) => e.id)).toEqual(['c5.1-sort-003', 'c5.1-sort-002', 'c5.1-sort-001']);
  });

  it('returns at most the catalogue, without repeats, and nothing for a count of 0', () => {
    const all = nextExercises(CATALOGUE, [], NOW, 10_000);
    expect(all).toHaveLength(CATALOGUE.length);
    expect(new Set(all.map((e) => e.id)).size).toBe(CATALOGUE.length);
    expect(nextExercises(CATALOGUE, [], NOW, 0)).toEqual([]);
    expect(nextExercises([], [], NOW, 3)).toEqual([]);
  });

  it('is deterministic', () => {
    const attempts = [attempt('c1.1-judgement-001', 'C1.1', 0.5, '2025-06-01')];
    expect(nextExercises(CATALOGUE, attempts, new Date(NOW), 8)).toEqual(nextExercises(CATALOGUE, attempts, NOW, 8));
  });
});
