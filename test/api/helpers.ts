import { afterAll, beforeAll } from 'vitest';
import { enginesUnderTest, GqlClient, signUp, startApi, type Account, type Engine, type RunningApi } from '@backlog-studio/testing';

/** The engines this file runs on (top-level await in the test file, before its describes). */
export async function engines(suite: string): Promise<Engine[]> {
  return enginesUnderTest(suite);
}

/**
 * One running API per engine for the current file, and a signed-up account (`api()`) that
 * owns the products its tests create. `anonymous()` sends no token.
 */
export function useApi(
  engine: Engine,
  env: Record<string, string> = {},
): { api: () => GqlClient; account: () => Account; anonymous: () => GqlClient; running: () => RunningApi } {
  let running: RunningApi | undefined;
  let account: Account | undefined;
  beforeAll(async () => {
    running = await startApi(engine, { env });
    account = await signUp(running.url);
  });
  afterAll(async () => {
    await running?.stop();
  });
  return {
    api: () => account!.client,
    account: () => account!,
    anonymous: () => new GqlClient(running!.url),
    running: () => running!,
  };
}
