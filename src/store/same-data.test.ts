/**
 * `sameData` (issue 21): a live query's first answer keeps the page script's read only when the two
 * surely hold the same data — a false "different" costs a redraw, a false "same" would show stale data.
 */
import { describe, expect, it } from 'vitest';
import { sameData } from './same-data';

describe('sameData: two values read from IndexedDB', () => {
  it('given equal records (nested objects, arrays, the keys in another order), then they are the same', () => {
    const a = { id: 'p1', scores: { quality: 4, timeliness: 3.5 }, tags: ['a', 'b'], managerId: null };
    const b = { managerId: null, tags: ['a', 'b'], scores: { timeliness: 3.5, quality: 4 }, id: 'p1' };
    expect(sameData([a], [structuredClone(b)])).toBe(true);
    expect(sameData(undefined, undefined)).toBe(true);
    expect(sameData(Number.NaN, Number.NaN)).toBe(true);
    expect(sameData(new Date(0), new Date(0))).toBe(true);
  });

  it('given any difference — a value, a row more, the rows in another order, a key missing or undefined — then they differ', () => {
    const row = { id: 'p1', scores: { quality: 4 } };
    expect(sameData([row], [{ id: 'p1', scores: { quality: 3.75 } }])).toBe(false);
    expect(sameData([row], [row, row])).toBe(false);
    expect(sameData([row, { id: 'p2' }], [{ id: 'p2' }, row])).toBe(false);
    expect(sameData({ id: 'p1', note: undefined }, { id: 'p1' })).toBe(false);
    expect(sameData({ id: 'p1' }, { id: 'p1', note: undefined })).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData('4', 4)).toBe(false);
    expect(sameData(new Date(0), new Date(1))).toBe(false);
    expect(sameData(new Date(0), { getTime: () => 0 })).toBe(false);
  });

  it('given values other than plain data (a Blob, a typed array), then only the same object is the same', () => {
    const bytes = new Uint8Array([1, 2]);
    expect(sameData(bytes, bytes)).toBe(true);
    expect(sameData(bytes, new Uint8Array([1, 2]))).toBe(false);
    const blob = new Blob(['x']);
    expect(sameData({ file: blob }, { file: blob })).toBe(true);
    expect(sameData({ file: blob }, { file: new Blob(['x']) })).toBe(false);
  });
});
