import type { AttemptResult, ElementFeedback, RankingAnswer, RankingKey, RankingMaterial } from '../types';
import { evaluateOrder, orderFeedback, orderSummary } from './order';
import { attemptResult, sentence, why } from './result';
import { objectAt, own, permutationAt } from './validate';

export interface RankingExercise {
  readonly material: RankingMaterial;
  readonly answerKey: RankingKey;
  readonly rationale: Readonly<Record<string, string>>;
}

export function readRankingAnswer(exercise: RankingExercise, answer: unknown): RankingAnswer {
  const ids = exercise.material.approaches.map((a) => a.id);
  const record = objectAt(answer, '');
  return { byCost: permutationAt(own(record, 'byCost'), 'byCost', ids), byEvidence: permutationAt(own(record, 'byEvidence'), 'byEvidence', ids) };
}

/** Two rankings of the same validation approaches, by cost (cheapest first) and by strength of evidence (strongest first), each scored by Kendall-τ distance. */
export function scoreRanking(exercise: RankingExercise, answer: unknown): AttemptResult {
  const { byCost, byEvidence } = readRankingAnswer(exercise, answer);
  const key = exercise.answerKey;
  const names = new Map(exercise.material.approaches.map((a) => [a.id, a.title ?? a.text]));
  const label = (id: string): string => names.get(id) ?? id;
  const cost = evaluateOrder(byCost, key.byCost);
  const evidence = evaluateOrder(byEvidence, key.byEvidence);
  const feedback: ElementFeedback[] = exercise.material.approaches.map((approach) => {
    const costOk = cost.wellPlaced.has(approach.id);
    const evidenceOk = evidence.wellPlaced.has(approach.id);
    const verdict = [
      costOk ? 'Cost rank right.' : `By cost it is number ${key.byCost.indexOf(approach.id) + 1}.`,
      evidenceOk ? 'Evidence rank right.' : `By evidence it is number ${key.byEvidence.indexOf(approach.id) + 1}.`,
    ].join(' ');
    const credit = ((costOk ? 1 : 0) + (evidenceOk ? 1 : 0)) / 2;
    return { elementId: approach.id, correct: credit === 1, credit, rationale: sentence(verdict, why(exercise.rationale, approach.id)) };
  });
  feedback.push(
    ...orderFeedback(cost, label, (_above, below) => `By cost, ${label(below)} is cheaper.`, 'cost:'),
    ...orderFeedback(evidence, label, (_above, below) => `${label(below)} gives stronger evidence.`, 'evidence:'),
  );
  return attemptResult(
    (cost.credit + evidence.credit) / 2,
    feedback,
    `By cost: ${orderSummary(cost)}. By evidence: ${orderSummary(evidence)}.`,
  );
}
