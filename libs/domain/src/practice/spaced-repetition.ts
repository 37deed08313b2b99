import { isObjectiveId, OBJECTIVE_CATEGORIES, objectiveCategory, type ObjectiveCategory, type ObjectiveId, TRAINER_OBJECTIVES } from './objectives';
import type { Exercise } from './types';

export interface PracticeAttempt {
  readonly exerciseId: string;
  readonly objective: ObjectiveId | string;
  /** 0..1 as `scoreAttempt` gave it. */
  readonly score: number;
  /** When it was made: an ISO timestamp or date, or a Date. */
  readonly at: string | Date;
}

/** Mastery is the weighted mean of the last MASTERY_WINDOW scores, the latest weighing most (each older one × MASTERY_DECAY). */
export const MASTERY_WINDOW = 5;
export const MASTERY_DECAY = 0.7;
/** An objective unseen for this many days counts as fully stale. */
export const STALE_AFTER_DAYS = 30;
/** How much low mastery and staleness weigh in what to practise next. */
export const NEED_WEIGHTS = { lowMastery: 0.7, staleness: 0.3 } as const;

const DAY_MS = 86_400_000;

export interface ObjectiveMastery {
  readonly objective: ObjectiveId;
  /** 0..1; 0 when never practised. */
  readonly mastery: number;
  readonly attempts: number;
  /** Epoch milliseconds of the latest attempt; null when never practised. */
  readonly lastAt: number | null;
}

export interface MasteryReport {
  /** Every trainer objective, in objective order. */
  readonly byObjective: Readonly<Record<ObjectiveId, ObjectiveMastery>>;
  /** Mean mastery of the category's trainer objectives, unpractised ones counting 0. */
  readonly byCategory: Readonly<Record<ObjectiveCategory, number>>;
}

const toMs = (at: string | Date): number => (at instanceof Date ? at.getTime() : Date.parse(at));

interface CleanAttempt {
  readonly exerciseId: string;
  readonly objective: ObjectiveId;
  readonly score: number;
  readonly ms: number;
  readonly index: number;
}

/** Attempts that can be used: a known objective, a finite score (clamped to 0..1), a readable time; oldest first. */
function clean(attempts: readonly PracticeAttempt[]): CleanAttempt[] {
  const result: CleanAttempt[] = [];
  attempts.forEach((a, index) => {
    const ms = toMs(a.at);
    if (!isObjectiveId(a.objective) || typeof a.score !== 'number' || !Number.isFinite(a.score) || !Number.isFinite(ms)) return;
    result.push({ exerciseId: a.exerciseId, objective: a.objective, score: Math.min(1, Math.max(0, a.score)), ms, index });
  });
  return result.sort((x, y) => x.ms - y.ms || x.index - y.index);
}

function weightedRecent(scores: readonly number[]): number {
  const recent = scores.slice(-MASTERY_WINDOW).reverse();
  let total = 0;
  let weights = 0;
  recent.forEach((score, k) => {
    const w = MASTERY_DECAY ** k;
    total += w * score;
    weights += w;
  });
  return weights === 0 ? 0 : total / weights;
}

export function masteryByObjective(attempts: readonly PracticeAttempt[]): MasteryReport {
  const byObjectiveScores = new Map<ObjectiveId, { scores: number[]; lastAt: number }>();
  for (const a of clean(attempts)) {
    const entry = byObjectiveScores.get(a.objective) ?? { scores: [], lastAt: a.ms };
    entry.scores.push(a.score);
    entry.lastAt = a.ms;
    byObjectiveScores.set(a.objective, entry);
  }
  const byObjective = {} as Record<ObjectiveId, ObjectiveMastery>;
  for (const objective of TRAINER_OBJECTIVES) {
    const entry = byObjectiveScores.get(objective);
    byObjective[objective] = {
      objective,
      mastery: entry === undefined ? 0 : weightedRecent(entry.scores),
      attempts: entry?.scores.length ?? 0,
      lastAt: entry?.lastAt ?? null,
    };
  }
  const byCategory = {} as Record<ObjectiveCategory, number>;
  for (const category of OBJECTIVE_CATEGORIES) {
    const objectives = TRAINER_OBJECTIVES.filter((o) => objectiveCategory(o) === category);
    byCategory[category] = objectives.reduce((sum, o) => sum + byObjective[o].mastery, 0) / objectives.length;
  }
  return { byObjective, byCategory };
}

/** How much an objective needs practice: 0..1, 1 for never practised. */
export function practiceNeed(mastery: ObjectiveMastery, nowMs: number): number {
  if (mastery.lastAt === null) return 1;
  const staleness = Math.min(1, Math.max(0, (nowMs - mastery.lastAt) / DAY_MS / STALE_AFTER_DAYS));
  return NEED_WEIGHTS.lowMastery * (1 - mastery.mastery) + NEED_WEIGHTS.staleness * staleness;
}

/**
 * What to practise next: objectives in order of need (never practised, then low mastery, then long
 * unseen), one exercise from each in turn, so a session spreads over the weakest objectives. Within
 * an objective: exercises never tried first, then the one tried longest ago. Deterministic: ties go
 * by objective id and catalogue order.
 */
export function nextExercises(catalogue: readonly Exercise[], attempts: readonly PracticeAttempt[], now: string | Date, count: number): Exercise[] {
  const nowMs = toMs(now);
  const wanted = Number.isFinite(count) ? Math.max(0, Math.floor(count)) : 0;
  if (wanted === 0 || catalogue.length === 0) return [];
  const usable = clean(attempts);
  const { byObjective } = masteryByObjective(usable.map((a) => ({ ...a, at: new Date(a.ms) })));
  const lastTried = new Map<string, number>();
  for (const a of usable) lastTried.set(a.exerciseId, a.ms);

  const queues = new Map<ObjectiveId, Exercise[]>();
  catalogue.forEach((exercise) => {
    const queue = queues.get(exercise.objective) ?? [];
    queue.push(exercise);
    queues.set(exercise.objective, queue);
  });
  for (const queue of queues.values()) {
    const position = new Map(queue.map((e, i) => [e.id, i]));
    queue.sort((x, y) => (lastTried.get(x.id) ?? -Infinity) - (lastTried.get(y.id) ?? -Infinity) || (position.get(x.id) ?? 0) - (position.get(y.id) ?? 0));
  }
  const rank = (o: ObjectiveId): number => TRAINER_OBJECTIVES.indexOf(o);
  const need = (o: ObjectiveId): number =>
    practiceNeed(byObjective[o] ?? { objective: o, mastery: 0, attempts: 0, lastAt: null }, Number.isFinite(nowMs) ? nowMs : 0);
  const objectives = [...queues.keys()].sort((x, y) => need(y) - need(x) || rank(x) - rank(y));

  const picked: Exercise[] = [];
  for (let round = 0; picked.length < wanted; round++) {
    let any = false;
    for (const objective of objectives) {
      const exercise = queues.get(objective)?.[round];
      if (exercise === undefined) continue;
      any = true;
      picked.push(exercise);
      if (picked.length === wanted) break;
    }
    if (!any) break;
  }
  return picked;
}
