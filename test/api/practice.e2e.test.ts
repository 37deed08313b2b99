import { describe, expect, it } from 'vitest';
import { CATALOGUE, DEFAULT_SCENARIO, ownBacklogExercise, ownBacklogMaterialKey, runSimulation, scoreAttempt, type OwnBacklogItem } from '@backlog-studio/domain';
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

    it('stores an attempt on your own backlog, re-made and re-scored from the backlog as stored; a changed backlog is CONFLICT', async () => {
      const po = await signUp(running().url);
      const product = await aProduct(po.client, { name: 'Trail Mate' });
      const parts = (ubv: number, tc: number, rr: number) => ({ userBusinessValue: ubv, timeCriticality: tc, riskReduction: rr });
      await anItem(po.client, product.id, { title: 'Offline maps', costOfDelay: parts(2, 1, 1), size: 2 }); // WSJF 2
      const weather = await anItem(po.client, product.id, { title: 'Weather warnings', costOfDelay: parts(8, 5, 13), size: 4 }); // 6.5
      await anItem(po.client, product.id, { title: 'Route sharing', costOfDelay: parts(13, 8, 2), size: 8 }); // 2.875
      await anItem(po.client, product.id, { title: 'No parts yet' });
      const MATERIAL = `query($p: ID!) { practiceBacklogItems(productId: $p) { id title currentPosition userBusinessValue timeCriticality riskReduction size } }`;
      const exerciseNow = async () => {
        const material = await po.client.ok<{ practiceBacklogItems: OwnBacklogItem[] }>(MATERIAL, { p: product.id });
        return ownBacklogExercise(product.id, 'Trail Mate', material.practiceBacklogItems).exercise!;
      };
      const exercise = await exerciseNow();
      const OWN = `mutation($input: SubmitOwnBacklogPracticeInput!) { submitOwnBacklogPractice(input: $input) {
        exerciseId objective score correct feedback { elementId correct rationale } mastery { objective attempts } } }`;
      // Scores right, the two lower items swapped: what libs/domain gives, the server gives.
      const id = (title: string) => exercise.material.items.find((i) => i.title === title)!.id;
      expect(exercise.answerKey.order).toEqual([id('Weather warnings'), id('Route sharing'), id('Offline maps')]);
      const answer = { scores: exercise.answerKey.scores, order: [id('Weather warnings'), id('Offline maps'), id('Route sharing')] };
      const expected = scoreAttempt(exercise, answer);
      expect(expected.score).toBeGreaterThan(0.5);
      expect(expected.score).toBeLessThan(1);
      const saved = await po.client.ok<{ submitOwnBacklogPractice: { exerciseId: string; objective: string; score: number; correct: boolean; mastery: { objective: string; attempts: number } } }>(OWN, {
        input: { productId: product.id, basedOn: ownBacklogMaterialKey(exercise), answer: JSON.stringify(answer), durationMs: 30_000 },
      });
      expect(saved.submitOwnBacklogPractice).toMatchObject({ exerciseId: `own-backlog-${product.id}`, objective: 'C5.3', score: expected.score, correct: false, mastery: { objective: 'C5.3', attempts: 1 } });
      const progress = await po.client.ok<{ practiceProgress: { byObjective: { objective: string; attempts: number }[]; recent: { exerciseId: string; score: number }[] } }>(
        `{ practiceProgress { byObjective { objective attempts } recent { exerciseId score } } }`,
      );
      expect(progress.practiceProgress.byObjective.find((o) => o.objective === 'C5.3')?.attempts).toBe(1);
      expect(progress.practiceProgress.recent[0]).toEqual({ exerciseId: `own-backlog-${product.id}`, score: expected.score });

      // The team re-rates an item: the exercise the learner answered is no longer the backlog's.
      await po.client.ok(`mutation($input: UpdateBacklogItemInput!) { updateBacklogItem(input: $input) { id } }`, {
        input: { id: weather.id, expectedVersion: weather.version, costOfDelay: parts(1, 1, 1) },
      });
      const stale = await po.client.request(OWN, { input: { productId: product.id, basedOn: ownBacklogMaterialKey(exercise), answer: JSON.stringify(answer) } });
      expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(stale.errors?.[0].message).toMatch(/changed since your exercise was made/);
      const again = await exerciseNow();
      const redone = await po.client.ok<{ submitOwnBacklogPractice: { score: number; correct: boolean } }>(OWN, {
        input: { productId: product.id, basedOn: ownBacklogMaterialKey(again), answer: JSON.stringify({ scores: again.answerKey.scores, order: again.answerKey.order }) },
      });
      expect(redone.submitOwnBacklogPractice).toMatchObject({ score: 1, correct: true, mastery: { objective: 'C5.3', attempts: 2 } });

      // A backlog with fewer than two scorable items has no exercise, and says what it needs.
      const bare = await aProduct(po.client);
      await anItem(po.client, bare.id, { title: 'Only one', costOfDelay: parts(1, 1, 1), size: 1 });
      const none = await po.client.request(OWN, { input: { productId: bare.id, basedOn: '', answer: '{}' } });
      expect(none.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'productId', rule: 'enoughItems' });
    });
  });
}
