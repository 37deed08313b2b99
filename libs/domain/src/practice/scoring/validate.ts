import { LIMITS } from '../../backlog-item';

/**
 * Reading a learner's answer, which arrives as untrusted JSON. The readers throw
 * MalformedAnswer, which never leaves the practice module: `scoreAttempt` turns it into a
 * score of 0 with the path and a message the learner can act on.
 */
export class MalformedAnswer extends Error {
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.name = 'MalformedAnswer';
    this.path = path;
  }
}

export const ANSWER_LIMITS = { maxEntries: 500, maxText: LIMITS.textMax, maxId: 200 } as const;

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'string' ? 'text' : typeof value;

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

export function objectAt(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MalformedAnswer(path, `${path || 'the answer'} must be an object, got ${describe(value)}`);
  }
  const keys = Object.keys(value);
  if (keys.length > ANSWER_LIMITS.maxEntries) {
    throw new MalformedAnswer(path, `${path || 'the answer'} has ${keys.length} entries; at most ${ANSWER_LIMITS.maxEntries}`);
  }
  return value as Readonly<Record<string, unknown>>;
}

/** An own property only: never one inherited from Object.prototype ("constructor", "__proto__"). */
export function own(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export function stringAt(value: unknown, path: string, max: number = ANSWER_LIMITS.maxText): string {
  if (typeof value !== 'string') throw new MalformedAnswer(path, `${path} must be text, got ${describe(value)}`);
  if (value.length > max) throw new MalformedAnswer(path, `${path} is ${value.length} characters long; at most ${max}`);
  return value;
}

export function finiteNumberAt(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MalformedAnswer(path, `${path} must be a finite number, got ${typeof value === 'number' ? String(value) : describe(value)}`);
  }
  return value;
}

export function wholeNumberAt(value: unknown, path: string, min: number, max: number): number {
  const n = finiteNumberAt(value, path);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new MalformedAnswer(path, `${path} must be a whole number from ${min} to ${max}, got ${n}`);
  }
  return n;
}

export function arrayAt(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new MalformedAnswer(path, `${path} must be a list, got ${describe(value)}`);
  if (value.length > ANSWER_LIMITS.maxEntries) {
    throw new MalformedAnswer(path, `${path} has ${value.length} entries; at most ${ANSWER_LIMITS.maxEntries}`);
  }
  return value;
}

function idIn(value: unknown, path: string, allowed: ReadonlySet<string>, what: string): string {
  const id = stringAt(value, path, ANSWER_LIMITS.maxId);
  if (!allowed.has(id)) throw new MalformedAnswer(path, `${path}: "${id}" is not ${what} of this exercise`);
  return id;
}

/** A list of distinct ids, each one of `allowed`. */
export function idListAt(value: unknown, path: string, allowed: ReadonlySet<string>, what: string): string[] {
  const ids = arrayAt(value, path).map((v, i) => idIn(v, `${path}[${i}]`, allowed, what));
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (seen.has(id)) throw new MalformedAnswer(`${path}[${i}]`, `${path} lists "${id}" twice`);
    seen.add(id);
  }
  return ids;
}

/** An order: every one of `ids` exactly once. */
export function permutationAt(value: unknown, path: string, ids: readonly string[]): string[] {
  const allowed = new Set(ids);
  const order = idListAt(value, path, allowed, 'an item');
  if (order.length !== ids.length) {
    const missing = ids.filter((id) => !order.includes(id));
    throw new MalformedAnswer(path, `${path} must place all ${ids.length} items; missing ${missing.map((m) => `"${m}"`).join(', ')}`);
  }
  return order;
}

/**
 * A map from element id to something: keys must be elements of the exercise, values are read by
 * `read`. Elements left out are simply unanswered.
 */
export function mapAt<T>(
  value: unknown,
  path: string,
  elements: ReadonlySet<string>,
  read: (entry: unknown, entryPath: string, key: string) => T,
): Map<string, T> {
  const record = objectAt(value, path);
  const result = new Map<string, T>();
  for (const key of Object.keys(record)) {
    const entryPath = join(path, key);
    if (!elements.has(key)) throw new MalformedAnswer(entryPath, `${entryPath}: "${key}" is not an element of this exercise`);
    result.set(key, read(own(record, key), entryPath, key));
  }
  return result;
}

/** A map from element id to one of `allowed` ids (a category, a reason, a term). */
export function choiceMapAt(
  value: unknown,
  path: string,
  elements: ReadonlySet<string>,
  allowed: ReadonlySet<string>,
  what: string,
): Map<string, string> {
  return mapAt(value, path, elements, (entry, entryPath) => idIn(entry, entryPath, allowed, what));
}

export function idAt(value: unknown, path: string, allowed: ReadonlySet<string>, what: string): string {
  return idIn(value, path, allowed, what);
}
