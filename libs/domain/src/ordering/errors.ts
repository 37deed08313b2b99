/** Thrown when a move names neighbours that are not in order (`before` must sort strictly below `after`). */
export class RankOrderError extends Error {
  readonly code = 'RANK_OUT_OF_ORDER';
  readonly before: string;
  readonly after: string;

  constructor(before: string, after: string) {
    super(`Rank ${JSON.stringify(before)} must sort strictly before ${JSON.stringify(after)}`);
    this.name = 'RankOrderError';
    this.before = before;
    this.after = after;
  }
}

/** Thrown when dependencies loop; `cycle` lists the items in dependency order (each depends on the next, the last on the first). */
export class DependencyCycleError extends Error {
  readonly code = 'DEPENDENCY_CYCLE';
  readonly cycle: readonly string[];

  constructor(cycle: readonly string[]) {
    super(`Dependency cycle: ${[...cycle, cycle[0]].join(' → ')}`);
    this.name = 'DependencyCycleError';
    this.cycle = cycle;
  }
}

export type OrderingInputErrorCode = 'INVALID_RANK' | 'ORDER_MISMATCH' | 'DUPLICATE_ID' | 'INVALID_ARGUMENT';

/** Thrown when an ordering helper gets input it cannot work with (bad key, orders of different ids, …). */
export class OrderingInputError extends Error {
  readonly code: OrderingInputErrorCode;
  readonly field: string;
  readonly value: unknown;

  constructor(code: OrderingInputErrorCode, field: string, value: unknown, message: string) {
    super(message);
    this.name = 'OrderingInputError';
    this.code = code;
    this.field = field;
    this.value = value;
  }
}
