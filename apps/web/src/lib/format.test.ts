import { describe, expect, test } from 'vitest';
import { formatChangeValue, formatRelative, plural } from './format';

describe('formatting changes', () => {
  test('history values are JSON text: strings, numbers, lists, null', () => {
    expect(formatChangeValue('"Weekly planner"')).toBe('Weekly planner');
    expect(formatChangeValue('45')).toBe('45');
    expect(formatChangeValue('["a","b"]')).toBe('a · b');
    expect(formatChangeValue(null)).toBe('—');
    expect(formatChangeValue('""')).toBe('—');
    expect(formatChangeValue(JSON.stringify('x'.repeat(300)), 20)).toHaveLength(20);
  });

  test('vocabulary values read as words for their field', () => {
    expect(formatChangeValue('"IN_SPRINT"', 160, 'status')).toBe('In sprint');
    expect(formatChangeValue('"MUST"', 160, 'moscow')).toBe('Must have');
    expect(formatChangeValue('"IN_SPRINT"', 160, 'title')).toBe('IN_SPRINT');
  });

  test('relative times and plurals', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(formatRelative('2026-11-28T11:59:50Z', now)).toBe('just now');
    expect(formatRelative('2026-11-28T11:55:00Z', now)).toBe('5 min ago');
    expect(formatRelative('2026-11-28T09:00:00Z', now)).toBe('3 h ago');
    expect(formatRelative('2026-11-26T12:00:00Z', now)).toBe('2 days ago');
    expect(plural(1, 'item')).toBe('1 item');
    expect(plural(5000, 'item')).toBe('5,000 items');
  });
});
