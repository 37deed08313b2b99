import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, test } from 'vitest';
import config from '../codegen';

describe('generated GraphQL types', () => {
  test('are what codegen makes from the committed schema (run `npm run codegen` after a schema change)', async () => {
    const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    const stale = outputs.filter(({ filename, content }) => readFileSync(filename, 'utf8') !== content).map((o) => o.filename);
    expect(stale).toEqual([]);
  });
});
