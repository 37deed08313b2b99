import { isRankKey } from '@backlog-studio/domain';
import { DomainError } from '../common/domain-error';

/** Cursors are opaque to clients: the base64url of the row's rank key (unique per product). */
export function encodeCursor(rank: string): string {
  return Buffer.from(rank, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): string {
  const rank = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!isRankKey(rank)) throw DomainError.field(field, 'isCursor', `${field} is not a cursor returned by this API`);
  return rank;
}
