import { describe, expect, test } from 'vitest';
import { liveUrl, retryDelay } from './live';

describe('live updates over graphql-ws', () => {
  test.each([
    [{ protocol: 'http:', host: 'localhost:5173' }, 'ws://localhost:5173/graphql'],
    [{ protocol: 'https:', host: 'backlog.example' }, 'wss://backlog.example/graphql'],
  ])('the socket address follows the page: %o → %s', (location, url) => {
    expect(liveUrl(location)).toBe(url);
  });

  test('retries back off from 1 s, doubling up to 15 s, with ±25 % jitter', () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => retryDelay(n, middle))).toEqual([1000, 2000, 4000, 8000, 15000, 15000, 15000]);
    expect(retryDelay(0, () => 0)).toBe(750);
    expect(retryDelay(0, () => 1)).toBe(1250);
    expect(retryDelay(20, () => 1)).toBe(18750);
  });
});
