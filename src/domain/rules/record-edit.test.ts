import { describe, expect, it } from 'vitest';
import { mergeEdit, sameValue } from './record-edit';

describe('a form’s save merged with the record as stored (issue 20 §4)', () => {
  it('given a field changed only here and one only elsewhere, then both are kept', () => {
    expect(mergeEdit({ a: 1, b: 9 }, { a: 1, b: 2 }, { a: 5, b: 2 })).toEqual({
      kind: 'merged',
      record: { a: 5, b: 9 },
      changed: ['a'],
    });
  });

  it('given a field changed here and elsewhere to other values, then it is a conflict; to the same value, it is not', () => {
    expect(mergeEdit({ a: 3 }, { a: 1 }, { a: 5 })).toEqual({ kind: 'conflict', fields: ['a'] });
    expect(mergeEdit({ a: 5 }, { a: 1 }, { a: 5 })).toEqual({ kind: 'merged', record: { a: 5 }, changed: [] });
  });

  it('given a form that creates the record (basis null), then one stored meanwhile conflicts wherever it differs', () => {
    expect(mergeEdit({ a: 1, b: 2 }, null, { a: 1, b: 3 })).toEqual({ kind: 'conflict', fields: ['b'] });
    expect(mergeEdit(undefined, null, { a: 1 })).toEqual({ kind: 'merged', record: { a: 1 }, changed: ['a'] });
  });

  it('compares lists in order and objects by their defined fields, whatever the order of the keys', () => {
    expect(sameValue([{ id: 'a', name: 'x' }], [{ name: 'x', id: 'a' }])).toBe(true);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
