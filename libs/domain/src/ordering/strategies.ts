import type { MoscowBucket } from '../backlog-item';
import { cd3 } from './cd3';
import { dependencyOrder, type Dependency, type DependencyOverride } from './dependency-order';
import { moscowScore } from './moscow';
import { invertedPairs, kendallTauDistance, type KendallTauDistance } from './order-distance';
import type { ScoreResult } from './score';
import { wsjfSizeSensitivity, type SizeSensitivity } from './sensitivity';
import { wsjf } from './wsjf';

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

/**
 * A proposal, never an act: the strategy's scores, ordered so that no item comes before one it
 * depends on, compared with the current order (Kendall-τ distance and the inverted pairs), and,
 * for WSJF, whether the top N would change if sizes were off by ±50 %.
 */
export function proposeOrder(
  strategy: OrderingStrategy,
  currentOrder: readonly OrderableItem[],
  dependencies: readonly Dependency[],
  options: { topN?: number; invertedPairsLimit?: number } = {},
): ProposedOrder {
  const scores = new Map(currentOrder.map((item) => [item.id, scoreBy(strategy, item)]));
  const { order, overrides } = dependencyOrder(
    currentOrder.map((item) => ({ id: item.id, score: scores.get(item.id)!.score })),
    dependencies,
  );
  const current = currentOrder.map((i) => i.id);
  const position = new Map(current.map((id, i) => [id, i + 1]));
  const items = order.map((id, i) => {
    const result = scores.get(id)!;
    return { id, score: result.score, explanation: result.explanation, currentPosition: position.get(id)!, proposedPosition: i + 1 };
  });
  const sensitivity =
    strategy === 'WSJF'
      ? wsjfSizeSensitivity(
          currentOrder.map((i) => ({ id: i.id, userBusinessValue: i.userBusinessValue, timeCriticality: i.timeCriticality, riskReduction: i.riskReduction, jobSize: i.size })),
          Math.min(options.topN ?? 10, currentOrder.length),
        )
      : null;
  return {
    strategy,
    items,
    distance: kendallTauDistance(current, order),
    invertedPairs: invertedPairs(current, order, options.invertedPairsLimit ?? 50),
    overrides,
    sensitivity,
  };
}

/**
 * A fingerprint of an order and of the versions of its items (FNV-1a, 32 bit, hex): a proposal
 * computed on one fingerprint is refused once the backlog changed.
 */
export function orderFingerprint(items: ReadonlyArray<{ readonly id: string; readonly version: number }>): string {
  let hash = 0x811c9dc5;
  const mix = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      hash ^= s.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  };
  for (const item of items) mix(`${item.id}:${item.version};`);
  return `${items.length.toString(36)}-${hash.toString(16).padStart(8, '0')}`;
}
