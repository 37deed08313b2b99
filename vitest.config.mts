import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const domainSource = fileURLToPath(new URL('./libs/domain/src/index.ts', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          include: ['libs/domain/src/**/*.spec.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'api',
          include: ['test/api/**/*.e2e.test.ts'],
          environment: 'node',
          // Each file boots real API processes; two cores run two files at a time.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Web client logic without a browser: form diffs, error shapes, generated types are fresh.
        resolve: { alias: { '@backlog-studio/domain': domainSource } },
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.ts', 'apps/web/test/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
          testTimeout: 30_000,
        },
      },
      {
        // The built client in Debian's Chromium against the real API; one file at a time.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/support/global-setup.ts'],
          maxWorkers: 1,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // A loaded CI machine renders slower than a laptop: polls wait up to 15 s (they end as soon as they hold).
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
});
