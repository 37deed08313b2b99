import { createRequire } from 'node:module';

/** The part of autocannon's programmatic API the harness uses (the package ships no types). */
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  timeout?: number;
}

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; average: number };
}

type Autocannon = (options: AutocannonOptions) => Promise<AutocannonResult>;

const autocannon = createRequire(__filename)('autocannon') as Autocannon;

export interface LoadResult {
  /** Completed requests per second over the whole run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  seconds: number;
}

export interface LoadSpec {
  label: string;
  url: string;
  body: string;
  connections: number;
  /** Request headers (content-type and the bearer token): see authHeaders. */
  headers: Record<string, string>;
}

/** POSTs the same JSON body for `seconds` over `connections` keep-alive connections. */
export async function hammer(spec: LoadSpec, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: seconds,
    method: 'POST',
    headers: spec.headers,
    body: spec.body,
    timeout: 30,
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) {
    throw new Error(
      `${spec.label}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers out of ${result.requests.total}`,
    );
  }
  if (result.requests.total === 0 || result.duration <= 0) throw new Error(`${spec.label}: no request completed`);
  return {
    rps: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    seconds: result.duration,
  };
}

/** One POST with fetch, parsed: used to check shapes before loading a server. */
export async function postJson<T>(url: string, body: string, headers: Record<string, string>): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${url}: HTTP ${res.status}: ${text.slice(0, 500)}`);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`POST ${url}: not JSON: ${text.slice(0, 500)}`);
  }
}
