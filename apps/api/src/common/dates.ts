/**
 * A timestamp as either driver returns it: a Date from node-postgres, UTC text without a zone
 * from SQLite ("2026-11-28 16:00:00.000").
 */
export function toDate(v: unknown): Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  const s = String(v);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s.replace(' ', 'T')}Z`);
}
