import { MOSCOW_BUCKETS, MoscowBucket } from '../backlog-item';
import { orderByScore, ScoreResult } from './score';

/** MUST 4 > SHOULD 3 > COULD 2 > WONT 1: the bucket's rank counted from the bottom. */
export function moscowScore(bucket: MoscowBucket | null | undefined): ScoreResult {
  if (bucket === null || bucket === undefined) {
    return { score: null, reason: 'MISSING', fields: ['moscow'], explanation: 'MoSCoW needs a bucket' };
  }
  const index = MOSCOW_BUCKETS.indexOf(bucket);
  if (index < 0) {
    return {
      score: null,
      reason: 'INVALID',
      fields: ['moscow'],
      explanation: `MoSCoW refuses bucket ${String(bucket)}: use ${MOSCOW_BUCKETS.join(', ')}`,
    };
  }
  const score = MOSCOW_BUCKETS.length - index;
  return { score, explanation: `MoSCoW ${score} = ${bucket} (${MOSCOW_BUCKETS.join(' > ')})` };
}

/** MUST items first, WONT items last, items without a bucket after them; input order within a bucket. */
export function orderByMoscow<T extends { readonly moscow?: MoscowBucket | null }>(items: readonly T[]): T[] {
  return orderByScore(items, (item) => moscowScore(item.moscow).score);
}
