import { cd3 } from '../../ordering/cd3';
import { type Dependency, dependencyOrder } from '../../ordering/dependency-order';
import { formatNumber } from '../../ordering/format';
import type { ScoreResult } from '../../ordering/score';
import { wsjf } from '../../ordering/wsjf';
import type { Cd3ScenarioItem, ComputedOrderKey, ExerciseOf, Labelled, TextElement, WsjfScenarioItem } from '../types';
import { element, fail, type Meta, rationaleOf, type Why } from './build-base';

/** Builders of the ordering exercises: WSJF and CD3 keys computed by the models and `dependencyOrder`, the kata, the validation ranking. */

function computedKey(
  meta: Meta,
  model: 'WSJF' | 'CD3',
  items: readonly { readonly id: string; readonly title: string }[],
  results: readonly ScoreResult[],
  dependencies: readonly Dependency[],
): ComputedOrderKey {
  const scores: Record<string, number> = {};
  const arithmetic: Record<string, string> = {};
  items.forEach((item, i) => {
    const result = results[i] as ScoreResult;
    if (result.score === null) fail(meta, `item ${item.id} cannot be scored: ${result.explanation}`);
    scores[item.id] = result.score;
    arithmetic[item.id] = result.explanation;
  });
  const distinct = new Set(Object.values(scores).map((s) => s.toFixed(6)));
  if (distinct.size !== items.length) fail(meta, 'two items score the same: a tie makes the order ambiguous');
  const { order, overrides } = dependencyOrder(items.map((i) => ({ id: i.id, score: scores[i.id] as number })), dependencies);
  const title = new Map(items.map((i) => [i.id, i.title]));
  const pulledUp = Object.fromEntries(
    overrides.map((o) => {
      const via = o.dependantId === o.forId ? '' : ` (through ${title.get(o.dependantId) ?? o.dependantId})`;
      const text = `it moves up with ${title.get(o.forId) ?? o.forId} (${model} ${formatNumber(scores[o.forId] as number)}), which depends on it${via}`;
      return [o.itemId, text];
    }),
  );
  return { scores, arithmetic, order, pulledUp };
}

export function wsjfExercise(meta: Meta, context: string, items: readonly (WsjfScenarioItem & Why)[], dependencies: readonly Dependency[] = []): ExerciseOf<'WSJF_ORDER'> {
  const plain = items.map(({ why: _why, ...item }) => item);
  return {
    ...meta,
    type: 'WSJF_ORDER',
    material: { context, items: plain, dependencies },
    answerKey: computedKey(meta, 'WSJF', items, items.map((i) => wsjf(i)), dependencies),
    rationale: rationaleOf(meta, items.map((i) => [i.id, i.why])),
  };
}

export function cd3Exercise(meta: Meta, context: string, unit: string, items: readonly (Cd3ScenarioItem & Why)[], dependencies: readonly Dependency[] = []): ExerciseOf<'CD3_ORDER'> {
  const plain = items.map(({ why: _why, ...item }) => item);
  return {
    ...meta,
    type: 'CD3_ORDER',
    material: { context, unit, items: plain, dependencies },
    answerKey: computedKey(meta, 'CD3', items, items.map((i) => cd3(i.input)), dependencies),
    rationale: rationaleOf(meta, items.map((i) => [i.id, i.why])),
  };
}

export type KataItemSpec = TextElement & Why & { readonly reasons: readonly string[] };

/** `items` are listed in the key's order; the order must respect the dependencies. */
export function kata(meta: Meta, productGoal: string, reasons: readonly Labelled[], items: readonly KataItemSpec[], dependencies: readonly Dependency[] = []): ExerciseOf<'ORDERING_KATA'> {
  const order = items.map((i) => i.id);
  for (const [item, prerequisite] of dependencies) {
    if (order.indexOf(item) < order.indexOf(prerequisite)) fail(meta, `the key puts ${item} above ${prerequisite}, which it depends on`);
  }
  const known = new Set(reasons.map((r) => r.id));
  for (const i of items) if (i.reasons.length === 0 || i.reasons.some((r) => !known.has(r))) fail(meta, `item ${i.id} has an unknown or no reason`);
  return {
    ...meta,
    type: 'ORDERING_KATA',
    material: { productGoal, items: items.map(element), dependencies, reasons },
    answerKey: { order, reasons: Object.fromEntries(items.map((i) => [i.id, i.reasons])) },
    rationale: rationaleOf(meta, items.map((i) => [i.id, i.why])),
  };
}

export function ranking(meta: Meta, context: string, approaches: readonly (TextElement & Why)[], byCost: readonly string[], byEvidence: readonly string[]): ExerciseOf<'VALIDATION_RANKING'> {
  const ids = approaches.map((a) => a.id).sort().join();
  if ([...byCost].sort().join() !== ids || [...byEvidence].sort().join() !== ids) fail(meta, 'the rankings must list every approach once');
  return {
    ...meta,
    type: 'VALIDATION_RANKING',
    material: { context, approaches: approaches.map(element) },
    answerKey: { byCost, byEvidence },
    rationale: rationaleOf(meta, approaches.map((a) => [a.id, a.why])),
  };
}
