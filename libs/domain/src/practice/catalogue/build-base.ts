import { PracticeInputError } from '../errors';
import type { ObjectiveId } from '../objectives';
import type { TextElement } from '../types';

/** What the catalogue builders share: an exercise's identity, and rationale bookkeeping that refuses gaps and duplicates. */

export interface Meta {
  readonly id: string;
  readonly objective: ObjectiveId;
  readonly title: string;
  readonly prompt: string;
}

export type Why = { readonly why: string };
export type Rationale = Record<string, string>;

export function fail(meta: Meta, message: string): never {
  throw new PracticeInputError('INVALID_ARGUMENT', `${meta.id}: ${message}`);
}

export function rationaleOf(meta: Meta, entries: readonly (readonly [string, string])[]): Rationale {
  const result: Rationale = {};
  for (const [id, text] of entries) {
    if (Object.prototype.hasOwnProperty.call(result, id)) fail(meta, `element ${id} appears twice`);
    if (text.trim().length === 0) fail(meta, `element ${id} has no rationale`);
    result[id] = text;
  }
  return result;
}

export const element = ({ id, text, title, details }: TextElement): TextElement => ({
  id,
  text,
  ...(title === undefined ? {} : { title }),
  ...(details === undefined ? {} : { details }),
});
