import { afterAll, beforeAll } from 'vitest';
import { enginesUnderTest, GqlClient, startApi, type Engine, type RunningApi } from '@backlog-studio/testing';

/**
 * Registers one running API per engine under test for the current file. The engines are
 * decided before the file's describes are declared (top-level await in the test file).
 */
export async function engines(suite: string): Promise<Engine[]> {
  return enginesUnderTest(suite);
}

export function useApi(engine: Engine, env: Record<string, string> = {}): { api: () => GqlClient; running: () => RunningApi } {
  let running: RunningApi | undefined;
  let client: GqlClient | undefined;
  beforeAll(async () => {
    running = await startApi(engine, { env });
    client = new GqlClient(running.url);
  });
  afterAll(async () => {
    await running?.stop();
  });
  return {
    api: () => client!,
    running: () => running!,
  };
}
