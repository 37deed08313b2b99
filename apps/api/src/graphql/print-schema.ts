/**
 * Prints the GraphQL schema the code defines, sorted, the way it is committed in apps/api/schema.gql.
 *   node apps/api/dist/graphql/print-schema.js            print to stdout
 *   node apps/api/dist/graphql/print-schema.js --write    rewrite apps/api/schema.gql
 *   node apps/api/dist/graphql/print-schema.js --check    exit 1 when the committed file differs
 * It boots the real application module on a throwaway in-memory database, so the schema is
 * exactly the one the server serves.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { loadConfig } from '../config/app-config';
import { createApp } from '../main';

export const SCHEMA_FILE = join(__dirname, '../../schema.gql');
const HEADER = '# Generated from the code by `npm run schema:generate`; do not edit. A test fails when it differs.\n\n';

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, DATABASE_URL: 'sqlite::memory:', SEED_DEMO: 'false', AUTH_SECRET: 'x'.repeat(32), NODE_ENV: 'test', LOG_LEVEL: 'error' });
  const app = await createApp(config);
  await app.init();
  const { schema } = app.get(GraphQLSchemaHost);
  const printed = HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  await app.close();
  const mode = process.argv[2];
  if (mode === '--write') {
    writeFileSync(SCHEMA_FILE, printed);
    console.log(`wrote ${SCHEMA_FILE}`);
  } else if (mode === '--check') {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== printed) {
      console.error('apps/api/schema.gql differs from the code: run `npm run schema:generate` and commit it.');
      process.exit(1);
    }
    console.log('apps/api/schema.gql matches the code');
  } else {
    process.stdout.write(printed);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
