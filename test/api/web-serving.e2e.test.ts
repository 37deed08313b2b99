import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient, startApi, type RunningApi } from '@backlog-studio/testing';

describe('the API serves the built web client on its own port', () => {
  let api: RunningApi;
  const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Backlog Studio</title><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'app-123.js'), 'console.log(1)');
    api = await startApi('sqlite', { env: { WEB_DIST: dist } });
  });
  afterAll(async () => {
    await api.stop();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / and for client-side routes, fingerprinted assets with long caching', async () => {
    for (const path of ['/', '/products/123/backlog']) {
      const res = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>Backlog Studio</title>');
    }
    const asset = await fetch(`${api.url}/assets/app-123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
  });

  it('never shadows the API', async () => {
    const health = await fetch(`${api.url}/health`, { headers: { accept: 'text/html' } });
    expect(((await health.json()) as { status: string }).status).toBe('ok');
    const data = await new GqlClient(api.url).ok<{ __typename: string }>('{ __typename }');
    expect(data.__typename).toBe('Query');
  });
});
