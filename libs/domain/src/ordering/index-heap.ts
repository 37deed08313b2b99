/** A binary heap of array indices; `before(a, b)` says a must come out before b. */
export class IndexHeap {
  private readonly items: number[] = [];

  constructor(private readonly before: (a: number, b: number) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): number | undefined {
    return this.items[0];
  }

  push(value: number): void {
    const items = this.items;
    let i = items.push(value) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(value, items[parent] as number)) break;
      items[i] = items[parent] as number;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && this.before(items[right] as number, items[left] as number) ? right : left;
      if (!this.before(items[child] as number, last)) break;
      items[i] = items[child] as number;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/**
 * A binary heap of array indices that come out by `keys[i]` ascending, equal keys by index
 * ascending: IndexHeap's order for a comparator that is one key, without a call per comparison.
 */
export class KeyedIndexHeap {
  private readonly items: number[] = [];

  constructor(private readonly keys: Int32Array | Float64Array) {}

  get size(): number {
    return this.items.length;
  }

  peek(): number | undefined {
    return this.items[0];
  }

  push(value: number): void {
    const items = this.items;
    const keys = this.keys;
    const key = keys[value]!;
    let i = items.push(value) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent]!;
      const pk = keys[p]!;
      if (!(key < pk || (key === pk && value < p))) break;
      items[i] = p;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number | undefined {
    const items = this.items;
    const keys = this.keys;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    const lastKey = keys[last]!;
    const length = items.length;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= length) break;
      let child = left;
      let childKey = keys[items[left]!]!;
      const right = left + 1;
      if (right < length) {
        const rightKey = keys[items[right]!]!;
        if (rightKey < childKey || (rightKey === childKey && items[right]! < items[left]!)) {
          child = right;
          childKey = rightKey;
        }
      }
      const c = items[child]!;
      if (!(childKey < lastKey || (childKey === lastKey && c < last))) break;
      items[i] = c;
      i = child;
    }
    items[i] = last;
    return top;
  }
}
