/** Estimation scales a product can choose for its rounds (CSPO C5.8). */
export const ESTIMATION_SCALES = {
  FIBONACCI: ['1', '2', '3', '5', '8', '13', '21', '34', '?'],
  MODIFIED_FIBONACCI: ['0', '½', '1', '2', '3', '5', '8', '13', '20', '40', '100', '?'],
  T_SHIRT: ['XS', 'S', 'M', 'L', 'XL', '?'],
  POWERS_OF_TWO: ['1', '2', '4', '8', '16', '32', '?'],
} as const;
export type EstimationScaleKind = keyof typeof ESTIMATION_SCALES | 'CUSTOM';

/** The numeric size a card stands for; null for "?" and for cards without a number (T-shirt sizes map to points). */
const T_SHIRT_POINTS: Record<string, number> = { XS: 1, S: 2, M: 3, L: 5, XL: 8 };

export function cardValue(card: string): number | null {
  if (card === '?') return null;
  if (card === '½') return 0.5;
  if (card in T_SHIRT_POINTS) return T_SHIRT_POINTS[card];
  const n = Number(card);
  return Number.isFinite(n) ? n : null;
}

export function scaleCards(kind: EstimationScaleKind, custom: readonly string[] = []): readonly string[] {
  if (kind === 'CUSTOM') {
    const cards = [...new Set(custom.map((c) => c.trim()).filter(Boolean))];
    if (cards.length < 2) throw new RangeError('a custom scale needs at least two distinct cards');
    return cards;
  }
  return ESTIMATION_SCALES[kind];
}

export interface VoteDistribution {
  /** Cards in scale order with how many chose each (cards nobody chose are left out). */
  readonly counts: ReadonlyArray<{ readonly card: string; readonly votes: number }>;
  /** The most chosen card(s). */
  readonly modes: readonly string[];
  /** Distance in scale positions between the lowest and highest card chosen (0 = consensus). */
  readonly spread: number;
  readonly consensus: boolean;
  /** "?" votes: someone needs more information. */
  readonly unsure: number;
  readonly explanation: string;
}

/**
 * What a reveal shows: the distribution, the spread in scale steps, and whether the team agrees.
 * A spread of two or more steps is the classic signal to let the lowest and highest voters explain.
 */
export function distribution(cards: readonly string[], votes: readonly string[]): VoteDistribution {
  const position = new Map(cards.map((c, i) => [c, i]));
  for (const v of votes) if (!position.has(v)) throw new RangeError(`"${v}" is not a card of this scale`);
  const counts = cards.map((card) => ({ card, votes: votes.filter((v) => v === card).length })).filter((c) => c.votes > 0);
  const max = Math.max(0, ...counts.map((c) => c.votes));
  const modes = counts.filter((c) => c.votes === max && max > 0).map((c) => c.card);
  const known = votes.filter((v) => v !== '?').map((v) => position.get(v)!);
  const spread = known.length ? Math.max(...known) - Math.min(...known) : 0;
  const unsure = votes.length - known.length;
  const consensus = votes.length > 0 && unsure === 0 && spread === 0;
  const explanation =
    votes.length === 0
      ? 'No votes yet'
      : consensus
        ? `Consensus on ${modes[0]} (${votes.length} votes)`
        : `${counts.map((c) => `${c.votes}×${c.card}`).join(', ')}: spread ${spread} step${spread === 1 ? '' : 's'}${spread >= 2 ? '; hear the lowest and highest voters, then re-vote' : ''}${unsure ? `; ${unsure} need more information` : ''}`;
  return { counts, modes, spread, consensus, unsure, explanation };
}
