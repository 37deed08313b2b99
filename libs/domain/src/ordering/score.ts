import { formatNumber } from './format';

/** A model's score with the sentence that shows the arithmetic, e.g. "WSJF 6.5 = (8 + 5 + 13) / 4". */
export interface Scored {
  readonly score: number;
  readonly explanation: string;
}

/**
 * A model that could not score: MISSING when inputs are not filled in yet (normal for an idea),
 * INVALID when a value makes the formula meaningless (a zero job size, a negative value).
 * `score` is null rather than NaN so callers cannot sort by garbage by accident.
 */
export interface Unscored {
  readonly score: null;
  readonly explanation: string;
  readonly reason: 'MISSING' | 'INVALID';
  readonly fields: readonly string[];
}

export type ScoreResult = Scored | Unscored;

export type MaybeNumber = number | null | undefined;

export interface NumericField {
  readonly field: string;
  readonly label: string;
  readonly value: MaybeNumber;
  /** 'positive' for divisors (a size of 0 would divide by zero); 'any' still requires a finite number. */
  readonly sign: 'positive' | 'non-negative' | 'any';
}

/** "a", "a and b", "a, b and c": the labels of a sentence. */
export const joinLabels = (labels: readonly string[]): string =>
  labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;

/** The first reason the fields cannot be used, or null when every one is a usable number. */
export function checkFields(model: string, fields: readonly NumericField[]): Unscored | null {
  const missing = fields.filter((f) => f.value === null || f.value === undefined);
  if (missing.length > 0) {
    return {
      score: null,
      reason: 'MISSING',
      fields: missing.map((f) => f.field),
      explanation: `${model} needs ${joinLabels(missing.map((f) => f.label))}`,
    };
  }
  for (const f of fields) {
    const v = f.value as number;
    const ok = Number.isFinite(v) && (f.sign === 'positive' ? v > 0 : f.sign === 'non-negative' ? v >= 0 : true);
    if (!ok) {
      const rule = f.sign === 'positive' ? ' above zero' : f.sign === 'non-negative' ? ' zero or more' : '';
      return {
        score: null,
        reason: 'INVALID',
        fields: [f.field],
        explanation: `${model} refuses ${f.label} ${formatNumber(v)}: it must be a number${rule}`,
      };
    }
  }
  return null;
}

/** Higher score first; unscored (null) last; equal scores keep their input order. */
export function orderByScore<T>(items: readonly T[], scoreOf: (item: T) => number | null): T[] {
  return items
    .map((item, index) => ({ item, index, score: scoreOf(item) }))
    .sort((a, b) => {
      if (a.score === b.score) return a.index - b.index;
      if (a.score === null) return 1;
      if (b.score === null) return -1;
      return b.score - a.score || a.index - b.index;
    })
    .map((entry) => entry.item);
}
