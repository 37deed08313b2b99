import type { AttemptResult, ElementFeedback, KataAnswer, KataKey, KataMaterial } from '../types';
import { evaluateOrder, orderFeedback, orderSummary } from './order';
import { attemptResult, mean, sentence, why } from './result';
import { choiceMapAt, objectAt, own, permutationAt } from './validate';

export interface KataExercise {
  readonly material: KataMaterial;
  readonly answerKey: KataKey;
  readonly rationale: Readonly<Record<string, string>>;
}

export function readKataAnswer(exercise: KataExercise, answer: unknown): KataAnswer {
  const ids = exercise.material.items.map((i) => i.id);
  const record = objectAt(answer, '');
  const order = permutationAt(own(record, 'order'), 'order', ids);
  const rawReasons = own(record, 'reasons');
  if (rawReasons === undefined || rawReasons === null) return { order };
  const reasons = choiceMapAt(rawReasons, 'reasons', new Set(ids), new Set(exercise.material.reasons.map((r) => r.id)), 'a reason');
  return { order, reasons: Object.fromEntries(reasons) };
}

/**
 * The ordering kata: the product owner orders the backlog against the Product Goal and gives each
 * item the reason for its place (C1.7: the order is theirs, and it is explainable). Half the credit
 * for the order (Kendall-τ, dependency breaks penalised), half for the reasons.
 */
export function scoreKata(exercise: KataExercise, answer: unknown): AttemptResult {
  const { order, reasons = {} } = readKataAnswer(exercise, answer);
  const { material, answerKey: key } = exercise;
  const title = new Map(material.items.map((i) => [i.id, i.title ?? i.text]));
  const reasonLabel = new Map(material.reasons.map((r) => [r.id, r.label]));
  const label = (id: string): string => title.get(id) ?? id;
  const evaluation = evaluateOrder(order, key.order, material.dependencies);

  const reasonCredit = material.items.map((item) => {
    const given = Object.prototype.hasOwnProperty.call(reasons, item.id) ? reasons[item.id] : undefined;
    return given !== undefined && (key.reasons[item.id] ?? []).includes(given) ? 1 : 0;
  });
  const feedback: ElementFeedback[] = material.items.map((item, i) => {
    const given = Object.prototype.hasOwnProperty.call(reasons, item.id) ? reasons[item.id] : undefined;
    const accepted = (key.reasons[item.id] ?? []).map((r) => `"${reasonLabel.get(r) ?? r}"`).join(' or ');
    const reasonText =
      given === undefined
        ? `No reason given; the reason is ${accepted}.`
        : reasonCredit[i] === 1
          ? `Reason right: ${accepted}.`
          : `You gave "${reasonLabel.get(given) ?? given}"; the reason is ${accepted}.`;
    const placed = evaluation.wellPlaced.has(item.id);
    const placement = placed ? 'Placed right.' : `Misplaced: it belongs at position ${key.order.indexOf(item.id) + 1}.`;
    const credit = 0.5 * (placed ? 1 : 0) + 0.5 * (reasonCredit[i] as number);
    return { elementId: item.id, correct: credit === 1, credit, rationale: sentence(placement, reasonText, why(exercise.rationale, item.id)) };
  });

  const explainPair = (above: string, below: string): string => {
    if (material.dependencies.some(([d, p]) => d === above && p === below)) return `${label(above)} depends on ${label(below)}, so ${label(below)} goes first.`;
    const reason = (key.reasons[below] ?? [])[0];
    return `${label(below)} goes higher${reason === undefined ? '' : ` ("${reasonLabel.get(reason) ?? reason}")`}: ${why(exercise.rationale, below)}`;
  };
  feedback.push(...orderFeedback(evaluation, label, explainPair));

  const reasonsScore = mean(reasonCredit);
  const right = reasonCredit.filter((c) => c === 1).length;
  return attemptResult(
    0.5 * evaluation.credit + 0.5 * reasonsScore,
    feedback,
    `${orderSummary(evaluation).replace(/^o/, 'O')}; reasons right for ${right} of ${reasonCredit.length} items.`,
  );
}
