import type { CodegenConfig } from '@graphql-codegen/cli';
import { fileURLToPath } from 'node:url';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Types come from the committed contract `apps/api/schema.gql`, never from a running server.
 * `npm run codegen -w @backlog-studio/web` rewrites src/api/generated/; a test fails when the
 * committed files differ from what this config produces.
 */
export const GENERATED_DIR = here('./src/api/generated/');

const config: CodegenConfig = {
  schema: here('../api/schema.gql'),
  // Each feature keeps its operations beside it (src/**/operations.graphql or *.graphql).
  documents: [here('./src/**/*.graphql')],
  ignoreNoDocuments: false,
  generates: {
    [GENERATED_DIR]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: false,
        skipTypename: true,
        dedupeFragments: true,
      },
    },
  },
  silent: true,
};

export default config;
