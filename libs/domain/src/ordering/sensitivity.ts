import { OrderingInputError } from './errors';
import { formatNumber } from './format';
import { IndexHeap } from './index-heap';
import { wsjfScore, WsjfParts } from './wsjf';

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

/** The items WSJF can score, as parallel arrays (in input order), and the ids of the others. */
export interface WsjfCandidates {
  readonly ids: readonly string[];
  /** user-business value + time criticality + risk reduction. */
  readonly costOfDelay: Float64Array;
  readonly size: Float64Array;
  readonly unscored: readonly string[];
}

export function wsjfCandidates(items: readonly SizedItem[]): WsjfCandidates {
  const ids: string[] = [];
  const costOfDelay = new Float64Array(items.length);
  const size = new Float64Array(items.length);
  const unscored: string[] = [];
  for (const item of items) {
    if (wsjfScore(item) === null) unscored.push(item.id);
    else {
      costOfDelay[ids.length] = (item.userBusinessValue as number) + (item.timeCriticality as number) + (item.riskReduction as number);
      size[ids.length] = item.jobSize as number;
      ids.push(item.id);
    }
  }
  return { ids, costOfDelay: costOfDelay.subarray(0, ids.length), size: size.subarray(0, ids.length), unscored };
}

/**
 * The ids of the `n` best candidates by cost of delay / (size × factor), highest first, equal
 * scores in input order: what sorting them all and taking the first n gives, in O(len · log n).
 */
function topIds(c: WsjfCandidates, n: number, factor: (i: number) => number): string[] {
  const score = new Float64Array(c.ids.length);
  for (let i = 0; i < score.length; i++) score[i] = c.costOfDelay[i]! / (c.size[i]! * factor(i));
  const better = (a: number, b: number): boolean => score[a]! > score[b]! || (score[a] === score[b] && a < b);
  // The n best so far, the worst of them on top.
  const kept = new IndexHeap((a, b) => better(b, a));
  for (let i = 0; i < score.length; i++) {
    if (kept.size < n) kept.push(i);
    else if (better(i, kept.peek()!)) {
      kept.pop();
      kept.push(i);
    }
  }
  const top: string[] = [];
  while (kept.size > 0) top.push(c.ids[kept.pop()!]!);
  return top.reverse();
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
  return wsjfCandidateSensitivity(wsjfCandidates(items), n, swing);
}

/** wsjfSizeSensitivity of candidates already split out (proposeOrder scores every item once). */
export function wsjfCandidateSensitivity(candidates: WsjfCandidates, n: number, swing: SizeSwing = SIZE_SWING): SizeSensitivity {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new OrderingInputError('INVALID_ARGUMENT', 'n', n, 'The top N needs a whole number of items, one or more');
  }
  if (!(swing.low > 0 && swing.low <= 1 && swing.high >= 1 && Number.isFinite(swing.high))) {
    throw new OrderingInputError('INVALID_ARGUMENT', 'swing', swing, 'The swing needs 0 < low ≤ 1 ≤ high');
  }
  const topN = topIds(candidates, n, () => 1);
  const inTop = new Uint8Array(candidates.ids.length);
  const members = new Set(topN);
  candidates.ids.forEach((id, i) => (inTop[i] = members.has(id) ? 1 : 0));
  const low = (i: number): number => (inTop[i] ? 1 : swing.low);
  const high = (i: number): number => (inTop[i] ? swing.high : 1);
  const changedUnderLow = change(topN, topIds(candidates, n, low));
  const changedUnderHigh = change(topN, topIds(candidates, n, high));
  const worstCase = change(topN, topIds(candidates, n, (i) => low(i) * high(i)));
  const unscored = candidates.unscored;
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
