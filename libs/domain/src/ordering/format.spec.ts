import { describe, expect, it } from 'vitest';
import { formatNumber } from './format';

describe('formatNumber', () => {
  it.each([
    [6.5, '6.5'],
    [4000 / 6, '666.67'],
    [1_234_567.891, '1,234,567.89'],
    [-0.5, '-0.5'],
    [2, '2'],
    [0.004, '0'],
  ])('%d → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});
