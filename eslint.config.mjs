// @ts-check
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** libs/domain is pure: no framework, no persistence, no UI, no I/O, no app code. */
const DOMAIN_FORBIDDEN = [
  { group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'react', 'react/*', 'react-dom', 'react-dom/*', 'express', 'pg', 'better-sqlite3', 'graphql'], message: 'libs/domain is pure TypeScript: no framework, database or UI imports.' },
  { group: ['node:*', 'fs', 'path', 'http', 'child_process', 'crypto'], message: 'libs/domain does no I/O: pass data in, get data out.' },
  { group: ['**/apps/**', '@backlog-studio/api', '@backlog-studio/web', '@backlog-studio/testing'], message: 'libs/domain never imports an app.' },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', 'coverage/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { maxDepth: 8, ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
      eqeqeq: ['error', 'always'],
    },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ noWarnOnMultipleProjects: true, project: ['tsconfig.json', 'apps/*/tsconfig.json', 'libs/*/tsconfig.json'] })] },
  },
  {
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['libs/domain/src/**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: DOMAIN_FORBIDDEN }] },
  },
  {
    files: ['**/*.spec.ts', '**/*.test.ts', 'test/**/*.ts'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/no-focused-tests': 'error',
      'vitest/valid-expect': 'error',
      'vitest/expect-expect': 'off',
      'vitest/no-conditional-expect': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  // The web client: code generated from the schema is not linted; React code runs in the browser.
  { ignores: ['apps/web/src/api/generated/**'] },
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', '@backlog-studio/api', '**/apps/api/**', '@backlog-studio/testing'], message: 'The web client runs in the browser: no Node or server imports.' }] },
      ],
    },
  },
  {
    files: ['apps/web/scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
