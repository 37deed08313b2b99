import { DependencyCycleError, OrderingInputError } from './errors';
import { formatNumber } from './format';
import { IndexHeap } from './index-heap';

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

function buildGraph(items: readonly ScoredItem[], dependencies: readonly Dependency[]): Graph {
  const n = items.length;
  const position = new Map<string, number>();
  const score = new Float64Array(n);
  items.forEach((item, i) => {
    if (position.has(item.id)) throw new OrderingInputError('DUPLICATE_ID', 'items', item.id, `Item ${item.id} is listed twice`);
    position.set(item.id, i);
    score[i] = typeof item.score === 'number' && !Number.isNaN(item.score) ? item.score : -Infinity;
  });
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
  return { n, ids: items.map((i) => i.id), score, dependantStart, dependants, prerequisiteStart, prerequisites, ignored };
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
  const g = buildGraph(items, dependencies);
  const topo = topologicalOrder(g);
  const effScore = Float64Array.from(g.score);
  const effFrom = Int32Array.from({ length: g.n }, (_, i) => i);
  const via = new Int32Array(g.n).fill(-1);
  for (let t = g.n - 1; t >= 0; t--) {
    const u = topo[t]!;
    for (let k = g.dependantStart[u]!; k < g.dependantStart[u + 1]!; k++) {
      const d = g.dependants[k]!;
      if (effScore[d]! > effScore[u]! || (effScore[d] === effScore[u] && effFrom[d]! < effFrom[u]!)) {
        effScore[u] = effScore[d]!;
        effFrom[u] = effFrom[d]!;
        via[u] = d;
      }
    }
  }
  const ready = new IndexHeap(
    (a, b) =>
      effScore[a]! > effScore[b]! ||
      (effScore[a] === effScore[b] && (effFrom[a]! < effFrom[b]! || (effFrom[a] === effFrom[b] && a < b))),
  );
  // The same ready items by their own score, to name what a pulled-up prerequisite displaced.
  const readyByOwnScore = new IndexHeap((a, b) => g.score[a]! > g.score[b]! || (g.score[a] === g.score[b] && a < b));
  const pending = new Int32Array(g.n);
  for (let u = 0; u < g.n; u++) {
    pending[u] = g.prerequisiteStart[u + 1]! - g.prerequisiteStart[u]!;
    if (pending[u] === 0) {
      ready.push(u);
      readyByOwnScore.push(u);
    }
  }
  const placed = new Uint8Array(g.n);
  const order: string[] = [];
  const overrides: DependencyOverride[] = [];
  while (ready.size > 0) {
    const u = ready.pop() as number;
    placed[u] = 1;
    order.push(g.ids[u] as string);
    if (via[u]! >= 0 && effScore[u]! > g.score[u]!) {
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
            `because ${forItem} (${describeScore(effScore[u]!)}) depends on it${chain}`,
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
