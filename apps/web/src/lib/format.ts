import { enumValueLabel } from './labels';

const numberFormat = new Intl.NumberFormat('en');

export const formatCount = (n: number): string => numberFormat.format(n);

export const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/** A history or conflict value (JSON text) as a person reads it; `field` puts vocabulary values in words. */
export function formatChangeValue(json: string | null, max = 160, field = ''): string {
  if (json === null || json === undefined) return '—';
  const word = enumValueLabel(field, json);
  if (word) return word;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = json;
  }
  let out: string;
  if (value === null || value === '') out = '—';
  else if (Array.isArray(value)) out = value.length ? value.map(String).join(' · ') : '—';
  else if (typeof value === 'string') out = /^\d{4}-\d{2}-\d{2}T/.test(value) ? formatDateTime(value) : value;
  else out = String(value);
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "just now", "5 min ago", "3 h ago", "2 days ago", then the date. */
export function formatRelative(iso: string, now = Date.now()): string {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return iso;
  const s = Math.round((now - t) / 1000);
  if (s < 45) return 'just now';
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86_400) return `${Math.round(s / 3600)} h ago`;
  if (s < 7 * 86_400) return plural(Math.round(s / 86_400), 'day') + ' ago';
  return formatDateTime(iso);
}
