import type { AttemptResult, ElementFeedback } from '../types';

/** Scores are kept to 4 decimals so the browser and the API agree to the digit. */
export const roundScore = (score: number): number => Math.round(Math.min(1, Math.max(0, score)) * 10_000) / 10_000;

export const percent = (score: number): string => `${Math.round(roundScore(score) * 100)} %`;

export function attemptResult(score: number, feedback: readonly ElementFeedback[], summary: string): AttemptResult {
  const rounded = roundScore(Number.isFinite(score) ? score : 0);
  return { score: rounded, correct: rounded === 1, feedback, summary: `${summary} Score ${percent(rounded)}.` };
}

export const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;

/** The rationale of an element, or a plain fallback (the catalogue spec makes sure it is never needed). */
export const why = (rationale: Readonly<Record<string, string>>, id: string): string =>
  Object.prototype.hasOwnProperty.call(rationale, id) ? (rationale[id] as string) : '';

export const sentence = (...parts: readonly string[]): string => parts.filter((p) => p.length > 0).join(' ');

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
