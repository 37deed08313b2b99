/**
 * "Order your own top ten by WSJF": a WSJF_ORDER exercise made from the top of a real backlog
 * (the API's `practiceBacklogItems`). The key is computed exactly as the catalogue's WSJF
 * exercises are (`wsjf` and `dependencyOrder`), so `scoreAttempt` scores it like any other: the
 * browser at once, the API again from the backlog as stored (`submitOwnBacklogPractice`).
 */
import { dependencyOrder } from '../ordering/dependency-order';
import { formatNumber } from '../ordering/format';
import { wsjf, type WsjfParts } from '../ordering/wsjf';
import type { ExerciseOf } from './types';

/** How many of the backlog's top open items the exercise takes. */
export const OWN_BACKLOG_SIZE = 10;
const PREFIX = 'own-backlog-';
/** The exercise id an attempt on a product's own backlog is stored under. */
export const ownBacklogExerciseId = (productId: string): string => `${PREFIX}${productId}`;
/** The product of an own-backlog exercise id, or null for a catalogue exercise. */
export const productOfOwnBacklogExercise = (exerciseId: string): string | null => (exerciseId.startsWith(PREFIX) ? exerciseId.slice(PREFIX.length) || null : null);

export interface OwnBacklogItem {
  readonly id: string;
  readonly title: string;
  readonly currentPosition: number;
  readonly userBusinessValue?: number | null;
  readonly timeCriticality?: number | null;
  readonly riskReduction?: number | null;
  readonly size?: number | null;
}

export interface OwnBacklogExercise {
  /** Null when fewer than two items carry every WSJF part. */
  readonly exercise: ExerciseOf<'WSJF_ORDER'> | null;
  /** Items left out, with what they lack. */
  readonly leftOut: readonly { readonly item: OwnBacklogItem; readonly missing: string }[];
}

const PART_LABELS: Record<string, string> = {
  userBusinessValue: 'user-business value',
  timeCriticality: 'time criticality',
  riskReduction: 'risk reduction',
  jobSize: 'a size',
};

const partsOf = (item: OwnBacklogItem): WsjfParts => ({
  userBusinessValue: item.userBusinessValue,
  timeCriticality: item.timeCriticality,
  riskReduction: item.riskReduction,
  jobSize: item.size,
});

/** What keeps WSJF from scoring the item ('' when it scores): the domain's own refusal. */
function missingParts(item: OwnBacklogItem): string {
  const result = wsjf(partsOf(item));
  return result.score === null ? result.fields.map((f) => PART_LABELS[f] ?? f).join(', ') : '';
}

/**
 * What the exercise was made from: each item and its WSJF parts, in order. The API compares it
 * with the backlog as stored, so an attempt is never scored against items the learner did not see.
 */
export function ownBacklogMaterialKey(exercise: ExerciseOf<'WSJF_ORDER'>): string {
  return exercise.material.items.map((i) => [i.id, i.userBusinessValue, i.timeCriticality, i.riskReduction, i.jobSize].join(':')).join('|');
}

export function ownBacklogExercise(productId: string, productName: string, items: readonly OwnBacklogItem[]): OwnBacklogExercise {
  const sorted = [...items].sort((a, b) => a.currentPosition - b.currentPosition).map((item) => ({ item, missing: missingParts(item) }));
  const leftOut = sorted.filter((s) => s.missing !== '');
  const usable = sorted.filter((s) => s.missing === '').map((s) => s.item);
  if (usable.length < 2) return { exercise: null, leftOut };

  const scenario = usable.map((i) => ({
    id: i.id,
    title: i.title,
    note: `Number ${i.currentPosition} in your backlog now.`,
    userBusinessValue: i.userBusinessValue as number,
    timeCriticality: i.timeCriticality as number,
    riskReduction: i.riskReduction as number,
    jobSize: i.size as number,
  }));
  const results = scenario.map((i) => wsjf(i));
  const scores: Record<string, number> = {};
  const arithmetic: Record<string, string> = {};
  scenario.forEach((item, k) => {
    scores[item.id] = results[k]?.score ?? 0;
    arithmetic[item.id] = results[k]?.explanation ?? '';
  });
  // Ties keep the current backlog order: dependencyOrder breaks them by input position.
  const { order } = dependencyOrder(scenario.map((i) => ({ id: i.id, score: scores[i.id] as number })), []);
  const rationale: Record<string, string> = {};
  for (const item of scenario) {
    const ties = scenario.filter((o) => o.id !== item.id && Math.abs((scores[o.id] as number) - (scores[item.id] as number)) < 1e-9).map((o) => o.title);
    rationale[item.id] =
      `Your team rated it: user-business value ${formatNumber(item.userBusinessValue)}, time criticality ${formatNumber(item.timeCriticality)}, ` +
      `risk reduction ${formatNumber(item.riskReduction)}, job size ${formatNumber(item.jobSize)}. ${item.note}` +
      (ties.length ? ` It ties with ${ties.join(', ')}: ties keep their current order.` : '');
  }
  return {
    leftOut,
    exercise: {
      id: ownBacklogExerciseId(productId),
      type: 'WSJF_ORDER',
      objective: 'C5.3',
      title: `${productName}: your top ${scenario.length} by WSJF`,
      prompt:
        'Compute WSJF = (user-business value + time criticality + risk reduction | opportunity enablement) / job size for each item of your own backlog, then order the items by it.',
      material: {
        context: `The top of ${productName}’s backlog in its current order, with the WSJF parts your team gave each item (job size is the item’s size).`,
        items: scenario,
        dependencies: [],
      },
      answerKey: { scores, arithmetic, order, pulledUp: {} },
      rationale,
    },
  };
}
