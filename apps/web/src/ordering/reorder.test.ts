import { describe, expect, test } from 'vitest';
import { anchorFor, moveInList, parsePosition } from './reorder';

const ids = (list: { id: string }[]) => list.map((i) => i.id).join('');
const abcde = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

describe('a backlog move', () => {
  test('takes the item out and puts it at the index it ends up at', () => {
    expect(ids(moveInList(abcde, 0, 2))).toBe('bcade');
    expect(ids(moveInList(abcde, 4, 0))).toBe('eabcd');
    expect(ids(moveInList(abcde, 1, 4))).toBe('acdeb');
    expect(ids(moveInList(abcde, 2, 2))).toBe('abcde');
    expect(ids(moveInList(abcde, 0, 99))).toBe('bcdea');
  });

  test('is anchored after the item above it, or before the one below at the top', () => {
    const down = moveInList(abcde, 0, 2);
    expect(anchorFor(down, 2)).toEqual({ afterItemId: 'c' });
    const top = moveInList(abcde, 3, 0);
    expect(anchorFor(top, 0)).toEqual({ beforeItemId: 'a' });
    expect(anchorFor([{ id: 'x' }], 0)).toBeNull();
  });

  test('a typed position is clamped to the backlog', () => {
    expect(parsePosition('3', 5)).toBe(3);
    expect(parsePosition(' 0 ', 5)).toBe(1);
    expect(parsePosition('12', 5)).toBe(5);
    expect(parsePosition('2.6', 5)).toBe(3);
    expect(parsePosition('', 5)).toBeNull();
    expect(parsePosition('top', 5)).toBeNull();
  });
});
