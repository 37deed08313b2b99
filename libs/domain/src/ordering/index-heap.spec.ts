import { describe, expect, it } from 'vitest';
import { IndexHeap } from './index-heap';

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
