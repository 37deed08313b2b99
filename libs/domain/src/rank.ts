import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Rank keys are base-62 fractional-index strings (rocicorp/fractional-indexing).
 * Their alphabet is ASCII, so byte order, UTF-16 code-unit order, SQLite's BINARY
 * collation and PostgreSQL's `COLLATE "C"` all sort them alike.
 */
export type RankKey = string;

const RANK_PATTERN = /^[0-9A-Za-z]+$/;

/** The longest key the database column accepts; rebalancing keeps keys far below it. */
export const MAX_RANK_LENGTH = 128;

export function isRankKey(value: unknown): value is RankKey {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_RANK_LENGTH && RANK_PATTERN.test(value);
}

/** A key that sorts strictly between `before` and `after` (either may be null for an open end). */
export function rankBetween(before: RankKey | null, after: RankKey | null): RankKey {
  return generateKeyBetween(before, after);
}

/** `count` evenly spread keys strictly between `before` and `after`. */
export function ranksBetween(before: RankKey | null, after: RankKey | null, count: number): RankKey[] {
  return generateNKeysBetween(before, after, count);
}

/** Byte-order comparison, the order both databases use for the rank column. */
export function compareRanks(a: RankKey, b: RankKey): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
