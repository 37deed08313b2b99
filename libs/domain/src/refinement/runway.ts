/**
 * The "ready runway": how many weeks of work are ready, at the pace the team has recently
 * finished work. Two to three sprints of ready items is the common guidance; much less
 * starves sprint planning, much more means refinement ran ahead of learning.
 */
export interface ReadyRunwayInput {
  /** Sizes of the items that are ready (not archived). Unsized ready items count as `unsizedAs`. */
  readonly readySizes: ReadonlyArray<number | null>;
  /** Size finished per recent full week, oldest first. */
  readonly weeklyDoneSize: readonly number[];
  readonly unsizedAs?: number;
}

export interface ReadyRunway {
  readonly readyItems: number;
  readonly readySize: number;
  /** Mean size finished per week over the weeks given; null without history. */
  readonly weeklyThroughput: number | null;
  /** readySize / weeklyThroughput, one decimal; null without throughput. */
  readonly weeks: number | null;
  readonly explanation: string;
}

export function readyRunway(input: ReadyRunwayInput): ReadyRunway {
  const unsized = input.unsizedAs ?? 1;
  const readyItems = input.readySizes.length;
  const readySize = input.readySizes.reduce<number>((sum, s) => sum + (typeof s === 'number' && Number.isFinite(s) ? s : unsized), 0);
  const history = input.weeklyDoneSize.filter((n) => Number.isFinite(n) && n >= 0);
  const total = history.reduce((a, b) => a + b, 0);
  const weeklyThroughput = history.length && total > 0 ? total / history.length : null;
  const weeks = weeklyThroughput ? Math.round((readySize / weeklyThroughput) * 10) / 10 : null;
  const round = (n: number) => Math.round(n * 10) / 10;
  const explanation =
    weeks === null
      ? `${readyItems} ready item${readyItems === 1 ? '' : 's'} (size ${round(readySize)}); no finished work in the last ${history.length || 'few'} weeks to measure a pace`
      : `${round(readySize)} ready ÷ ${round(weeklyThroughput!)} done per week = ${weeks} week${weeks === 1 ? '' : 's'} of ready work`;
  return { readyItems, readySize, weeklyThroughput, weeks, explanation };
}

const WEEK_MS = 7 * 86_400_000;

/**
 * Size finished in each of the last `weeks` full weeks (weeks start on Sunday, UTC; the current,
 * partial week is left out), oldest first. Unsized items count as `unsizedAs`.
 */
export function weeklyDoneSize(done: ReadonlyArray<{ readonly at: Date; readonly size: number | null }>, now: Date, weeks: number, unsizedAs = 1): number[] {
  const weekStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - now.getUTCDay());
  const from = weekStart - weeks * WEEK_MS;
  const weekly = new Array<number>(weeks).fill(0);
  for (const d of done) {
    const at = d.at.getTime();
    if (at < from || at >= weekStart) continue;
    weekly[Math.floor((at - from) / WEEK_MS)] += d.size ?? unsizedAs;
  }
  return weekly;
}
