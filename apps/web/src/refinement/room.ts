/**
 * Pure helpers of the refinement room: the clock against the timebox, acceptance criteria as
 * text with a Given / When / Then template, the reveal's distribution over the whole scale, the
 * Definition of Ready checklist and the split form's rules. Plain data in, plain data out.
 */
import { cardValue, type SpidrPattern } from '@backlog-studio/domain';
import type { Problem } from '../api/errors';

// ---------- time ----------

/** 0 → "0:00", 65 → "1:05", 3725 → "1:02:05". */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export type TimeboxState = 'none' | 'within' | 'near' | 'over';

/** Within the timebox, in its last fifth ("near"), or over it; "none" without a timebox. */
export function timeboxState(seconds: number, timeboxMinutes: number | null | undefined): TimeboxState {
  if (!timeboxMinutes || timeboxMinutes <= 0) return 'none';
  const limit = timeboxMinutes * 60;
  if (seconds > limit) return 'over';
  return seconds >= limit * 0.8 ? 'near' : 'within';
}

/** "4:05 of 10:00", "12:10 of 10:00, 2:10 over", "4:05, no timebox". */
export function timeVsTimebox(seconds: number, timeboxMinutes: number | null | undefined): string {
  const spent = formatClock(seconds);
  if (!timeboxMinutes || timeboxMinutes <= 0) return `${spent}, no timebox`;
  const limit = timeboxMinutes * 60;
  const of = `${spent} of ${formatClock(limit)}`;
  return seconds > limit ? `${of}, ${formatClock(seconds - limit)} over` : of;
}

/**
 * Seconds spent on an agenda entry now: the server's figure (which includes the focus up to the
 * moment it answered) plus, for the item in focus of a live session, the time since that answer.
 */
export function secondsNow(entry: { secondsSpent: number; inFocus: boolean }, live: boolean, receivedAt: number, now: number): number {
  if (!live || !entry.inFocus) return entry.secondsSpent;
  return entry.secondsSpent + Math.max(0, Math.floor((now - receivedAt) / 1000));
}

// ---------- acceptance criteria ----------

export const GWT_PLACEHOLDERS = ['[context]', '[action]', '[outcome]'] as const;
export const GWT_TEMPLATE = `Given ${GWT_PLACEHOLDERS[0]}, when ${GWT_PLACEHOLDERS[1]}, then ${GWT_PLACEHOLDERS[2]}`;

/** One criterion per line; blank lines and surrounding spaces dropped. */
export function criteriaFromText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function criteriaToText(criteria: readonly string[]): string {
  return criteria.join('\n');
}

/**
 * Puts the Given / When / Then template on a line of its own after the line the cursor is on
 * (or on the empty line it is on) and selects its first placeholder, so typing replaces it.
 */
export function insertTemplate(text: string, cursor: number): { text: string; selectionStart: number; selectionEnd: number } {
  const at = Math.max(0, Math.min(cursor, text.length));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nextBreak = text.indexOf('\n', at);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lineEmpty = text.slice(lineStart, lineEnd).trim() === '';
  let before: string;
  let after: string;
  if (lineEmpty) {
    before = text.slice(0, lineStart);
    after = text.slice(lineEnd);
  } else {
    before = `${text.slice(0, lineEnd)}\n`;
    after = text.slice(lineEnd);
  }
  const next = `${before}${GWT_TEMPLATE}${after}`;
  const start = before.length + GWT_TEMPLATE.indexOf(GWT_PLACEHOLDERS[0]);
  return { text: next, selectionStart: start, selectionEnd: start + GWT_PLACEHOLDERS[0].length };
}

/** 1-based numbers of the criteria that still hold a template placeholder. */
export function unfilledCriteria(criteria: readonly string[]): number[] {
  return criteria.flatMap((c, i) => (GWT_PLACEHOLDERS.some((p) => c.includes(p)) ? [i + 1] : []));
}

/** A criterion written as Given … when … then … (in any case, the Given optional). */
export function isGivenWhenThen(criterion: string): boolean {
  return /\bwhen\b[\s\S]*\bthen\b/i.test(criterion);
}

// ---------- estimation ----------

/** Every card of the round's scale with its votes (0 where nobody chose it), in scale order. */
export function distributionRows(cards: readonly string[], counts: ReadonlyArray<{ card: string; votes: number }>): Array<{ card: string; votes: number }> {
  const byCard = new Map(counts.map((c) => [c.card, c.votes]));
  return cards.map((card) => ({ card, votes: byCard.get(card) ?? 0 }));
}

/** Cards that can become a size ("?" and other cards without a number cannot). */
export function sizeCards(cards: readonly string[]): string[] {
  return cards.filter((c) => cardValue(c) !== null);
}

/** The card to propose accepting: the single most chosen card, when it is a size. */
export function suggestedCard(distribution: { modes: readonly string[] } | null | undefined): string | null {
  const modes = distribution?.modes ?? [];
  return modes.length === 1 && cardValue(modes[0]) !== null ? modes[0] : null;
}

/** Roving focus over a row of cards: arrows move (wrapping), Home and End jump; null for other keys. */
export function nextCardIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

// ---------- Definition of Ready ----------

export interface ChecklistLine {
  id: string;
  text: string;
  rule: string;
  /** MANUAL lines are ticked by the team; the others the tool checks. */
  manual: boolean;
  met: boolean;
}

/**
 * The Definition of Ready for one item: automatic lines met or not as the API checked them,
 * MANUAL lines met when ticked here (the API's readiness never counts them: they travel as `ticked`).
 */
export function readinessChecklist(
  definition: ReadonlyArray<{ id: string; text: string; rule: string }>,
  readiness: { met: readonly string[] },
  ticked: readonly string[],
): ChecklistLine[] {
  return definition.map((line) => {
    const manual = line.rule === 'MANUAL';
    return { id: line.id, text: line.text, rule: line.rule, manual, met: manual ? ticked.includes(line.id) : readiness.met.includes(line.id) };
  });
}

/**
 * The lines a refused "mark ready" named (BAD_USER_INPUT fields with field `definitionOfReady`
 * and rule = the line's id), in words; other field errors keep their message, prefixed by the field.
 */
export function readinessProblems(problem: Problem | null, definition: ReadonlyArray<{ id: string; text: string }>): string[] {
  if (!problem || problem.kind !== 'fields') return [];
  return problem.fields.map((f) => {
    if (f.field === 'definitionOfReady') {
      const line = definition.find((d) => d.id === f.rule);
      return line ? `Not met: ${line.text}` : f.message;
    }
    return `${f.field}: ${f.message}`;
  });
}

// ---------- splitting ----------

export interface SplitChildDraft {
  title: string;
  pattern: SpidrPattern | '';
}

export const MIN_SPLIT_CHILDREN = 2;

/** What stops a split from being sent: fewer than two children, a child without title or pattern, two with the same title. */
export function splitIssues(children: readonly SplitChildDraft[]): string[] {
  const issues: string[] = [];
  if (children.length < MIN_SPLIT_CHILDREN) issues.push(`A split needs at least ${MIN_SPLIT_CHILDREN} children.`);
  children.forEach((c, i) => {
    if (!c.title.trim()) issues.push(`Child ${i + 1} needs a title.`);
    if (!c.pattern) issues.push(`Child ${i + 1} needs a SPIDR pattern.`);
  });
  const titles = children.map((c) => c.title.trim().toLowerCase()).filter(Boolean);
  if (new Set(titles).size !== titles.length) issues.push('Two children have the same title.');
  return issues;
}

// ---------- agenda ----------

/** Agenda entries move like backlog rows (re-exported for the room's components and tests). */
export { moveEntry } from '../ordering/reorder';

/** A timebox typed in minutes: empty → none; a whole number 1–240; anything else undefined (invalid). */
export function parseTimebox(text: string): number | null | undefined {
  const t = text.trim();
  if (!t) return null;
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 1 && n <= 240 ? n : undefined;
}

// ---------- settings ----------

/** Custom cards typed as "1, 2, 3 5 ?" → ["1", "2", "3", "5", "?"]: commas, semicolons or spaces between, each once. */
export function cardsFromText(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((c) => c.trim()).filter(Boolean))];
}

// ---------- live events ----------

/** A live event in words, for the room's polite announcements ("Ana voted: 2 votes so far"). */
export function describeEvent(event: { type: string; actor: string; votesCast?: number | null }): string {
  const who = event.actor || 'Someone';
  switch (event.type) {
    case 'VOTE_CAST':
      return `${who} voted${event.votesCast ? `: ${event.votesCast} vote${event.votesCast === 1 ? '' : 's'} so far` : ''}`;
    case 'ROUND_STARTED':
      return `${who} opened an estimation round`;
    case 'ROUND_REVEALED':
      return `${who} revealed the votes`;
    case 'ESTIMATE_ACCEPTED':
      return `${who} accepted an estimate`;
    case 'FOCUS_CHANGED':
      return `${who} moved the focus to another item`;
    case 'AGENDA_CHANGED':
      return `${who} changed the agenda`;
    case 'CRITERIA_CHANGED':
      return `${who} changed the acceptance criteria`;
    case 'QUESTION_ASKED':
      return `${who} asked a question`;
    case 'QUESTION_ANSWERED':
      return `${who} answered a question`;
    case 'ITEM_READY':
      return `${who} marked an item ready`;
    case 'ITEM_SPLIT':
      return `${who} split an item`;
    case 'PARTICIPANT_JOINED':
      return `${who} joined`;
    case 'PARTICIPANT_LEFT':
      return `${who} left`;
    case 'SESSION_STARTED':
      return `${who} started the session`;
    case 'SESSION_CLOSED':
      return `${who} closed the session`;
    default:
      return `${who} changed the session`;
  }
}
