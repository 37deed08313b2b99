import { mulberry32, type RandomSource } from '../forecast/prng';
import type { Exercise, ExerciseOf, ExerciseType } from './types';

/** FNV-1a over the UTF-16 code units: a stable 32-bit number per exercise id. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function shuffled<T>(items: readonly T[], random: RandomSource): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** A seeded Fisher–Yates shuffle: the same items and seed always give the same order. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  return shuffled(items, mulberry32(seed));
}

/** Shuffles an order that is to be put right, so it never starts out already right (when it can differ). */
function scrambled<T extends { readonly id: string }>(items: readonly T[], key: readonly string[], random: RandomSource): T[] {
  for (let attempt = 0; attempt < 8; attempt++) {
    const order = shuffled(items, random);
    if (items.length < 2 || order.some((item, i) => item.id !== key[i])) return order;
  }
  return [...items].reverse();
}

function with_<T extends ExerciseType>(exercise: ExerciseOf<T>, material: ExerciseOf<T>['material']): ExerciseOf<T> {
  return { ...exercise, material };
}

/**
 * The exercise as one learner sees it: options, statements and items in an order drawn from the
 * exercise id and `seed` (e.g. a per-learner or per-attempt number). Ordering exercises never start
 * in the order of their key. Ids, key and rationale are unchanged, so scoring is unaffected.
 */
export function shuffleFor<E extends Exercise>(exercise: E, seed: number): E {
  const random = mulberry32((hash(exercise.id) ^ Math.trunc(seed)) >>> 0);
  const e = exercise as Exercise;
  switch (e.type) {
    case 'OUTCOME_OUTPUT_SORT':
    case 'ECONOMICS_MATCH':
    case 'FLAWED_ITEM':
    case 'STORY_SPLIT':
    case 'TECHNIQUE_MATCH':
    case 'VALUE_LENSES':
    case 'MEASURE_MATCH':
      return with_(e, { ...e.material, elements: shuffled(e.material.elements, random) }) as E;
    case 'OUTCOME_ACTIONS':
    case 'ASSUMPTION_MAP':
    case 'BURN_UP_DIAGNOSIS':
    case 'GOAL_FOR_VISION':
    case 'SPRINT_GOAL':
    case 'SITUATIONAL_JUDGEMENT':
      return with_(e, { ...e.material, options: shuffled(e.material.options, random) } as typeof e.material) as E;
    case 'GOAL_CRITIQUE':
      return e as E; // the flaw tags keep their fixed, learnable order
    case 'DISCOVERY_QUIZ':
      return with_(e, { ...e.material, questions: e.material.questions.map((q) => ({ ...q, options: shuffled(q.options, random) })) }) as E;
    case 'WSJF_ORDER':
      return with_(e, { ...e.material, items: scrambled(e.material.items, e.answerKey.order, random) }) as E;
    case 'CD3_ORDER':
      return with_(e, { ...e.material, items: scrambled(e.material.items, e.answerKey.order, random) }) as E;
    case 'ORDERING_KATA':
      return with_(e, { ...e.material, items: scrambled(e.material.items, e.answerKey.order, random) }) as E;
    case 'VALIDATION_RANKING':
      return with_(e, { ...e.material, approaches: scrambled(e.material.approaches, e.answerKey.byCost, random) }) as E;
    case 'STAKEHOLDER_MAP':
      return with_(e, { ...e.material, stakeholders: shuffled(e.material.stakeholders, random) }) as E;
    case 'SEGMENTATION':
      return with_(e, { ...e.material, profiles: shuffled(e.material.profiles, random) }) as E;
    case 'KANO_EVALUATION':
      return with_(e, { ...e.material, features: shuffled(e.material.features, random) }) as E;
    case 'ITEM_WRITING':
    case 'RELEASE_FORECAST':
      return e as E;
  }
}
