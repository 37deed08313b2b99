import { describe, expect, it } from 'vitest';
import { CATALOGUE, DEFAULT_SCENARIO, runSimulation, scoreAttempt } from '@backlog-studio/domain';
import { aProduct, anItem, signUp } from '@backlog-studio/testing';
import { engines, useApi } from './helpers';

const SUBMIT = `mutation($input: SubmitPracticeAttemptInput!) { submitPracticeAttempt(input: $input) {
  attemptId exerciseId objective score correct summary feedback { elementId correct credit rationale } mastery { objective mastery attempts } } }`;

for (const engine of await engines('practice e2e')) {
  describe(`practice trainer API (${engine})`, () => {
    const { running } = useApi(engine);

    it('scores an attempt exactly as libs/domain does, ignores a forged score, and tracks mastery per objective', async () => {
      const learner = await signUp(running().url);
      const exercise = CATALOGUE.find((e) => e.id === 'c5.1-sort-001')!;
      const key = (exercise.answerKey as { categoryOf: Record<string, string> }).categoryOf;
      const ids = Object.keys(key);
      // Half right: the last three statements are put in the wrong category.
      const answer = { assignments: Object.fromEntries(ids.map((id, i) => [id, i < 3 ? key[id] : key[id] === 'OUTPUT' ? 'IMPACT' : 'OUTPUT'])) };
      const expected = scoreAttempt(exercise, answer);
      const res = await learner.client.ok<{ submitPracticeAttempt: { score: number; correct: boolean; summary: string; feedback: { elementId: string | null; correct: boolean }[]; mastery: { objective: string; attempts: number; mastery: number } } }>(
        SUBMIT,
        { input: { exerciseId: exercise.id, answer: JSON.stringify(answer), clientScore: 1, durationMs: 42_000 } },
      );
      expect(expected.score).toBeGreaterThan(0);
      expect(expected.score).toBeLessThan(1);
      expect(res.submitPracticeAttempt.score).toBe(expected.score);
      expect(res.submitPracticeAttempt.correct).toBe(false);
      expect(res.submitPracticeAttempt.summary).toBe(expected.summary);
      expect(res.submitPracticeAttempt.feedback.map((f) => [f.elementId, f.correct])).toEqual(expected.feedback.map((f) => [f.elementId ?? null, f.correct]));
      expect(res.submitPracticeAttempt.mastery).toMatchObject({ objective: 'C5.1', attempts: 1 });

      const progress = await learner.client.ok<{ practiceProgress: { byObjective: { objective: string; attempts: number }[]; byCategory: { category: string }[]; recent: { score: number }[]; next: string[] } }>(
        '{ practiceProgress(next: 3) { byObjective { objective attempts mastery } byCategory { category mastery } recent { score exerciseId } next } }',
      );
      expect(progress.practiceProgress.byObjective.find((o) => o.objective === 'C5.1')?.attempts).toBe(1);
      expect(progress.practiceProgress.byCategory.map((c) => c.category)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
      expect(progress.practiceProgress.recent).toEqual([{ score: expected.score, exerciseId: exercise.id }]);
      expect(progress.practiceProgress.next).toHaveLength(3);
      // Another learner's progress is their own.
      const other = await signUp(running().url);
      const theirs = await other.client.ok<{ practiceProgress: { recent: unknown[] } }>('{ practiceProgress { recent { score } } }');
      expect(theirs.practiceProgress.recent).toEqual([]);
    });

    it('refuses an unknown exercise, an answer that is not JSON, and a malformed answer, naming the field', async () => {
      const learner = await signUp(running().url);
      const unknown = await learner.client.request(SUBMIT, { input: { exerciseId: 'no-such-exercise', answer: '{}' } });
      expect(unknown.errors?.[0].extensions?.fields?.[0].field).toBe('exerciseId');
      const notJson = await learner.client.request(SUBMIT, { input: { exerciseId: 'c5.1-sort-001', answer: '{oops' } });
      expect(notJson.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'answer', rule: 'json' });
      const malformed = await learner.client.request(SUBMIT, { input: { exerciseId: 'c5.1-sort-001', answer: '{"assignments": 7}' } });
      expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(malformed.errors?.[0].extensions?.fields?.[0].field).toMatch(/^answer/);
      const none = await learner.client.ok<{ practiceProgress: { recent: unknown[] } }>('{ practiceProgress { recent { score } } }');
      expect(none.practiceProgress.recent).toEqual([]);
    });

    it('saves simulation runs with the totals computed by the server', async () => {
      const coach = await signUp(running().url);
      const SAVE = `mutation($input: SaveSimulationRunInput!) { saveSimulationRun(input: $input) { id name totals } }`;
      const saved = await coach.client.ok<{ saveSimulationRun: { totals: string } }>(SAVE, {
        input: { name: 'Outcome first', params: JSON.stringify({ seed: 7 }), strategy: JSON.stringify('OUTCOME_FIRST') },
      });
      const expected = runSimulation({ ...DEFAULT_SCENARIO, seed: 7 }, 'OUTCOME_FIRST').totals;
      expect(JSON.parse(saved.saveSimulationRun.totals)).toEqual(JSON.parse(JSON.stringify(expected)));
      const bad = await coach.client.request(SAVE, { input: { name: 'x', params: JSON.stringify({ capacity: -4 }), strategy: '"OUTCOME_FIRST"' } });
      expect(bad.errors?.[0].extensions?.fields?.[0].field).toBe('params.capacity');
      const runs = await coach.client.ok<{ simulationRuns: { name: string }[] }>('{ simulationRuns { name } }');
      expect(runs.simulationRuns).toEqual([{ name: 'Outcome first' }]);
    });

    it("offers a member's own backlog as practice material", async () => {
      const po = await signUp(running().url);
      const product = await aProduct(po.client);
      await anItem(po.client, product.id, { title: 'First', costOfDelay: { userBusinessValue: 8, timeCriticality: 5, riskReduction: 13 }, size: 4 });
      await anItem(po.client, product.id, { title: 'Second', size: 2 });
      const material = await po.client.ok<{ practiceBacklogItems: { title: string; currentPosition: number; userBusinessValue: number | null; size: number | null }[] }>(
        `query($p: ID!) { practiceBacklogItems(productId: $p, first: 10) { title currentPosition userBusinessValue size } }`,
        { p: product.id },
      );
      expect(material.practiceBacklogItems).toEqual([
        { title: 'First', currentPosition: 1, userBusinessValue: 8, size: 4 },
        { title: 'Second', currentPosition: 2, userBusinessValue: null, size: 2 },
      ]);
    });
  });
}
