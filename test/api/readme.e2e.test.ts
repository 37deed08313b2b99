import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

describe('the README stays true', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('opens with the install-and-start command and the test command', () => {
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toMatch(/^npm ci && npm start\b/m);
    expect(firstBlock).toMatch(/^npm test\b/m);
  });

  it('lists every configuration variable the API reads', () => {
    const source = readFileSync(join(root, 'apps/api/src/config/app-config.ts'), 'utf8');
    const read = [...source.matchAll(/env\.([A-Z_]+)/g)].map((m) => m[1]);
    expect(read.length).toBeGreaterThan(5);
    for (const name of new Set(read)) expect(readme).toContain(`| \`${name}\` |`);
  });
});

describe('the README permission table', () => {
  it('is the one rendered from libs/domain', async () => {
    const { renderPermissionTable } = await import('@backlog-studio/domain');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const embedded = /<!-- permissions:start -->\n([\s\S]*?)\n<!-- permissions:end -->/.exec(readme)?.[1];
    expect(embedded).toBe(renderPermissionTable());
  });
});
