import { describe, expect, it } from 'vitest';
import { exerciseById } from '../catalogue';
import { scoreAttempt } from '../score-attempt';
import type { ExerciseOf } from '../types';
import { scoreChoice, scoreQuiz } from './choice';

const judgement = exerciseById('c1.6-judgement-001') as ExerciseOf<'SITUATIONAL_JUDGEMENT'>; // a best, b defensible
const quiz = exerciseById('c4.1-quiz-001') as ExerciseOf<'DISCOVERY_QUIZ'>; // b, a, b

describe('scoreChoice (one best response)', () => {
  it('gives 1 for the best, 0.5 for a defensible and 0 for a weak response', () => {
    expect(scoreChoice(judgement, { choice: 'a' })).toMatchObject({ score: 1, correct: true });
    expect(scoreChoice(judgement, { choice: 'b' })).toMatchObject({ score: 0.5, correct: false });
    expect(scoreChoice(judgement, { choice: 'c' })).toMatchObject({ score: 0, correct: false });
  });

  it('explains every option, and points at the best one when it was missed', () => {
    const result = scoreChoice(judgement, { choice: 'b' });
    expect(result.feedback).toHaveLength(4);
    expect(result.feedback[0]).toMatchObject({ elementId: 'a', correct: false, rationale: expect.stringMatching(/^The best response\./) });
    expect(result.feedback[1]?.rationale).toMatch(/^Your choice: a defensible response, but not the best\./);
  });

  it('refuses a missing or unknown choice', () => {
    expect(scoreAttempt(judgement, {}).error?.path).toBe('choice');
    expect(scoreAttempt(judgement, { choice: 'z' }).error?.message).toContain('"z" is not an option');
  });
});

describe('scoreQuiz (several questions)', () => {
  it('gives one point per question answered right, with partial credit', () => {
    expect(scoreQuiz(quiz, { choices: { q1: 'b', q2: 'a', q3: 'b' } }).score).toBe(1);
    expect(scoreQuiz(quiz, { choices: { q1: 'b', q2: 'a', q3: 'a' } }).score).toBeCloseTo(2 / 3, 4);
    expect(scoreQuiz(quiz, { choices: { q1: 'b' } }).score).toBeCloseTo(1 / 3, 4);
    expect(scoreQuiz(quiz, { choices: {} }).score).toBe(0);
    expect(scoreQuiz(quiz, { choices: { q1: 'a', q2: 'b', q3: 'a' } }).score).toBe(0);
  });

  it('gives every option of every question its rationale', () => {
    const result = scoreQuiz(quiz, { choices: { q1: 'a' } });
    expect(result.feedback).toHaveLength(12);
    expect(result.feedback.find((f) => f.elementId === 'q1:a')?.rationale).toMatch(/^Your answer: not this one\./);
    expect(result.feedback.find((f) => f.elementId === 'q1:b')?.rationale).toMatch(/^The right answer\./);
  });

  it('refuses an option of another question', () => {
    expect(scoreAttempt(quiz, { choices: { q1: 'e' } }).error?.path).toBe('choices.q1');
  });
});
