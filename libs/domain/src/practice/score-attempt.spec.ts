import { describe, expect, it } from 'vitest';
import type { MendelowQuadrant } from '../stakeholders/mendelow';
import { answerFromKey } from './answer-key';
import { CATALOGUE } from './catalogue';
import { elementIdsOf } from './elements';
import { scoreAttempt } from './score-attempt';
import { mulberry32 } from '../forecast/prng';
import type { Exercise } from './types';

const OPPOSITE: Record<MendelowQuadrant, MendelowQuadrant> = {
  MANAGE_CLOSELY: 'MONITOR',
  MONITOR: 'MANAGE_CLOSELY',
  KEEP_SATISFIED: 'KEEP_INFORMED',
  KEEP_INFORMED: 'KEEP_SATISFIED',
};

/** An answer that gets every element wrong. */
function wrongAnswer(exercise: Exercise): unknown {
  switch (exercise.type) {
    case 'OUTCOME_OUTPUT_SORT':
    case 'ECONOMICS_MATCH':
    case 'FLAWED_ITEM':
    case 'STORY_SPLIT':
    case 'TECHNIQUE_MATCH':
    case 'VALUE_LENSES':
    case 'MEASURE_MATCH': {
      const categories = exercise.material.categories.map((c) => c.id);
      return {
        assignments: Object.fromEntries(
          exercise.material.elements.map((e) => [e.id, categories.find((c) => c !== exercise.answerKey.categoryOf[e.id])]),
        ),
      };
    }
    case 'OUTCOME_ACTIONS':
    case 'GOAL_CRITIQUE':
    case 'ASSUMPTION_MAP':
    case 'BURN_UP_DIAGNOSIS':
      return { selected: exercise.material.options.map((o) => o.id).filter((id) => !exercise.answerKey.correct.includes(id)) };
    case 'GOAL_FOR_VISION':
    case 'SPRINT_GOAL':
    case 'SITUATIONAL_JUDGEMENT':
      return { choice: Object.entries(exercise.answerKey.credit).find(([, c]) => c === 0)?.[0] };
    case 'DISCOVERY_QUIZ':
      return {
        choices: Object.fromEntries(exercise.material.questions.map((q) => [q.id, q.options.find((o) => o.id !== exercise.answerKey.correct[q.id])?.id])),
      };
    case 'WSJF_ORDER':
    case 'CD3_ORDER':
      return { order: [...exercise.answerKey.order].reverse(), scores: Object.fromEntries(exercise.material.items.map((i) => [i.id, -1])) };
    case 'ORDERING_KATA': {
      const reasons = exercise.material.reasons.map((r) => r.id);
      return {
        order: [...exercise.answerKey.order].reverse(),
        reasons: Object.fromEntries(exercise.material.items.map((i) => [i.id, reasons.find((r) => !(exercise.answerKey.reasons[i.id] ?? []).includes(r))])),
      };
    }
    case 'ITEM_WRITING':
      return { outcome: '', value: '', acceptanceCriteria: '' };
    case 'STAKEHOLDER_MAP':
      return {
        placements: Object.fromEntries(
          Object.entries(exercise.answerKey.quadrantOf).map(([id, q]) => [id, { quadrant: OPPOSITE[q], technique: 'OTHER' }]),
        ),
      };
    case 'SEGMENTATION':
      return { groups: Object.fromEntries(exercise.material.profiles.map((p) => [p.id, `alone-${p.id}`])) };
    case 'KANO_EVALUATION':
      return { categories: Object.fromEntries(exercise.material.features.map((f) => [f.id, exercise.answerKey.categoryOf[f.id] === 'REVERSE' ? 'MUST_BE' : 'REVERSE'])) };
    case 'VALIDATION_RANKING':
      return { byCost: [...exercise.answerKey.byCost].reverse(), byEvidence: [...exercise.answerKey.byEvidence].reverse() };
    case 'RELEASE_FORECAST':
      return exercise.material.mode === 'WHEN' ? { from: 0, to: 0 } : { from: 10_000, to: 10_000 };
  }
}

/** An answer with nothing in it, in the right shape. */
function emptyAnswer(exercise: Exercise): unknown {
  switch (exercise.type) {
    case 'WSJF_ORDER':
    case 'CD3_ORDER':
    case 'ORDERING_KATA':
      return { order: [...exercise.answerKey.order].reverse() };
    case 'VALIDATION_RANKING':
      return { byCost: [...exercise.answerKey.byCost].reverse(), byEvidence: [...exercise.answerKey.byEvidence].reverse() };
    case 'RELEASE_FORECAST':
      return { from: 0, to: 0 };
    case 'ITEM_WRITING':
      return {};
    default: {
      const key = Object.keys(answerFromKey(exercise))[0] as string;
      return { [key]: key === 'selected' ? [] : key === 'choice' ? undefined : {} };
    }
  }
}

describe('scoreAttempt over the whole catalogue', () => {
  it.each(CATALOGUE.map((e) => [e.id, e] as const))('%s: the key scores 1, with feedback for every element', (_id, exercise) => {
    const result = scoreAttempt(exercise, answerFromKey(exercise));
    expect(result.error).toBeUndefined();
    expect(result.score).toBe(1);
    expect(result.correct).toBe(true);
    const judged = new Set(result.feedback.map((f) => f.elementId));
    expect(elementIdsOf(exercise).filter((id) => !judged.has(id))).toEqual([]);
    expect(result.feedback.every((f) => f.correct && f.rationale.length > 0)).toBe(true);
  });

  it.each(CATALOGUE.map((e) => [e.id, e] as const))('%s: all wrong scores 0', (_id, exercise) => {
    const result = scoreAttempt(exercise, wrongAnswer(exercise));
    expect(result.error).toBeUndefined();
    expect(result.score).toBe(0);
    expect(result.correct).toBe(false);
    expect(result.feedback.filter((f) => f.elementId !== undefined && elementIdsOf(exercise).includes(f.elementId)).some((f) => !f.correct)).toBe(true);
  });

  it.each(CATALOGUE.map((e) => [e.id, e] as const))('%s: an empty answer scores 0 and is not an error, or is refused with a message', (_id, exercise) => {
    const result = scoreAttempt(exercise, emptyAnswer(exercise));
    if ('correct' in exercise.answerKey && Array.isArray(exercise.answerKey.correct) && exercise.answerKey.correct.length === 0) {
      expect(result.score).toBe(1); // a goal with no flaws: picking nothing is the right answer
      return;
    }
    expect(result.score).toBe(0);
    expect(result.correct).toBe(false);
    if (result.error) expect(result.error.message.length).toBeGreaterThan(0);
  });

  it('is deterministic: the same answer gives the same result', () => {
    for (const exercise of CATALOGUE) {
      const answer = answerFromKey(exercise);
      expect(scoreAttempt(exercise, answer)).toEqual(scoreAttempt(exercise, JSON.parse(JSON.stringify(answer))));
    }
  });

  it('gives partial credit between 0 and 1 for a half-right answer', () => {
    for (const exercise of CATALOGUE.filter((e) => e.type === 'VALUE_LENSES' || e.type === 'WSJF_ORDER' || e.type === 'SEGMENTATION')) {
      const key = answerFromKey(exercise) as unknown as Record<string, unknown>;
      const wrong = wrongAnswer(exercise) as Record<string, unknown>;
      const [field] = Object.keys(key) as [string];
      const mixed =
        exercise.type === 'WSJF_ORDER'
          ? { ...key, scores: {} }
          : { [field]: Object.fromEntries(Object.entries(key[field] as object).map(([id, v], i) => [id, i % 2 === 0 ? v : (wrong[field] as Record<string, unknown>)[id]])) };
      const result = scoreAttempt(exercise, mixed);
      expect(result.score).toBeGreaterThan(0);
      expect(result.score).toBeLessThan(1);
    }
  });
});

describe('scoreAttempt refuses malformed answers without throwing', () => {
  const samples: unknown[] = [
    null,
    undefined,
    42,
    'text',
    [],
    {},
    { assignments: 'x' },
    { selected: [1, 2] },
    { selected: ['nope'] },
    { choice: 7 },
    { order: ['x', 'x'] },
    { order: 'abc', scores: { a: 'NaN' } },
    { scores: { a: Number.NaN }, order: [] },
    { from: 5, to: 2 },
    { from: -1, to: 2 },
    { from: 2 ** 31, to: 2 ** 32 },
    { outcome: 5 },
    { outcome: 'x'.repeat(1_000_000) },
    { placements: { s1: { quadrant: 'TOP' } } },
    { groups: { p1: ['a'] } },
    { categories: { f1: 'DELIGHT' } },
    { choices: { q1: 'z' } },
    { byCost: ['a1'], byEvidence: [] },
    JSON.parse('{"__proto__": {"polluted": true}, "assignments": {"__proto__": "OUTPUT"}}'),
    { assignments: { constructor: 'OUTPUT' } },
    { selected: Array.from({ length: 10_000 }, (_, i) => `o${i}`) },
  ];

  it('scores every sample 0 with an error message, for every exercise', () => {
    for (const exercise of CATALOGUE) {
      for (const sample of samples) {
        const result = scoreAttempt(exercise, sample);
        expect(result.score).toBeLessThan(1);
        if (result.error) {
          expect(result.error.code).toBe('MALFORMED_ANSWER');
          expect(result.summary).toContain('Not scored');
          expect(result.feedback).toEqual([]);
        }
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names the path and the problem', () => {
    const exercise = CATALOGUE.find((e) => e.type === 'OUTCOME_OUTPUT_SORT') as Exercise;
    expect(scoreAttempt(exercise, null).error).toMatchObject({ code: 'MALFORMED_ANSWER', message: 'no answer was given' });
    expect(scoreAttempt(exercise, { assignments: { s1: 'PROFIT' } }).error).toMatchObject({ path: 'assignments.s1', message: expect.stringContaining('"PROFIT" is not a category') });
    expect(scoreAttempt(exercise, { assignments: { zz: 'OUTPUT' } }).error).toMatchObject({ path: 'assignments.zz' });
  });

  it('never throws on random JSON-like input', () => {
    const random = mulberry32(99);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
    const leaf = (): unknown => pick([0, -1, 1.5, Number.NaN, Infinity, '', 'OUTPUT', 'a', 's1', 'x\u0000\u202e😀', true, null, undefined, 2 ** 53]);
    const value = (depth: number): unknown => {
      if (depth === 0 || random() < 0.3) return leaf();
      if (random() < 0.5) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth - 1));
      const keys = ['assignments', 'selected', 'choice', 'choices', 'order', 'scores', 'reasons', 'outcome', 'value', 'acceptanceCriteria', 'placements', 'groups', 'categories', 'byCost', 'byEvidence', 'from', 'to', 's1', 'a', 'q1', 'quadrant', 'technique'];
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(keys), value(depth - 1)]));
    };
    for (let i = 0; i < 3_000; i++) {
      const exercise = pick(CATALOGUE);
      const answer = value(3);
      expect(() => scoreAttempt(exercise, answer)).not.toThrow();
      const result = scoreAttempt(exercise, answer);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(1);
    }
  });

  it('reports an unknown exercise type instead of crashing', () => {
    const forged = { ...CATALOGUE[0], type: 'MYSTERY' } as unknown as Exercise;
    expect(scoreAttempt(forged, {}).error?.code).toBe('UNKNOWN_EXERCISE');
  });
});
