/// <reference lib="dom" />
/**
 * Sessions for the browser tests: a fresh account through the API (`apiAccount`) whose token a
 * browser context starts with (`useSessionIn`), or the sign-in screen filled in (`signInIfAsked`).
 */
import { randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { GqlClient } from '@backlog-studio/testing';

const SESSION_KEY = 'backlog-studio:session';
export const DEMO_OWNER = { email: 'po@demo.local', password: process.env.DEMO_PASSWORD ?? 'backlog-demo' };

interface SessionPayload {
  token: string;
  expiresAt: string;
  user: { id: string; email: string; displayName: string };
}

/** A fresh account when the API has sign-up (its client sends the token), else an anonymous client. */
export async function apiAccount(baseUrl: string): Promise<{ client: GqlClient; session: SessionPayload | null }> {
  const anonymous = new GqlClient(baseUrl);
  const res = await anonymous.request<{ signUp: SessionPayload }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { token expiresAt user { id email displayName } } }`,
    { input: { email: `web-${randomBytes(5).toString('hex')}@test.local`, password: 'correct horse battery staple' } },
  );
  const session = res.data?.signUp ?? null;
  return session ? { client: new GqlClient(baseUrl, { authorization: `Bearer ${session.token}` }), session } : { client: anonymous, session: null };
}

/** Pages of this browser context start signed in with `session` (when there is one). */
export async function useSessionIn(context: BrowserContext, session: SessionPayload | null): Promise<void> {
  if (!session) return;
  await context.addInitScript(
    ({ key, value }) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    { key: SESSION_KEY, value: JSON.stringify(session) },
  );
}

/** When the app shows its sign-in screen, signs in as the demo product owner. */
export async function signInIfAsked(page: Page, account = DEMO_OWNER): Promise<void> {
  await page.waitForURL((url) => url.pathname !== '/', { timeout: 20_000 });
  if (!page.url().includes('/sign-in')) return;
  await page.getByLabel('Email', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** A GraphQL client acting with the page's session (anonymous when it has none). */
export async function clientOfPage(page: Page, baseUrl: string): Promise<GqlClient> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY);
  const token = raw ? (JSON.parse(raw) as SessionPayload).token : null;
  return token ? new GqlClient(baseUrl, { authorization: `Bearer ${token}` }) : new GqlClient(baseUrl);
}
