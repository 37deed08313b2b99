import { describe, expect, it } from 'vitest';
import { MoscowBucket } from '../backlog-item';
import { moscowScore, orderByMoscow } from './moscow';

describe('MoSCoW', () => {
  it.each<[MoscowBucket, number]>([
    ['MUST', 4],
    ['SHOULD', 3],
    ['COULD', 2],
    ['WONT', 1],
  ])('%s scores %d', (bucket, score) => {
    expect(moscowScore(bucket)).toEqual({ score, explanation: `MoSCoW ${score} = ${bucket} (MUST > SHOULD > COULD > WONT)` });
  });

  it.each([
    [null, 'MISSING', 'MoSCoW needs a bucket'],
    ['MAYBE' as MoscowBucket, 'INVALID', 'MoSCoW refuses bucket MAYBE: use MUST, SHOULD, COULD, WONT'],
  ])('gives no score for %j', (bucket, reason, explanation) => {
    expect(moscowScore(bucket)).toMatchObject({ score: null, reason, explanation });
  });

  it('orders by bucket, keeps input order within a bucket, puts unbucketed items last', () => {
    const items: Array<{ id: string; moscow?: MoscowBucket | null }> = [
      { id: 'c1', moscow: 'COULD' },
      { id: 'none', moscow: null },
      { id: 'm1', moscow: 'MUST' },
      { id: 'w1', moscow: 'WONT' },
      { id: 'c2', moscow: 'COULD' },
      { id: 'm2', moscow: 'MUST' },
      { id: 's1', moscow: 'SHOULD' },
      { id: 'unset' },
    ];
    expect(orderByMoscow(items).map((i) => i.id)).toEqual(['m1', 'm2', 's1', 'c1', 'c2', 'w1', 'none', 'unset']);
  });
});
