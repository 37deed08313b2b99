import { DependencyCycleError, OrderingInputError } from './errors';
import { formatNumber } from './format';
import { KeyedIndexHeap } from './index-heap';

export interface ScoredItem {
  readonly id: string;
  /** Higher goes first; null (unscored) sorts below every number. */
  readonly score: number | null;
}

/** [itemId, dependsOnId]: itemId cannot start before dependsOnId is done. */
export type Dependency = readonly [itemId: string, dependsOnId: string];

/** A prerequisite placed above a higher-scoring item because something scoring higher still needs it. */
export interface DependencyOverride {
  /** The prerequisite that moved up. */
  readonly itemId: string;
  /** The item that depends on it directly: the dependency [dependantId, itemId]. */
  readonly dependantId: string;
  /** The item whose score pulled it up: dependantId itself, or an item further up the chain. */
  readonly forId: string;
  /** The available item with the highest score that it now sits above. */
  readonly displacedId: string;
  readonly explanation: string;
}

export interface DependencyOrderResult {
  readonly order: readonly string[];
  readonly overrides: readonly DependencyOverride[];
  /** Dependencies naming an id that is not among the items (e.g. already done); they constrain nothing. */
  readonly ignored: readonly Dependency[];
}

interface Graph {
  readonly n: number;
  readonly ids: readonly string[];
  readonly score: Float64Array;
  /** CSR adjacency: dependants of u are dependants[dependantStart[u] .. dependantStart[u + 1]). */
  readonly dependantStart: Int32Array;
  readonly dependants: Int32Array;
  readonly prerequisiteStart: Int32Array;
  readonly prerequisites: Int32Array;
  readonly ignored: Dependency[];
}

function csr(n: number, from: readonly number[], to: readonly number[]): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (const f of from) start[f + 1]! += 1;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const targets = new Int32Array(from.length);
  from.forEach((f, k) => (targets[fill[f]!++] = to[k]!));
  return [start, targets];
}

function buildGraph(ids: readonly string[], scores: ArrayLike<number | null>, dependencies: readonly Dependency[]): Graph {
  const n = ids.length;
  const position = new Map<string, number>();
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (position.has(id)) throw new OrderingInputError('DUPLICATE_ID', 'items', id, `Item ${id} is listed twice`);
    position.set(id, i);
    const s = scores[i];
    score[i] = typeof s === 'number' && !Number.isNaN(s) ? s : -Infinity;
  }
  const prerequisiteOf: number[] = [];
  const dependantOf: number[] = [];
  const ignored: Dependency[] = [];
  for (const dependency of dependencies) {
    const [itemId, dependsOnId] = dependency;
    const d = position.get(itemId);
    const p = position.get(dependsOnId);
    if (d === undefined || p === undefined) {
      ignored.push(dependency);
      continue;
    }
    if (d === p) throw new DependencyCycleError([itemId]);
    prerequisiteOf.push(p);
    dependantOf.push(d);
  }
  const [dependantStart, dependants] = csr(n, prerequisiteOf, dependantOf);
  const [prerequisiteStart, prerequisites] = csr(n, dependantOf, prerequisiteOf);
  return { n, ids, score, dependantStart, dependants, prerequisiteStart, prerequisites, ignored };
}

/** Kahn's algorithm, prerequisites first; on a cycle, throws with the items of one cycle in dependency order. */
function topologicalOrder(g: Graph): Int32Array {
  const pending = new Int32Array(g.n);
  for (let u = 0; u < g.n; u++) pending[u] = g.prerequisiteStart[u + 1]! - g.prerequisiteStart[u]!;
  const order = new Int32Array(g.n);
  let head = 0;
  let tail = 0;
  for (let u = 0; u < g.n; u++) if (pending[u] === 0) order[tail++] = u;
  while (head < tail) {
    const u = order[head++]!;
    for (let k = g.dependantStart[u]!; k < g.dependantStart[u + 1]!; k++) {
      const d = g.dependants[k]!;
      if (--pending[d]! === 0) order[tail++] = d;
    }
  }
  if (tail < g.n) throw new DependencyCycleError(findCycle(g, pending));
  return order;
}

/**
 * Every item left with pending prerequisites has one that is also left, so walking from item to
 * pending prerequisite must revisit an item: the walk from that item on is a cycle.
 */
function findCycle(g: Graph, pending: Int32Array): string[] {
  let u = pending.findIndex((count) => count > 0);
  const seenAt = new Map<number, number>();
  const walk: number[] = [];
  while (!seenAt.has(u)) {
    seenAt.set(u, walk.length);
    walk.push(u);
    for (let k = g.prerequisiteStart[u]!; k < g.prerequisiteStart[u + 1]!; k++) {
      const p = g.prerequisites[k]!;
      if (pending[p]! > 0) {
        u = p;
        break;
      }
    }
  }
  const cycle = walk.slice(seenAt.get(u));
  // Start at the item listed first, so the same cycle is always reported the same way.
  const first = cycle.indexOf(cycle.reduce((min, i) => Math.min(min, i)));
  return [...cycle.slice(first), ...cycle.slice(0, first)].map((i) => g.ids[i] as string);
}

/**
 * Each item's place in the order by (score desc, position asc), a permutation of 0…n−1: distinct
 * scores sorted natively, then a stable counting sort of the items by their score's place.
 */
function scoreRanks(score: Float64Array): Int32Array {
  const n = score.length;
  const distinct = Float64Array.from(score).sort();
  let d = 0;
  for (let i = 0; i < n; i++) if (d === 0 || distinct[i] !== distinct[d - 1]) distinct[d++] = distinct[i]!;
  // bucket 0 holds the highest score.
  const bucket = new Int32Array(n);
  const start = new Int32Array(d + 1);
  for (let i = 0; i < n; i++) {
    const s = score[i]!;
    let lo = 0;
    let hi = d - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    bucket[i] = d - 1 - lo;
    start[bucket[i]! + 1]! += 1;
  }
  for (let b = 0; b < d; b++) start[b + 1]! += start[b]!;
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[i] = start[bucket[i]!]!++;
  return rank;
}

const describeScore = (s: number): string => (s === -Infinity ? 'no score' : `score ${formatNumber(s)}`);

/**
 * Score order (highest first, ties in input order) that never puts an item above one it depends on.
 * A prerequisite inherits the priority of the best item waiting on it — (score, input position) of
 * that item — so it is pulled up to just where that item would go, instead of the waiting item
 * being pushed down below everything scoring more than the prerequisite. Then Kahn's algorithm
 * with a heap keyed by (inherited score desc, inherited position asc, own position asc).
 * O((n + e) log n).
 */
export function dependencyOrder(items: readonly ScoredItem[], dependencies: readonly Dependency[]): DependencyOrderResult {
  const ids = items.map((i) => i.id);
  const result = dependencyOrderOf(
    ids,
    items.map((i) => i.score),
    dependencies,
  );
  return { order: Array.from(result.order, (i) => ids[i] as string), overrides: result.overrides, ignored: result.ignored };
}

/** dependencyOrder of parallel arrays (ids[i] scores scores[i]): the order as indices into them. */
export function dependencyOrderOf(
  ids: readonly string[],
  scores: ArrayLike<number | null>,
  dependencies: readonly Dependency[],
): { order: Int32Array; overrides: DependencyOverride[]; ignored: Dependency[] } {
  const g = buildGraph(ids, scores, dependencies);
  const topo = topologicalOrder(g);
  // rank: every item's place by (own score desc, position asc); a lower rank comes first.
  const rank = scoreRanks(g.score);
  // effFrom[u]: the item whose (score, position) u inherits, the best among u and all that wait on it.
  const effFrom = Int32Array.from({ length: g.n }, (_, i) => i);
  const via = new Int32Array(g.n).fill(-1);
  for (let t = g.n - 1; t >= 0; t--) {
    const u = topo[t]!;
    for (let k = g.dependantStart[u]!; k < g.dependantStart[u + 1]!; k++) {
      const d = g.dependants[k]!;
      if (rank[effFrom[d]!]! < rank[effFrom[u]!]!) {
        effFrom[u] = effFrom[d]!;
        via[u] = d;
      }
    }
  }
  const effScore = (u: number): number => g.score[effFrom[u]!]!;
  // Ready items by inherited (score desc, position asc), then own position …
  const readyKey = new Int32Array(g.n);
  for (let u = 0; u < g.n; u++) readyKey[u] = rank[effFrom[u]!]!;
  const ready = new KeyedIndexHeap(readyKey);
  // … and the same ready items by their own score, to name what a pulled-up prerequisite displaced.
  const readyByOwnScore = new KeyedIndexHeap(rank);
  const pending = new Int32Array(g.n);
  for (let u = 0; u < g.n; u++) {
    pending[u] = g.prerequisiteStart[u + 1]! - g.prerequisiteStart[u]!;
    if (pending[u] === 0) {
      ready.push(u);
      readyByOwnScore.push(u);
    }
  }
  const placed = new Uint8Array(g.n);
  const order = new Int32Array(g.n);
  let placedCount = 0;
  const overrides: DependencyOverride[] = [];
  while (ready.size > 0) {
    const u = ready.pop() as number;
    placed[u] = 1;
    order[placedCount++] = u;
    if (via[u]! >= 0 && effScore(u) > g.score[u]!) {
      while (readyByOwnScore.size > 0 && placed[readyByOwnScore.peek() as number]) readyByOwnScore.pop();
      const x = readyByOwnScore.peek();
      if (x !== undefined && g.score[x]! > g.score[u]!) {
        const [item, dependant, forItem, displaced] = [u, via[u]!, effFrom[u]!, x].map((i) => g.ids[i] as string);
        const chain = dependant === forItem ? '' : ` (through ${dependant})`;
        overrides.push({
          itemId: item as string,
          dependantId: dependant as string,
          forId: forItem as string,
          displacedId: displaced as string,
          explanation:
            `${item} (${describeScore(g.score[u]!)}) goes above ${displaced} (${describeScore(g.score[x]!)}) ` +
            `because ${forItem} (${describeScore(effScore(u))}) depends on it${chain}`,
        });
      }
    }
    for (let k = g.dependantStart[u]!; k < g.dependantStart[u + 1]!; k++) {
      const d = g.dependants[k]!;
      if (--pending[d]! === 0) {
        ready.push(d);
        readyByOwnScore.push(d);
      }
    }
  }
  return { order, overrides, ignored: g.ignored };
}

/**
 * The cycle that adding "itemId depends on dependsOnId" would close, in dependency order starting
 * with itemId (each depends on the next, the last on itemId), or null when the dependency is safe.
 */
export function wouldCreateCycle(dependencies: readonly Dependency[], itemId: string, dependsOnId: string): string[] | null {
  if (itemId === dependsOnId) return [itemId];
  const dependsOn = new Map<string, string[]>();
  for (const [item, prerequisite] of dependencies) {
    const list = dependsOn.get(item);
    if (list) list.push(prerequisite);
    else dependsOn.set(item, [prerequisite]);
  }
  // Breadth-first from dependsOnId along "depends on": the shortest way back to itemId, if any.
  const cameFrom = new Map<string, string | null>([[dependsOnId, null]]);
  const queue = [dependsOnId];
  for (let head = 0; head < queue.length; head++) {
    const current = queue[head] as string;
    for (const next of dependsOn.get(current) ?? []) {
      if (next === itemId) {
        const path: string[] = [];
        for (let at: string | null = current; at !== null; at = cameFrom.get(at) ?? null) path.push(at);
        return [itemId, ...path.reverse()];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}
