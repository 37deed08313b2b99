import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { API_MAIN } from '@backlog-studio/testing';
import { CHROMIUM, chromiumAvailable, SKIP_LINE, WEB_DIST } from './chromium';

/**
 * Runs once for the browser project. Without Chromium the tests are skipped with one line,
 * except under CI=true, where a missing browser is a failure.
 */
export default function setup(): void {
  if (!chromiumAvailable()) {
    if (process.env.CI === 'true') throw new Error(`browser tests need ${CHROMIUM} under CI=true (apt-get install -y chromium)`);
    console.log(SKIP_LINE);
    return;
  }
  for (const [what, path] of [
    ['the built web client', join(WEB_DIST, 'index.html')],
    ['the built API', API_MAIN],
  ] as const) {
    if (!existsSync(path)) throw new Error(`browser tests need ${what} at ${path}: run \`npm run build\` first`);
  }
}
