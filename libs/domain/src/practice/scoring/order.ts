import type { Dependency } from '../../ordering/dependency-order';
import { invertedPairs, kendallTauDistance, type KendallTauDistance } from '../../ordering/order-distance';
import type { ElementFeedback } from '../types';
import { percent } from './result';

/** Each dependency broken (an item placed above what it depends on) costs this much of the order's credit, on top of the inversions. */
export const DEPENDENCY_BREAK_PENALTY = 0.25;

export interface OrderEvaluation {
  /** 1 − normalised Kendall-τ distance − penalties, clamped to 0..1. */
  readonly credit: number;
  readonly distance: KendallTauDistance;
  /** [x, y]: the answer puts x above y, the key puts y above x. */
  readonly inversions: readonly (readonly [string, string])[];
  /** Dependencies [item, prerequisite] the answer breaks. */
  readonly breaks: readonly Dependency[];
  /** Items in no inversion and no broken dependency. */
  readonly wellPlaced: ReadonlySet<string>;
}

/** How far `answered` is from `expected` (both permutations of the same ids). */
export function evaluateOrder(answered: readonly string[], expected: readonly string[], dependencies: readonly Dependency[] = []): OrderEvaluation {
  const distance = kendallTauDistance(answered, expected);
  const inversions = invertedPairs(answered, expected, distance.totalPairs);
  const position = new Map(answered.map((id, i) => [id, i]));
  const breaks = dependencies.filter(([item, prerequisite]) => {
    const a = position.get(item);
    const b = position.get(prerequisite);
    return a !== undefined && b !== undefined && a < b;
  });
  const misplaced = new Set([...inversions.flat(), ...breaks.flat()]);
  const credit = Math.max(0, Math.min(1, 1 - distance.normalised - DEPENDENCY_BREAK_PENALTY * breaks.length));
  return { credit, distance, inversions, breaks, wellPlaced: new Set(answered.filter((id) => !misplaced.has(id))) };
}

/** One feedback line per inverted pair and per broken dependency, each with its reason. */
export function orderFeedback(
  evaluation: OrderEvaluation,
  label: (id: string) => string,
  explainPair: (above: string, below: string) => string,
  prefix = '',
): ElementFeedback[] {
  const pairs = evaluation.inversions.map(([x, y]) => ({
    elementId: `${prefix}pair:${x}>${y}`,
    correct: false,
    rationale: `You put ${label(x)} above ${label(y)}. ${explainPair(x, y)}`,
  }));
  const breaks = evaluation.breaks.map(([item, prerequisite]) => ({
    elementId: `${prefix}depends:${item}>${prerequisite}`,
    correct: false,
    rationale: `${label(item)} depends on ${label(prerequisite)} but sits above it: it cannot start first (−${DEPENDENCY_BREAK_PENALTY * 100} % of the order's credit).`,
  }));
  return [...pairs, ...breaks];
}

export function orderSummary(evaluation: OrderEvaluation): string {
  const { discordantPairs, totalPairs } = evaluation.distance;
  const breaks = evaluation.breaks.length;
  const broken = breaks === 0 ? '' : `, ${breaks} ${breaks === 1 ? 'dependency' : 'dependencies'} broken`;
  return `order ${percent(evaluation.credit)}, ${discordantPairs} of ${totalPairs} pairs inverted (Kendall-τ distance ${discordantPairs})${broken}`;
}
