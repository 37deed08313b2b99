import { describe, expect, test } from 'vitest';
import { answerFromKey, CATALOGUE, type Exercise, exerciseById, MENDELOW_QUADRANT_INFO, scoreAttempt, shuffleFor } from '@backlog-studio/domain';
import { type Draft, indexFeedback, initialDraft, missingParts, moveBy, parseDecimal, toAnswer } from './answers';

/** The draft a learner who knows the key would enter, built from the model answer. */
function perfectDraft(exercise: Exercise): Draft {
  const draft = initialDraft(exercise);
  const key = answerFromKey(exercise) as unknown as Record<string, unknown>;
  switch (exercise.type) {
    case 'OUTCOME_OUTPUT_SORT':
    case 'ECONOMICS_MATCH':
    case 'FLAWED_ITEM':
    case 'STORY_SPLIT':
    case 'TECHNIQUE_MATCH':
    case 'VALUE_LENSES':
    case 'MEASURE_MATCH':
      return { ...draft, picks: key.assignments as Record<string, string> };
    case 'OUTCOME_ACTIONS':
    case 'GOAL_CRITIQUE':
    case 'ASSUMPTION_MAP':
    case 'BURN_UP_DIAGNOSIS':
      return { ...draft, selected: key.selected as string[] };
    case 'GOAL_FOR_VISION':
    case 'SPRINT_GOAL':
    case 'SITUATIONAL_JUDGEMENT':
      return { ...draft, choice: key.choice as string };
    case 'DISCOVERY_QUIZ':
      return { ...draft, picks: key.choices as Record<string, string> };
    case 'WSJF_ORDER':
    case 'CD3_ORDER':
      // Typed as a person would: rounded to two decimals, with a decimal comma now and then.
      return {
        ...draft,
        orders: { order: key.order as string[] },
        texts: Object.fromEntries(Object.entries(key.scores as Record<string, number>).map(([id, s], i) => [id, i % 2 ? String(Math.round(s * 100) / 100).replace('.', ',') : String(Math.round(s * 100) / 100)])),
      };
    case 'ORDERING_KATA':
      return { ...draft, orders: { order: key.order as string[] }, picks: key.reasons as Record<string, string> };
    case 'ITEM_WRITING': {
      const criteria = key.acceptanceCriteria;
      return { ...draft, texts: { title: String(key.title ?? ''), outcome: String(key.outcome), value: String(key.value), acceptanceCriteria: Array.isArray(criteria) ? criteria.join('\n') : String(criteria) } };
    }
    case 'STAKEHOLDER_MAP': {
      const placements = key.placements as Record<string, { quadrant: keyof typeof MENDELOW_QUADRANT_INFO }>;
      return {
        ...draft,
        picks: Object.fromEntries(Object.entries(placements).map(([id, p]) => [id, p.quadrant])),
        extra: Object.fromEntries(Object.entries(placements).map(([id, p]) => [id, MENDELOW_QUADRANT_INFO[p.quadrant].techniques[0] as string])),
      };
    }
    case 'SEGMENTATION':
      return { ...draft, picks: key.groups as Record<string, string> };
    case 'KANO_EVALUATION':
      return { ...draft, picks: key.categories as Record<string, string> };
    case 'VALIDATION_RANKING':
      return { ...draft, orders: { byCost: key.byCost as string[], byEvidence: key.byEvidence as string[] } };
    case 'RELEASE_FORECAST':
      return { ...draft, texts: { from: String(key.from), to: String(key.to) } };
  }
}

describe('drafts become the answers scoreAttempt takes', () => {
  test.each(CATALOGUE.map((e) => [e.id, e] as const))('%s: the key entered in full is complete and scores 100 %%', (_id, exercise) => {
    const shown = shuffleFor(exercise, 7);
    const draft = perfectDraft(shown);
    expect(missingParts(shown, draft)).toEqual([]);
    const result = scoreAttempt(shown, toAnswer(shown, draft));
    expect(result.error).toBeUndefined();
    expect(result.score).toBe(1);
  });

  test('an untouched draft is incomplete wherever an answer is needed, and never for pick-all-that-apply or rankings', () => {
    const missing = (id: string): string[] => {
      const exercise = exerciseById(id)!;
      return missingParts(exercise, initialDraft(exercise));
    };
    expect(missing('c5.1-sort-001')).toEqual([expect.stringMatching(/^\d+ statements have no answer yet$/)]);
    expect(missing('c1.1-judgement-001')).toEqual(['choose one option']);
    expect(missing('c3.4-quiz-001')).toEqual([expect.stringMatching(/questions are not answered yet$/)]);
    expect(missing('c5.3-wsjf-001')).toEqual(['give the WSJF of 5 more items']);
    expect(missing('c1.7-kata-001')).toEqual(['give the reason for 6 more items']);
    expect(missing('c5.7-write-001')).toEqual(['write the desired outcome, the value, acceptance criteria']);
    expect(missing('c1.3-grid-001')).toHaveLength(2);
    expect(missing('c2.4-forecast-001')).toEqual(['give both ends of the range as whole numbers']);
    expect(missing('c5.2-actions-001')).toEqual([]);
    expect(missing('c4.2-validation-001')).toEqual([]);
  });

  test('a forecast range must be whole numbers and not end before it starts', () => {
    const exercise = exerciseById('c2.4-forecast-001')!;
    const draft = (from: string, to: string): Draft => ({ ...initialDraft(exercise), texts: { from, to } });
    expect(missingParts(exercise, draft('6', '4'))).toEqual(['the range must not end before it starts']);
    expect(missingParts(exercise, draft('4.5', '8'))).toEqual(['give both ends of the range as whole numbers']);
    expect(missingParts(exercise, draft('4', '8'))).toEqual([]);
    expect(toAnswer(exercise, draft('4', '8'))).toEqual({ from: 4, to: 8 });
  });

  test('an item draft sends one acceptance criterion per non-empty line', () => {
    const exercise = exerciseById('c5.7-write-001')!;
    const answer = toAnswer(exercise, { ...initialDraft(exercise), texts: { outcome: 'o', value: 'v', acceptanceCriteria: ' first \n\n second\n' } });
    expect(answer).toEqual({ title: '', outcome: 'o', value: 'v', acceptanceCriteria: ['first', 'second'] });
  });

  test('a stakeholder without a quadrant is left out; a technique goes with its quadrant', () => {
    const exercise = exerciseById('c1.3-grid-001')!;
    const answer = toAnswer(exercise, { ...initialDraft(exercise), picks: { s1: 'MANAGE_CLOSELY', s2: '' }, extra: { s1: 'WORKSHOP', s2: 'DEMO' } });
    expect(answer).toEqual({ placements: { s1: { quadrant: 'MANAGE_CLOSELY', technique: 'WORKSHOP' } } });
  });
});

describe('parseDecimal', () => {
  test.each([
    ['6.5', 6.5],
    ['6,5', 6.5],
    [' 12 ', 12],
    ['.5', 0.5],
    ['', null],
    ['abc', null],
    ['1e3', null],
    ['3.2.1', null],
  ])('%j → %j', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});

describe('indexFeedback', () => {
  test('feedback on each item goes beside it; inverted pairs are about the answer as a whole', () => {
    const exercise = exerciseById('c5.3-wsjf-001')!;
    if (exercise.type !== 'WSJF_ORDER') throw new Error('not a WSJF exercise');
    const reversed = [...exercise.answerKey.order].reverse();
    const result = scoreAttempt(exercise, { order: reversed, scores: {} });
    const index = indexFeedback(exercise, result);
    expect([...index.byElement.keys()].sort()).toEqual(exercise.material.items.map((i) => i.id).sort());
    expect(index.general.length).toBe(10); // 5 items: every one of the 10 pairs is inverted
    expect(index.general.every((f) => f.elementId?.startsWith('pair:'))).toBe(true);
  });

  test('a forecast is judged as a whole', () => {
    const exercise = exerciseById('c2.4-forecast-001')!;
    const index = indexFeedback(exercise, scoreAttempt(exercise, { from: 1, to: 3 }));
    expect(index.byElement.size).toBe(0);
    expect(index.general.map((f) => f.elementId)).toEqual(['coverage', 'commitment', 'width']);
  });
});

describe('moveBy', () => {
  test('moves one place and stays put at either end', () => {
    expect(moveBy(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveBy(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveBy(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveBy(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
