import type { Dependency } from '../../ordering/dependency-order';
import { formatNumber } from '../../ordering/format';
import type { AttemptResult, ComputedOrderAnswer, ComputedOrderKey, ElementFeedback } from '../types';
import { evaluateOrder, orderFeedback, orderSummary } from './order';
import { attemptResult, mean, percent, sentence, why } from './result';
import { finiteNumberAt, mapAt, objectAt, own, permutationAt } from './validate';

export interface ComputeOrderExercise {
  readonly material: {
    readonly items: readonly { readonly id: string; readonly title: string }[];
    readonly dependencies: readonly Dependency[];
  };
  readonly answerKey: ComputedOrderKey;
  readonly rationale: Readonly<Record<string, string>>;
}

/** A computed score counts as right within 0.05 or 2 %, whichever is larger: rounding to one decimal is fine. */
export function closeEnough(given: number, exact: number): boolean {
  return Math.abs(given - exact) <= Math.max(0.05, 0.02 * Math.abs(exact));
}

export function readComputedOrderAnswer(exercise: ComputeOrderExercise, answer: unknown): ComputedOrderAnswer {
  const ids = exercise.material.items.map((i) => i.id);
  const record = objectAt(answer, '');
  const order = permutationAt(own(record, 'order'), 'order', ids);
  const rawScores = own(record, 'scores');
  if (rawScores === undefined || rawScores === null) return { order };
  const scores = mapAt(rawScores, 'scores', new Set(ids), (v, path) => finiteNumberAt(v, path));
  return { order, scores: Object.fromEntries(scores) };
}

/**
 * Half the credit for computing each item's score (WSJF or CD3), half for the order: 1 − the
 * normalised Kendall-τ distance to the dependency-aware order by score, minus a penalty for each
 * dependency broken. Every inverted pair is explained.
 */
export function scoreComputedOrder(exercise: ComputeOrderExercise, answer: unknown, model: 'WSJF' | 'CD3'): AttemptResult {
  const { order, scores = {} } = readComputedOrderAnswer(exercise, answer);
  const key = exercise.answerKey;
  const title = new Map(exercise.material.items.map((i) => [i.id, i.title]));
  const label = (id: string): string => title.get(id) ?? id;
  const exact = (id: string): number => key.scores[id] as number;
  const evaluation = evaluateOrder(order, key.order, exercise.material.dependencies);

  const computed = exercise.material.items.map((item) => {
    const given = Object.prototype.hasOwnProperty.call(scores, item.id) ? scores[item.id] : undefined;
    return given !== undefined && closeEnough(given, exact(item.id)) ? 1 : 0;
  });

  const feedback: ElementFeedback[] = exercise.material.items.map((item, i) => {
    const given = Object.prototype.hasOwnProperty.call(scores, item.id) ? scores[item.id] : undefined;
    const arithmetic = key.arithmetic[item.id] ?? '';
    const computation =
      given === undefined
        ? `No ${model} given: ${arithmetic}.`
        : computed[i] === 1
          ? `${model} right: ${arithmetic}.`
          : `You gave ${model} ${formatNumber(given)}: ${arithmetic}.`;
    const placed = evaluation.wellPlaced.has(item.id);
    const placement = placed ? 'Placed right.' : `Misplaced: it belongs at position ${key.order.indexOf(item.id) + 1}.`;
    const credit = 0.5 * (computed[i] as number) + 0.5 * (placed ? 1 : 0);
    return { elementId: item.id, correct: credit === 1, credit, rationale: sentence(computation, placement, why(exercise.rationale, item.id)) };
  });

  const explainPair = (above: string, below: string): string => {
    if (exercise.material.dependencies.some(([d, p]) => d === above && p === below)) {
      return `${label(above)} depends on ${label(below)}, so ${label(below)} goes first.`;
    }
    const pulled = key.pulledUp[below];
    if (pulled !== undefined && exact(below) < exact(above)) {
      return `${label(below)} has the lower ${model} (${formatNumber(exact(below))} against ${formatNumber(exact(above))}), but ${pulled}.`;
    }
    if (exact(below) < exact(above)) return `${label(below)} goes first in the dependency-aware order: something scoring higher depends on it.`;
    return `${label(below)} has the higher ${model} (${formatNumber(exact(below))} against ${formatNumber(exact(above))}).`;
  };
  feedback.push(...orderFeedback(evaluation, label, explainPair));

  const computation = mean(computed);
  const score = 0.5 * computation + 0.5 * evaluation.credit;
  const right = computed.filter((c) => c === 1).length;
  return attemptResult(
    score,
    feedback,
    `${model} computed right for ${right} of ${computed.length} items (${percent(computation)}); ${orderSummary(evaluation)}.`,
  );
}
