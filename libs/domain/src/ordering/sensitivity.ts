import { OrderingInputError } from './errors';
import { formatNumber } from './format';
import { orderByScore } from './score';
import { wsjf, WsjfParts } from './wsjf';

export interface SizedItem extends WsjfParts {
  readonly id: string;
}

export interface SizeSwing {
  readonly low: number;
  readonly high: number;
}

/** How far a size estimate may be off: half to one and a half times the estimate. */
export const SIZE_SWING: SizeSwing = { low: 0.5, high: 1.5 };

export interface TopNChange {
  /** Ids that join the top N, in their new order. */
  readonly entering: readonly string[];
  /** Ids that drop out of it, in their old order. */
  readonly leaving: readonly string[];
}

export interface SizeSensitivity {
  /** True when no size moved within the swing can change which items make the top N. */
  readonly stable: boolean;
  /** The top N by WSJF as estimated. */
  readonly topN: readonly string[];
  /** Every size outside the top N × low (the challengers were smaller than thought). */
  readonly changedUnderLow: TopNChange;
  /** Every size inside the top N × high (the leaders were bigger than thought). */
  readonly changedUnderHigh: TopNChange;
  /** Both at once: the worst case for the current top N. */
  readonly worstCase: TopNChange;
  /** Items WSJF cannot score (missing parts, zero size); they take no part. */
  readonly unscored: readonly string[];
  readonly explanation: string;
}

interface Candidate {
  readonly item: SizedItem;
  readonly costOfDelay: number;
  readonly size: number;
}

function topIds(candidates: readonly Candidate[], n: number, factor: (c: Candidate) => number): string[] {
  return orderByScore(candidates, (c) => c.costOfDelay / (c.size * factor(c)))
    .slice(0, n)
    .map((c) => c.item.id);
}

function change(before: readonly string[], after: readonly string[]): TopNChange {
  return {
    entering: after.filter((id) => !before.includes(id)),
    leaving: before.filter((id) => !after.includes(id)),
  };
}

const describeChange = (label: string, c: TopNChange): string =>
  c.entering.length === 0
    ? `${label}, nothing changes`
    : `${label}, ${c.entering.join(', ')} ${c.entering.length === 1 ? 'enters' : 'enter'} and ${c.leaving.join(', ')} ${c.leaving.length === 1 ? 'leaves' : 'leave'}`;

/**
 * Does the top N by WSJF survive size estimates being off by the swing (±50 %)?
 * Scaling every size alike changes no WSJF order (each score is multiplied by the same factor), so
 * the test moves sizes against the current top N: for an outsider to overtake a member, the
 * outsider's size is at its low extreme and the member's at its high one. Each item's size moves
 * independently, and that pairing is the worst case: if the top N holds there, it holds for any
 * combination of sizes within the swing. Only membership counts, not the order inside the top N.
 */
export function wsjfSizeSensitivity(items: readonly SizedItem[], n: number, swing: SizeSwing = SIZE_SWING): SizeSensitivity {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new OrderingInputError('INVALID_ARGUMENT', 'n', n, 'The top N needs a whole number of items, one or more');
  }
  if (!(swing.low > 0 && swing.low <= 1 && swing.high >= 1 && Number.isFinite(swing.high))) {
    throw new OrderingInputError('INVALID_ARGUMENT', 'swing', swing, 'The swing needs 0 < low ≤ 1 ≤ high');
  }
  const candidates: Candidate[] = [];
  const unscored: string[] = [];
  for (const item of items) {
    if (wsjf(item).score === null) unscored.push(item.id);
    else {
      const costOfDelay = (item.userBusinessValue as number) + (item.timeCriticality as number) + (item.riskReduction as number);
      candidates.push({ item, costOfDelay, size: item.jobSize as number });
    }
  }
  const topN = topIds(candidates, n, () => 1);
  const inTop = new Set(topN);
  const low = (c: Candidate) => (inTop.has(c.item.id) ? 1 : swing.low);
  const high = (c: Candidate) => (inTop.has(c.item.id) ? swing.high : 1);
  const changedUnderLow = change(topN, topIds(candidates, n, low));
  const changedUnderHigh = change(topN, topIds(candidates, n, high));
  const worstCase = change(topN, topIds(candidates, n, (c) => low(c) * high(c)));
  const stable = worstCase.entering.length === 0;
  const f = formatNumber;
  const head = `Top ${n} by WSJF (${topN.join(', ')})`;
  const explanation = stable
    ? `${head} holds even with every size in it ×${f(swing.high)} and every other size ×${f(swing.low)}`
    : `${head} depends on sizes: ` +
      [
        describeChange(`with other sizes ×${f(swing.low)}`, changedUnderLow),
        describeChange(`with its own sizes ×${f(swing.high)}`, changedUnderHigh),
        describeChange('with both', worstCase),
      ].join('; ');
  return { stable, topN, changedUnderLow, changedUnderHigh, worstCase, unscored, explanation };
}
