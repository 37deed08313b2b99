import type { MoscowBucket } from '../backlog-item';
import { cd3 } from './cd3';
import { dependencyOrderOf, type Dependency, type DependencyOverride } from './dependency-order';
import { moscowScore } from './moscow';
import { invertedPairsOfPositions, kendallTauOfPositions, type KendallTauDistance } from './order-distance';
import type { ScoreResult } from './score';
import { wsjfCandidateSensitivity, type SizeSensitivity, type WsjfCandidates } from './sensitivity';
import { wsjf, wsjfScore } from './wsjf';
import { OrderingInputError } from './errors';

/** The strategies a product owner can ask for a proposed order by. */
export const ORDERING_STRATEGIES = {
  WSJF: 'WSJF: cost of delay (value + time criticality + risk reduction) divided by job size',
  CD3: 'CD3: cost of delay per week divided by duration (standard urgency)',
  VALUE: 'Total value: customer + business + team',
  MOSCOW: 'MoSCoW bucket: must, should, could, won\'t',
} as const;
export type OrderingStrategy = keyof typeof ORDERING_STRATEGIES;

/** What a strategy reads from an item. */
export interface OrderableItem {
  readonly id: string;
  readonly userBusinessValue?: number | null;
  readonly timeCriticality?: number | null;
  readonly riskReduction?: number | null;
  readonly size?: number | null;
  readonly valueCustomer?: number | null;
  readonly valueBusiness?: number | null;
  readonly valueTeam?: number | null;
  readonly moscow?: MoscowBucket | null;
}

export function scoreBy(strategy: OrderingStrategy, item: OrderableItem): ScoreResult {
  switch (strategy) {
    case 'WSJF':
      return wsjf({ userBusinessValue: item.userBusinessValue, timeCriticality: item.timeCriticality, riskReduction: item.riskReduction, jobSize: item.size });
    case 'CD3': {
      const parts = [item.userBusinessValue, item.timeCriticality, item.riskReduction];
      // The three WSJF parts stand for cost of delay per week; size stands for duration.
      const costOfDelay = parts.every((p) => typeof p === 'number') ? (parts as number[]).reduce((a, b) => a + b, 0) : null;
      return cd3({ profile: 'STANDARD', costOfDelayPerWeek: costOfDelay, durationWeeks: item.size });
    }
    case 'VALUE': {
      const values = [item.valueCustomer, item.valueBusiness, item.valueTeam].filter((v): v is number => typeof v === 'number');
      if (values.length === 0) return { score: null, reason: 'MISSING', fields: ['value'], explanation: 'Total value needs at least one value perspective' };
      const total = values.reduce((a, b) => a + b, 0);
      return { score: total, explanation: `Value ${total} = ${[item.valueCustomer ?? 0, item.valueBusiness ?? 0, item.valueTeam ?? 0].join(' + ')} (customer + business + team)` };
    }
    case 'MOSCOW':
      return moscowScore(item.moscow);
  }
}

export interface ProposedItem {
  readonly id: string;
  readonly score: number | null;
  readonly explanation: string;
  readonly currentPosition: number;
  readonly proposedPosition: number;
}

export interface ProposedOrder {
  readonly strategy: OrderingStrategy;
  readonly items: readonly ProposedItem[];
  readonly distance: KendallTauDistance;
  readonly invertedPairs: ReadonlyArray<readonly [string, string]>;
  readonly overrides: readonly DependencyOverride[];
  readonly sensitivity: SizeSensitivity | null;
}

/** The score alone, without the sentence: WSJF's without building any text (every item of a backlog is scored). */
function scoreOnly(strategy: OrderingStrategy, item: OrderableItem): number | null {
  if (strategy === 'WSJF') {
    return wsjfScore({ userBusinessValue: item.userBusinessValue, timeCriticality: item.timeCriticality, riskReduction: item.riskReduction, jobSize: item.size });
  }
  return scoreBy(strategy, item).score;
}

export interface ProposeOptions {
  /** The size of the top N whose sensitivity to sizes is tested (WSJF); default 10. */
  readonly topN?: number;
  /** At most this many inverted pairs are listed; default 50. */
  readonly invertedPairsLimit?: number;
  /**
   * At most this many items of the proposed order are listed in `items`, from the top (default:
   * every item). The order, distance, overrides and sensitivity still cover every item.
   */
  readonly limit?: number;
}

/**
 * A proposal, never an act: the strategy's scores, ordered so that no item comes before one it
 * depends on, compared with the current order (Kendall-τ distance and the inverted pairs), and,
 * for WSJF, whether the top N would change if sizes were off by ±50 %.
 */
export function proposeOrder(
  strategy: OrderingStrategy,
  currentOrder: readonly OrderableItem[],
  dependencies: readonly Dependency[],
  options: ProposeOptions = {},
): ProposedOrder {
  const n = currentOrder.length;
  const limit = options.limit ?? n;
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new OrderingInputError('INVALID_ARGUMENT', 'limit', limit, 'limit must be a whole number, zero or more');
  }
  // Everything by index into currentOrder (no per-item maps); the scores alone for ordering, the
  // sentences only for the items listed.
  const current = new Array<string>(n);
  // NaN for "no score": ordering treats it as null (below every number), and WSJF never scores NaN.
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const item = currentOrder[i]!;
    current[i] = item.id;
    scores[i] = scoreOnly(strategy, item) ?? Number.NaN;
  }
  const { order: indices, overrides } = dependencyOrderOf(current, scores, dependencies);
  const inProposal = new Int32Array(n);
  for (let k = 0; k < n; k++) inProposal[indices[k]!] = k;
  const items = Array.from({ length: Math.min(limit, n) }, (_, k): ProposedItem => {
    const i = indices[k]!;
    const result = scoreBy(strategy, currentOrder[i]!);
    return { id: current[i]!, score: result.score, explanation: result.explanation, currentPosition: i + 1, proposedPosition: k + 1 };
  });
  const sensitivity =
    strategy === 'WSJF'
      ? wsjfCandidateSensitivity(wsjfCandidatesOf(currentOrder, scores), Math.min(options.topN ?? 10, n))
      : null;
  return {
    strategy,
    items,
    distance: kendallTauOfPositions(inProposal),
    invertedPairs: invertedPairsOfPositions(current, (k) => current[indices[k]!]!, inProposal, options.invertedPairsLimit ?? 50),
    overrides,
    sensitivity,
  };
}

/** WSJF's candidates for the sensitivity test, from scores already computed by WSJF (NaN: unscored). */
function wsjfCandidatesOf(items: readonly OrderableItem[], wsjfScores: Float64Array): WsjfCandidates {
  const ids: string[] = [];
  const costOfDelay = new Float64Array(items.length);
  const size = new Float64Array(items.length);
  const unscored: string[] = [];
  items.forEach((item, i) => {
    if (Number.isNaN(wsjfScores[i])) unscored.push(item.id);
    else {
      costOfDelay[ids.length] = (item.userBusinessValue as number) + (item.timeCriticality as number) + (item.riskReduction as number);
      size[ids.length] = item.size as number;
      ids.push(item.id);
    }
  });
  return { ids, costOfDelay: costOfDelay.subarray(0, ids.length), size: size.subarray(0, ids.length), unscored };
}

/**
 * A fingerprint of an order and of the versions of its items (FNV-1a, 32 bit, hex): a proposal
 * computed on one fingerprint is refused once the backlog changed.
 */
export function orderFingerprint(items: ReadonlyArray<{ readonly id: string; readonly version: number }>): string {
  // FNV-1a over `${id}:${version};` of each item, without building those strings.
  let hash = 0x811c9dc5;
  for (const item of items) {
    const id = item.id;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ 0x3a, 0x01000193) >>> 0; // ':'
    const version = String(item.version);
    for (let i = 0; i < version.length; i++) hash = Math.imul(hash ^ version.charCodeAt(i), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ 0x3b, 0x01000193) >>> 0; // ';'
  }
  return `${items.length.toString(36)}-${hash.toString(16).padStart(8, '0')}`;
}
