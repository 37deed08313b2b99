import { KANO_CATEGORIES, KanoCategory } from '../backlog-item';
import { OrderingInputError } from './errors';
import { formatNumber } from './format';

/** The five answers to "how do you feel if the product has / does not have this?" (like it, expect it, neutral, can tolerate it, dislike it). */
export const KANO_ANSWERS = ['LIKE', 'EXPECT', 'NEUTRAL', 'TOLERATE', 'DISLIKE'] as const;
export type KanoAnswer = (typeof KANO_ANSWERS)[number];

const A = 'ATTRACTIVE';
const O = 'ONE_DIMENSIONAL';
const M = 'MUST_BE';
const I = 'INDIFFERENT';
const R = 'REVERSE';
const Q = 'QUESTIONABLE';

/**
 * The Kano evaluation table of Berger et al. (1993), "Kano's methods for understanding customer-defined
 * quality", Center for Quality Management Journal 2(4): row = functional answer, column = dysfunctional answer.
 */
export const KANO_EVALUATION_TABLE: Readonly<Record<KanoAnswer, Readonly<Record<KanoAnswer, KanoCategory>>>> = {
  LIKE: { LIKE: Q, EXPECT: A, NEUTRAL: A, TOLERATE: A, DISLIKE: O },
  EXPECT: { LIKE: R, EXPECT: I, NEUTRAL: I, TOLERATE: I, DISLIKE: M },
  NEUTRAL: { LIKE: R, EXPECT: I, NEUTRAL: I, TOLERATE: I, DISLIKE: M },
  TOLERATE: { LIKE: R, EXPECT: I, NEUTRAL: I, TOLERATE: I, DISLIKE: M },
  DISLIKE: { LIKE: R, EXPECT: R, NEUTRAL: R, TOLERATE: R, DISLIKE: Q },
};

export function kanoCategory(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  for (const [field, answer] of [['functional', functional], ['dysfunctional', dysfunctional]] as const) {
    if (!KANO_ANSWERS.includes(answer)) {
      throw new OrderingInputError('INVALID_ARGUMENT', field, answer, `Kano ${field} answer must be one of ${KANO_ANSWERS.join(', ')}`);
    }
  }
  return KANO_EVALUATION_TABLE[functional][dysfunctional];
}

export interface KanoResponse {
  readonly functional: KanoAnswer;
  readonly dysfunctional: KanoAnswer;
}

/**
 * When categories tie for most frequent, the one with the greater influence on perceived quality wins:
 * M > O > A > I (the evaluation rule of Matzler & Hinterhuber 1998, Technovation 18(1)), then R, then Q.
 */
export const KANO_TIE_ORDER: readonly KanoCategory[] = [M, O, A, I, R, Q];

const SHORT: Readonly<Record<KanoCategory, string>> = { ATTRACTIVE: 'A', ONE_DIMENSIONAL: 'O', MUST_BE: 'M', INDIFFERENT: 'I', REVERSE: 'R', QUESTIONABLE: 'Q' };

export interface KanoSummary {
  /** The most frequent category (ties broken by KANO_TIE_ORDER); null without responses. */
  readonly category: KanoCategory | null;
  /** Every category that shared the top count, in KANO_TIE_ORDER. */
  readonly tied: readonly KanoCategory[];
  readonly counts: Readonly<Record<KanoCategory, number>>;
  readonly total: number;
  /** Timko's satisfaction coefficient (A + O) / (A + O + M + I), 0 to 1; null when A + O + M + I = 0. */
  readonly better: number | null;
  /** Timko's dissatisfaction coefficient −(O + M) / (A + O + M + I), −1 to 0; null when A + O + M + I = 0. */
  readonly worse: number | null;
  readonly explanation: string;
}

export function kanoFromResponses(responses: readonly KanoResponse[]): KanoSummary {
  const counts = Object.fromEntries(KANO_CATEGORIES.map((c) => [c, 0])) as Record<KanoCategory, number>;
  for (const r of responses) counts[kanoCategory(r.functional, r.dysfunctional)] += 1;
  const total = responses.length;
  if (total === 0) {
    return { category: null, tied: [], counts, total, better: null, worse: null, explanation: 'Kano needs at least one response' };
  }
  const top = Math.max(...KANO_TIE_ORDER.map((c) => counts[c]));
  const tied = KANO_TIE_ORDER.filter((c) => counts[c] === top);
  const category = tied[0] as KanoCategory;
  const { ATTRACTIVE: a, ONE_DIMENSIONAL: o, MUST_BE: m, INDIFFERENT: i } = counts;
  const base = a + o + m + i;
  // `+ 0` turns −0 into 0 when nobody answered O or M.
  const better = base === 0 ? null : (a + o) / base;
  const worse = base === 0 ? null : -(o + m) / base + 0;
  const f = formatNumber;
  const tally = KANO_TIE_ORDER.map((c) => `${SHORT[c]} ${counts[c]}`).join(', ');
  const tie = tied.length > 1 ? ` (tie ${tied.map((c) => SHORT[c]).join(' = ')} broken by M > O > A > I)` : '';
  const coefficients =
    base === 0
      ? 'Better and Worse need A, O, M or I answers'
      : `Better ${f(better as number)} = (${a} + ${o}) / ${base}, Worse ${f(worse as number)} = -(${o} + ${m}) / ${base}`;
  return {
    category,
    tied,
    counts,
    total,
    better,
    worse,
    explanation: `Kano ${category}${tie} from ${total} responses (${tally}); ${coefficients}`,
  };
}
