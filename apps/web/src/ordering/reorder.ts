/** Pure helpers of a backlog move: where an item lands and which neighbour anchors it. */

export interface Anchor {
  beforeItemId?: string;
  afterItemId?: string;
}

/** The list with the item at `from` taken out and put back at index `to` (of the new list). */
export function moveInList<T>(items: readonly T[], from: number, to: number): T[] {
  const next = items.slice();
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved);
  return next;
}

/** The list with the entry at `index` moved by `delta` places (clamped); an unchanged copy when it cannot move. */
export function moveEntry<T>(list: readonly T[], index: number, delta: number): T[] {
  if (index < 0 || index >= list.length) return [...list];
  return moveInList(list, index, Math.max(0, Math.min(list.length - 1, index + delta)));
}

/**
 * The anchor the API needs to put the item where it stands in `next` (the list after the move):
 * just after the item above it, or, at the top, just before the item below it. Null when the
 * item is alone.
 */
export function anchorFor(next: ReadonlyArray<{ id: string }>, index: number): Anchor | null {
  if (index > 0) return { afterItemId: next[index - 1].id };
  if (next.length > 1) return { beforeItemId: next[1].id };
  return null;
}

/** A 1-based position typed by a person, clamped to the backlog; null when it is not a number. */
export function parsePosition(text: string, count: number): number | null {
  const n = Number(text.trim());
  if (!text.trim() || !Number.isFinite(n)) return null;
  return Math.max(1, Math.min(count, Math.round(n)));
}
