/** What the API refused, in the shapes the screens act on (see the README's error table). */

export interface FieldError {
  /** Dotted path inside the input, e.g. `outcome.target`. */
  field: string;
  rule: string;
  message: string;
}

export interface ConflictChange {
  field: string;
  oldValue: string | null;
  newValue: string | null;
  actor: string;
  version: number;
  at: string;
}

export type Problem =
  | { kind: 'fields'; message: string; fields: FieldError[] }
  | { kind: 'conflict'; message: string; currentVersion: number; changes: ConflictChange[] }
  | { kind: 'notFound'; message: string }
  | { kind: 'network'; message: string }
  /** No (valid) session, or a wrong email or password when signing in. */
  | { kind: 'unauthenticated'; message: string }
  /** The caller's role on the product does not allow the action. */
  | { kind: 'forbidden'; message: string }
  /** Too many attempts: wait `retryAfterSeconds` before the next one. */
  | { kind: 'rateLimited'; message: string; retryAfterSeconds: number }
  | { kind: 'other'; message: string; code?: string };

/** The parts of urql's CombinedError we read; plain objects in unit tests. */
export interface ErrorLike {
  networkError?: { message: string } | undefined;
  graphQLErrors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> | null }>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown): string | null => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));

function fieldErrors(raw: unknown): FieldError[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).map((f) => ({
    field: String(f.field ?? ''),
    rule: String(f.rule ?? ''),
    message: String(f.message ?? 'is not valid'),
  }));
}

function conflictChanges(raw: unknown): ConflictChange[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).map((c) => ({
    field: String(c.field ?? ''),
    oldValue: text(c.oldValue),
    newValue: text(c.newValue),
    actor: String(c.actor ?? 'someone'),
    version: Number(c.version ?? 0),
    at: String(c.at ?? ''),
  }));
}

export function toProblem(error: ErrorLike | null | undefined): Problem | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) {
    if (error.networkError) {
      return { kind: 'network', message: `The server could not be reached (${error.networkError.message}). Check your connection and try again.` };
    }
    return { kind: 'other', message: 'Something went wrong. Try again.' };
  }
  const ext = first.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : undefined;
  // Field errors may come on several GraphQL errors; gather them all.
  const fields = error.graphQLErrors.flatMap((e) => fieldErrors(e.extensions?.fields));
  if (fields.length) return { kind: 'fields', message: first.message, fields };
  if (code === 'CONFLICT') {
    return {
      kind: 'conflict',
      message: first.message,
      currentVersion: Number(ext.currentVersion ?? 0),
      changes: conflictChanges(ext.changes),
    };
  }
  if (code === 'NOT_FOUND') return { kind: 'notFound', message: first.message };
  if (code === 'UNAUTHENTICATED') return { kind: 'unauthenticated', message: first.message };
  if (code === 'FORBIDDEN') return { kind: 'forbidden', message: first.message };
  if (code === 'TOO_MANY_REQUESTS') {
    const seconds = Math.max(1, Math.ceil(Number(ext.retryAfterSeconds ?? 60)));
    return { kind: 'rateLimited', message: `Too many attempts: try again in ${seconds} s.`, retryAfterSeconds: seconds };
  }
  return { kind: 'other', message: first.message, code };
}

/** Field path → message(s) for display beside each control. */
export function fieldErrorMap(problem: Problem | null): Record<string, string> {
  if (!problem || problem.kind !== 'fields') return {};
  const map: Record<string, string> = {};
  for (const f of problem.fields) map[f.field] = map[f.field] ? `${map[f.field]}; ${f.message}` : f.message;
  return map;
}
