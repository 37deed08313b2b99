/// <reference lib="dom" />
/**
 * The practice trainer in the real built client, in Chromium, against the real API: a fresh learner
 * finds Practice in the navigation, sees the objectives map, and completes exercises of six types
 * (sorting and picking by clicking, a situational judgement and a WSJF ordering by keyboard only,
 * writing an item, a quiz), each with the rationale shown at once, the server's score, and mastery
 * before → after that the practice home then shows; orders the top of their own backlog by WSJF
 * (saved and counted; a backlog re-rated meanwhile asks for a fresh exercise);
 * and runs the coach's simulation with strategies overlaid on one chart, reruns it live, saves runs
 * and compares them.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  CATALOGUE,
  DEFAULT_SCENARIO,
  type Exercise,
  type ExerciseOf,
  type ExerciseType,
  runSimulation,
  scoreAttempt,
  type SimulationParams,
  type SimulationStrategyInput,
} from '@backlog-studio/domain';
import { aProduct, anItem, type GqlClient, startApi, type RunningApi } from '@backlog-studio/testing';
import { axeCheck, chromiumAvailable, launchBrowser, screenshot, WEB_DIST, type Browser } from './support/chromium';
import { apiAccount, useSessionIn } from './support/session';

const run = chromiumAvailable() ? describe : describe.skip;

const count = new Intl.NumberFormat('en');
const pct = (score: number): string => `${Math.round(score * 100)} %`;

function exercise<T extends ExerciseType>(id: string, type: T): ExerciseOf<T> {
  const found = CATALOGUE.find((e) => e.id === id) as Exercise | undefined;
  if (!found || found.type !== type) throw new Error(`no ${type} exercise ${id} in the catalogue`);
  return found as ExerciseOf<T>;
}

interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
}

run('the practice trainer in a real browser', () => {
  let api: RunningApi & { stop(): Promise<number | null> };
  let browser: Browser;
  let page: Page;
  let learner: GqlClient;

  const main = (): Locator => page.locator('main');
  const results = (): Locator => page.getByTestId('results');

  /** What has the keyboard focus: its tag, type, accessible-ish name (aria-label, label, text), value. */
  const focused = (): Promise<Focused> =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      const label = el?.getAttribute('aria-label') ?? el?.labels?.[0]?.textContent ?? el?.textContent ?? '';
      return { tag: el?.tagName ?? '', type: el?.type ?? '', name: label.replace(/\s+/g, ' ').trim(), value: el?.value ?? '', checked: !!el?.checked };
    });

  /** Presses Tab (then, if need be, Shift+Tab) until the focused control is the one named; never clicks. */
  async function tabTo(name: string | ((f: Focused) => boolean)): Promise<Focused> {
    const matches = (f: Focused) => (typeof name === 'string' ? f.name === name : name(f));
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < 120; i++) {
        const f = await focused();
        if (matches(f)) return f;
        await page.keyboard.press(key);
      }
    }
    throw new Error(`no focusable control named ${String(name)}: focus is on ${JSON.stringify(await focused())}`);
  }

  async function masteryOnHome(objective: string): Promise<string> {
    return (await page.getByTestId(`mastery-${objective}`).innerText()).replace(/^mastery\s*/, '').trim();
  }

  beforeAll(async () => {
    api = await startApi('sqlite', { env: { WEB_DIST } });
    browser = await launchBrowser({ width: 1360, height: 900 });
    page = browser.page;
    const account = await apiAccount(api.url);
    if (!account.session) throw new Error('sign-up is needed for a fresh learner');
    learner = account.client;
    await useSessionIn(browser.context, account.session);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  test('Practice is in the navigation; the home maps mastery per objective by category, offers Continue and every exercise type', async () => {
    await page.goto(`${api.url}/products`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
    await main().getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/practice');

    for (const [id, label] of [
      ['C1', 'Product Owner core competencies'],
      ['C2', 'Goal setting and planning'],
      ['C3', 'Understanding customers and users'],
      ['C4', 'Validating product assumptions'],
      ['C5', 'Working with the Product Backlog'],
    ]) {
      await page.getByTestId(`category-${id}`).getByRole('heading', { level: 3, name: `${id} ${label}` }).waitFor();
    }
    await expect.poll(() => page.locator('[data-testid^="objective-"]').count()).toBe(28);
    expect(await masteryOnHome('C5.1')).toBe('0 %');
    expect(await page.getByTestId('objective-C3.1').innerText()).toContain('Practised in the workspace');
    expect(await page.getByTestId('exercise-type').count()).toBe(24);

    // Continue starts what the API says is due first.
    const due = await learner.ok<{ practiceProgress: { next: string[] } }>('{ practiceProgress(next: 1) { next } }');
    const cont = page.getByTestId('continue').getByRole('link', { name: 'Continue', exact: true });
    expect(await cont.getAttribute('data-exercise-id')).toBe(due.practiceProgress.next[0]);
    await screenshot(page, 'practice-01-home', true);
    const a11y = await axeCheck(page, 'practice-home');
    expect(a11y.blocking).toEqual([]);

    await cont.click();
    await page.waitForURL(new RegExp(`/practice/${due.practiceProgress.next[0]!.replace(/\./g, '\\.')}$`));
    await page.getByRole('button', { name: 'Check', exact: true }).waitFor();
  });

  test('sorts statements by clicking: Check waits for every answer, then the rationale of each, the server’s score, mastery before → after', async () => {
    const ex = exercise('c5.1-sort-001', 'OUTCOME_OUTPUT_SORT');
    await page.goto(`${api.url}/practice/${ex.id}`);
    await main().getByRole('heading', { level: 1, name: ex.title }).waitFor();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByText(`Before checking: ${ex.material.elements.length} statements have no answer yet.`).waitFor();

    // Every statement right but the first, which goes to the wrong level.
    const [first] = ex.material.elements;
    const answer: Record<string, string> = {};
    for (const element of ex.material.elements) {
      const right = ex.answerKey.categoryOf[element.id]!;
      answer[element.id] = element === first ? (right === 'OUTPUT' ? 'IMPACT' : 'OUTPUT') : right;
      await page.getByLabel(`Category for: ${element.text}`, { exact: true }).selectOption(answer[element.id]!);
    }
    const expected = scoreAttempt(ex, { assignments: answer });
    await page.getByRole('button', { name: 'Check', exact: true }).click();

    await results().waitFor();
    expect(await page.getByTestId('local-score').innerText()).toBe(pct(expected.score));
    await expect.poll(() => page.getByTestId('server-score').count()).toBe(1);
    expect(await page.getByTestId('server-score').innerText()).toBe(pct(expected.score));
    expect(await page.getByTestId('mastery-before').innerText()).toBe('0 %');
    expect(await page.getByTestId('mastery-after').innerText()).toBe(pct(expected.score));

    // The rationale for every statement, beside it, with its verdict.
    for (const element of ex.material.elements) {
      const row = page.locator(`[data-testid="answer-row"][data-id="${element.id}"]`);
      expect(await row.getByTestId('rationale').innerText()).toContain(ex.rationale[element.id]!);
      expect(await row.getByTestId('feedback').getAttribute('data-verdict')).toBe(element === first ? 'wrong' : 'right');
    }
    await screenshot(page, 'practice-02-sort-checked', true);
    const a11y = await axeCheck(page, 'practice-exercise-checked');
    expect(a11y.blocking).toEqual([]);

    await results().getByRole('link', { name: 'Back to practice' }).click();
    await main().getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
    await expect.poll(() => masteryOnHome('C5.1')).toBe(pct(expected.score));
    await page.getByTestId('recent-attempts').getByText(ex.title).waitFor();
  });

  test('a situational judgement entirely by keyboard: Tab, arrow keys, Enter; back on the home its objective is mastered', async () => {
    const ex = exercise('c1.1-judgement-001', 'SITUATIONAL_JUDGEMENT');
    const best = Object.entries(ex.answerKey.credit).find(([, credit]) => credit >= 1)![0];
    await page.goto(`${api.url}/practice/${ex.id}`);
    await main().getByRole('heading', { level: 1, name: ex.title }).waitFor();
    const a11y = await axeCheck(page, 'practice-exercise-answering');
    expect(a11y.blocking).toEqual([]);

    // The options come in a shuffled order: find where the best one is, then reach it with the arrows.
    const order = await page.locator('input[type="radio"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await tabTo((f) => f.type === 'radio');
    const at = order.indexOf(best);
    if (at === 0) await page.keyboard.press('Space');
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatchObject({ type: 'radio', value: best, checked: true });

    await tabTo('Check');
    await page.keyboard.press('Enter');
    await results().waitFor();
    // Focus moves to the result, so a keyboard user lands on it.
    expect((await focused()).name).toBe('Your result');
    expect(await page.getByTestId('local-score').innerText()).toBe('100 %');
    for (const option of ex.material.options) {
      await main().getByText(ex.rationale[option.id]!, { exact: false }).first().waitFor();
    }
    await expect.poll(() => page.getByTestId('mastery-after').count()).toBe(1);
    expect(await page.getByTestId('mastery-change').innerText()).toMatch(/C1\.1 .*: 0 % → 100 %/);

    await tabTo('Back to practice');
    await page.keyboard.press('Enter');
    await main().getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
    await expect.poll(() => masteryOnHome('C1.1')).toBe('100 %');
  });

  test('orders by WSJF by keyboard only: scores typed, items moved with the move buttons; inverted pairs explained', async () => {
    const ex = exercise('c5.3-wsjf-001', 'WSJF_ORDER');
    const title = (id: string) => ex.material.items.find((i) => i.id === id)!.title;
    await page.goto(`${api.url}/practice/${ex.id}`);
    await main().getByRole('heading', { level: 1, name: ex.title }).waitFor();
    const domOrder = () => page.getByTestId('answer-order').getByTestId('order-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));

    // Top to bottom: reach each item's "Move up" button with Tab and press Enter until it is in place.
    const key = ex.answerKey.order;
    for (let i = 0; i < key.length; i++) {
      const j = (await domOrder()).indexOf(key[i]!);
      if (j === i) continue;
      await tabTo(`Move ${title(key[i]!)} up`);
      for (let k = j; k > i; k--) await page.keyboard.press('Enter');
      // Focus stays with the moved item (on its other button once it reaches the top), so Enter can go on moving it.
      expect((await focused()).name).toBe(`Move ${title(key[i]!)} ${i === 0 ? 'down' : 'up'}`);
    }
    expect(await domOrder()).toEqual(key);
    // Then the last two the wrong way round, on purpose: the second-to-last moves down to the bottom.
    const n = key.length;
    await tabTo(`Move ${title(key[n - 2]!)} down`);
    await page.keyboard.press('Enter');
    await page.getByText(`${title(key[n - 2]!)} moved to position ${n} of ${n}.`).waitFor();
    expect((await focused()).name).toBe(`Move ${title(key[n - 2]!)} up`);
    const answered = await domOrder();
    expect(answered).toEqual([...key.slice(0, -2), key[n - 1], key[n - 2]]);

    const scores: Record<string, number> = {};
    for (const id of answered) {
      scores[id] = Math.round(ex.answerKey.scores[id]! * 100) / 100;
      await tabTo(`WSJF of ${title(id)}`);
      await page.keyboard.type(String(scores[id]));
    }
    const expected = scoreAttempt(ex, { order: answered, scores });
    expect(expected.score).toBeLessThan(1);
    await tabTo('Check');
    await page.keyboard.press('Enter');
    await results().waitFor();
    expect(await page.getByTestId('local-score').innerText()).toBe(pct(expected.score));
    await expect.poll(() => page.getByTestId('server-score').count()).toBe(1);
    expect(await page.getByTestId('server-score').innerText()).toBe(pct(expected.score));
    // The one inverted pair, explained; the order of the key; each item's arithmetic and rationale.
    const pairs = page.getByTestId('general-feedback');
    expect(await pairs.count()).toBe(1);
    expect(await pairs.innerText()).toContain(`You put ${title(key[n - 1]!)} above ${title(key[n - 2]!)}`);
    expect(await page.getByTestId('key-order').innerText()).toContain(ex.answerKey.arithmetic[key[0]!]!);
    for (const id of key) {
      expect(await page.locator(`[data-testid="order-item"][data-id="${id}"]`).getByTestId('rationale').innerText()).toContain(ex.rationale[id]!);
    }
    await screenshot(page, 'practice-03-wsjf-checked', true);
  });

  test('picks every action that applies by clicking: the options left out are judged too', async () => {
    const ex = exercise('c5.2-actions-001', 'OUTCOME_ACTIONS');
    await page.goto(`${api.url}/practice/${ex.id}`);
    await main().getByRole('heading', { level: 1, name: ex.title }).waitFor();
    for (const option of ex.material.options) {
      if (ex.answerKey.correct.includes(option.id)) await page.getByLabel(option.text, { exact: true }).check();
    }
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await results().waitFor();
    expect(await page.getByTestId('local-score').innerText()).toBe('100 %');
    const verdicts = page.getByTestId('option').getByTestId('feedback');
    expect(await verdicts.count()).toBe(ex.material.options.length);
    expect(await verdicts.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))).toEqual(ex.material.options.map(() => 'right'));
    const leftOut = ex.material.options.find((o) => !ex.answerKey.correct.includes(o.id))!;
    const leftOutRow = page.getByTestId('option').filter({ hasText: leftOut.text });
    expect(await leftOutRow.getByTestId('rationale').innerText()).toBe(`Right to leave it out. ${ex.rationale[leftOut.id]}`);
    await expect.poll(() => page.getByTestId('mastery-after').count()).toBe(1);
    expect(await page.getByTestId('mastery-after').innerText()).toBe('100 %');
  });

  test('writes a backlog item: each rubric rule judged, and an item that passes them all', async () => {
    const ex = exercise('c5.7-write-001', 'ITEM_WRITING');
    await page.goto(`${api.url}/practice/${ex.id}`);
    await main().getByRole('heading', { level: 1, name: ex.title }).waitFor();
    // An output phrased as the outcome, with no measure: the rubric must catch it.
    const draft = { outcome: 'Build a cancel button in the patient app.', value: 'Patients can cancel without phoning, so clinics refill the slot.', acceptanceCriteria: 'Given a booked appointment, when the patient taps Cancel, then the slot is free again within one minute.' };
    await page.getByLabel('Desired outcome', { exact: true }).fill(draft.outcome);
    await page.getByLabel('Value', { exact: true }).fill(draft.value);
    await page.getByLabel('Acceptance criteria', { exact: true }).fill(draft.acceptanceCriteria);
    const expected = scoreAttempt(ex, { title: '', ...draft, acceptanceCriteria: [draft.acceptanceCriteria] });
    expect(expected.score).toBeGreaterThan(0);
    expect(expected.score).toBeLessThan(1);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await results().waitFor();
    expect(await page.getByTestId('local-score').innerText()).toBe(pct(expected.score));
    for (const f of expected.feedback) {
      const row = page.locator(`[data-testid="answer-row"][data-id="${f.elementId}"]`);
      expect(await row.getByTestId('feedback').getAttribute('data-verdict')).toBe(f.correct ? 'right' : 'wrong');
      expect(await row.getByTestId('rationale').innerText()).toBe(f.rationale);
    }
    expect(await page.locator('[data-testid="answer-row"][data-id="OUTCOME_NOT_OUTPUT"]').getByTestId('feedback').getAttribute('data-verdict')).toBe('wrong');
    await page.getByRole('region', { name: 'An item that passes every rule' }).getByText(ex.answerKey.example.outcome).waitFor();
    await expect.poll(() => page.getByTestId('server-score').count()).toBe(1);
    expect(await page.getByTestId('server-score').innerText()).toBe(pct(expected.score));
  });

  test('a quiz by keyboard: arrow keys choose within each question; every option of every question gets its rationale', async () => {
    const ex = exercise('c3.4-quiz-001', 'DISCOVERY_QUIZ');
    await page.goto(`${api.url}/practice/${ex.id}`);
    await main().getByRole('heading', { level: 1, name: ex.title }).waitFor();
    for (const question of ex.material.questions) {
      const values = await page
        .getByTestId('quiz-question')
        .filter({ hasText: question.text })
        .locator('input[type="radio"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      await tabTo((f) => f.type === 'radio' && values.includes(f.value) && f.name === (question.options.find((o) => o.id === f.value)?.text ?? ''));
      const at = values.indexOf(ex.answerKey.correct[question.id]!);
      if (at === 0) await page.keyboard.press('Space');
      for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
      // Tab leaves the group for the next question.
      await page.keyboard.press('Tab');
    }
    await tabTo('Check');
    await page.keyboard.press('Enter');
    await results().waitFor();
    expect(await page.getByTestId('local-score').innerText()).toBe('100 %');
    const rationales = await page.getByTestId('rationale').allInnerTexts();
    const optionCount = ex.material.questions.reduce((n, q) => n + q.options.length, 0);
    expect(rationales).toHaveLength(optionCount);
    for (const q of ex.material.questions) for (const o of q.options) expect(rationales.some((r) => r.includes(ex.rationale[`${q.id}:${o.id}`]!))).toBe(true);
    await page.goto(`${api.url}/practice`);
    await expect.poll(() => masteryOnHome('C3.4')).toBe('100 %');
    // Five objectives practised now: each shows its mastery on the home.
    for (const objective of ['C1.1', 'C5.2', 'C5.3', 'C5.7']) expect(await masteryOnHome(objective)).not.toBe('0 %');
  });

  test('orders the top of your own backlog by WSJF: items without WSJF parts left out, scored at once, saved toward C5.3; a re-rated item asks for a fresh exercise', async () => {
    const product = await aProduct(learner, { name: 'Practice Pantry' });
    const items = [
      { title: 'Pantry: weekly planner', costOfDelay: { userBusinessValue: 8, timeCriticality: 5, riskReduction: 13 }, size: 4 },
      { title: 'Pantry: dark mode', costOfDelay: { userBusinessValue: 2, timeCriticality: 1, riskReduction: 1 }, size: 2 },
      { title: 'Pantry: supplier import', costOfDelay: { userBusinessValue: 13, timeCriticality: 8, riskReduction: 2 }, size: 8 },
      { title: 'Pantry: no parts yet', size: 3 },
    ];
    const ids: string[] = [];
    for (const item of items) ids.push((await anItem(learner, product.id, item)).id);

    await page.goto(`${api.url}/practice`);
    const picker = page.getByTestId('own-backlog-picker');
    await picker.getByLabel('Product', { exact: true }).selectOption({ label: 'Practice Pantry' });
    await picker.getByRole('button', { name: 'Order its top ten by WSJF' }).click();
    await main().getByRole('heading', { level: 2, name: 'Practice Pantry: your top 3 by WSJF' }).waitFor();
    expect(await page.getByTestId('left-out').innerText()).toContain('1 of the top items are left out');

    // The key: planner 6.5, supplier import 2.875, dark mode 2; the list starts in the backlog's order.
    const order = () => page.getByTestId('answer-order').getByTestId('order-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(await order()).toEqual(ids.slice(0, 3));
    await page.getByRole('button', { name: 'Move Pantry: supplier import up' }).click();
    expect(await order()).toEqual([ids[0], ids[2], ids[1]]);
    for (const [title, score] of [
      ['Pantry: weekly planner', '6.5'],
      ['Pantry: supplier import', '2.88'],
      ['Pantry: dark mode', '2'],
    ]) {
      await page.getByLabel(`WSJF of ${title}`, { exact: true }).fill(score!);
    }
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await results().waitFor();
    expect(await page.getByTestId('local-score').innerText()).toBe('100 %');
    // Saved and re-scored by the API from the backlog as stored; it counts toward C5.3.
    await expect.poll(() => page.getByTestId('server-score').innerText()).toBe('100 %');
    expect(await page.getByTestId('mastery-change').innerText()).toMatch(/^Mastery of C5\.3 /);

    // Meanwhile the team re-rates an item: the next attempt at the same exercise is refused, with a way out.
    const planner = await learner.ok<{ backlogItem: { version: number } }>(`query($id: ID!) { backlogItem(id: $id) { version } }`, { id: ids[0] });
    await learner.ok(`mutation($input: UpdateBacklogItemInput!) { updateBacklogItem(input: $input) { id } }`, {
      input: { id: ids[0], expectedVersion: planner.backlogItem.version, costOfDelay: { userBusinessValue: 1, timeCriticality: 1, riskReduction: 1 } },
    });
    await page.getByRole('button', { name: 'Try again' }).click();
    const fillScores = async (planner: string) => {
      await page.getByLabel('WSJF of Pantry: weekly planner', { exact: true }).fill(planner);
      await page.getByLabel('WSJF of Pantry: supplier import', { exact: true }).fill('2.88');
      await page.getByLabel('WSJF of Pantry: dark mode', { exact: true }).fill('2');
    };
    await fillScores('6.5');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const refused = results().getByRole('alert').filter({ hasText: 'changed since your exercise was made' });
    await refused.waitFor();
    await refused.getByRole('button', { name: 'Make it again from the backlog' }).click();
    // Made again: the planner (WSJF 0.75 now) is no longer worth the most.
    await results().waitFor({ state: 'detached' });
    await fillScores('0.75');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect.poll(() => page.getByTestId('server-score').innerText()).toBe(await page.getByTestId('local-score').innerText());

    await page.goto(`${api.url}/practice`);
    await page.getByTestId('recent-attempts').getByRole('link', { name: 'Your own backlog by WSJF' }).first().click();
    await page.waitForURL(new RegExp(`/practice/own-backlog\\?product=${product.id}$`));
  });

  test('the simulation: strategies overlaid on one chart, a parameter change reruns it live, runs saved and compared', async () => {
    await page.goto(`${api.url}/practice`);
    await main().getByRole('link', { name: 'Coach’s simulation' }).click();
    await main().getByRole('heading', { level: 1, name: 'Outcome vs output simulation' }).waitFor();

    const totals = (params: Partial<SimulationParams>, strategy: SimulationStrategyInput) => runSimulation({ ...DEFAULT_SCENARIO, ...params }, strategy).totals;
    const line = (label: string, t: ReturnType<typeof totals>) =>
      `${label}: ${count.format(t.itemsShipped)} items shipped (output), ${count.format(t.valueRealised)} value realised (outcome), ${count.format(t.goalProgress)} % of the goal, ${count.format(t.wastePoints)} points of waste.`;
    const summary = () => page.getByTestId('sim-summary').getByRole('listitem').allInnerTexts();
    const FF = { kind: 'FEATURE_FACTORY', order: 'SMALLEST_FIRST' } as const;

    // Feature factory and outcome first, on the same product: both on one chart.
    expect(await summary()).toEqual([line('Feature factory (smallest first)', totals({}, FF)), line('Outcome first', totals({}, 'OUTCOME_FIRST'))]);
    const outcomeChart = page.getByTestId('sim-chart-outcome');
    expect(await outcomeChart.getByTestId('legend-entry').allInnerTexts()).toEqual(['Feature factory (smallest first)', 'Outcome first']);
    await expect.poll(() => outcomeChart.locator('.recharts-line').count()).toBe(2);
    await expect.poll(() => page.getByTestId('sim-chart-output').locator('.recharts-line').count()).toBe(2);
    await expect.poll(() => page.getByTestId('sim-chart-waste').locator('.recharts-bar').count()).toBe(2);
    await screenshot(page, 'practice-04-simulation', true);
    const a11y = await axeCheck(page, 'practice-simulation');
    expect(a11y.blocking).toEqual([]);

    // Arrow keys on the slider: 40 % → 50 % of items with no value; every run follows.
    const slider = page.getByLabel('Items with no value', { exact: true });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('param-noValueShare').innerText()).toBe('0.50 share');
    await expect
      .poll(summary)
      .toEqual([line('Feature factory (smallest first)', totals({ noValueShare: 0.5 }, FF)), line('Outcome first', totals({ noValueShare: 0.5 }, 'OUTCOME_FIRST'))]);

    // A third strategy joins the same chart.
    await page.getByLabel('Custom order', { exact: true }).check();
    await expect.poll(() => outcomeChart.getByTestId('legend-entry').count()).toBe(3);
    await expect.poll(() => outcomeChart.locator('.recharts-line').count()).toBe(3);

    // Save two runs, then compare them from the saved list.
    for (const [strategy, name] of [
      ['Outcome first', 'Coach demo: outcome first'],
      ['Feature factory (smallest first)', 'Coach demo: feature factory'],
    ]) {
      await page.getByLabel('Strategy', { exact: true }).selectOption({ label: strategy! });
      await page.getByLabel('Name', { exact: true }).fill(name!);
      await page.getByRole('button', { name: 'Save run' }).click();
      await page.getByTestId('save-status').getByText(`Saved “${name}”. The server replayed it to the same totals.`).waitFor();
    }
    const saved = page.getByTestId('saved-run');
    await expect.poll(() => saved.count()).toBe(2);
    expect(await saved.first().innerText()).toContain('Coach demo: feature factory');
    const stored = await learner.ok<{ simulationRuns: { name: string; totals: string }[] }>('{ simulationRuns { name totals } }');
    expect(JSON.parse(stored.simulationRuns.find((r) => r.name === 'Coach demo: outcome first')!.totals).valueRealised).toBe(totals({ noValueShare: 0.5 }, 'OUTCOME_FIRST').valueRealised);
    await page.getByLabel('Compare Coach demo: outcome first', { exact: true }).check();
    await page.getByLabel('Compare Coach demo: feature factory', { exact: true }).check();
    const compared = page.getByTestId('saved-chart-outcome');
    // In the order of the list, newest first.
    expect(await compared.getByTestId('legend-entry').allInnerTexts()).toEqual(['Coach demo: feature factory', 'Coach demo: outcome first']);
    await expect.poll(() => compared.locator('.recharts-line').count()).toBe(2);
    await screenshot(page, 'practice-05-saved-runs', true);
  });
});
