import { describe, expect, it } from 'vitest';
import { IndexHeap, KeyedIndexHeap } from './index-heap';

describe('IndexHeap', () => {
  it.each([
    [[]],
    [[5]],
    [[3, 1, 2]],
    [[9, 9, 1, 7, 3, 3, 0, 8, 2, 6, 5, 4]],
  ])('pops %j in the order its comparator asks for, ties by index', (values) => {
    const heap = new IndexHeap((a, b) => values[a]! > values[b]! || (values[a] === values[b] && a < b));
    values.forEach((_, i) => heap.push(i));
    const popped: number[] = [];
    for (let i = heap.pop(); i !== undefined; i = heap.pop()) popped.push(i);
    const expected = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
    expect(popped).toEqual(expected);
    expect(heap.size).toBe(0);
    expect(heap.peek()).toBeUndefined();
  });
});

describe('KeyedIndexHeap', () => {
  it.each([
    [[]],
    [[5]],
    [[3, 1, 2]],
    [[9, 9, 1, 7, 3, 3, 0, 8, 2, 6, 5, 4, -Infinity, 0, 9]],
  ])('pops %j by key ascending, equal keys by index, as IndexHeap with that comparator', (values) => {
    const keys = Float64Array.from(values);
    const keyed = new KeyedIndexHeap(keys);
    const plain = new IndexHeap((a, b) => keys[a]! < keys[b]! || (keys[a] === keys[b] && a < b));
    // Pushed in a scrambled order, popped half-way, pushed again: both heaps agree throughout.
    const order = values.map((_, i) => (i * 7) % Math.max(values.length, 1));
    const popped: [number | undefined, number | undefined][] = [];
    for (const i of new Set(order)) {
      keyed.push(i);
      plain.push(i);
      if (i % 3 === 0) popped.push([keyed.pop(), plain.pop()]);
    }
    while (keyed.size > 0 || plain.size > 0) popped.push([keyed.pop(), plain.pop()]);
    for (const [a, b] of popped) expect(a).toBe(b);
    expect(keyed.peek()).toBeUndefined();
  });
});
