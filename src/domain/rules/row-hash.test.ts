import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rowHash } from './unit-exchange';

const ROW = ['e1', 'Ахметов Ерлан', 'E-4'] as const;

describe('rowHash: the fingerprint of a unit workbook row’s read-only cells (FNV-1a, 32 bits)', () => {
  it('given one ASCII cell, then it is the standard FNV-1a 32 of the text ("" → 811c9dc5, "a" → e40c292c, "foobar" → bf9cf968)', () => {
    expect([rowHash(['']), rowHash(['a']), rowHash(['foobar'])]).toEqual(['811c9dc5', 'e40c292c', 'bf9cf968']);
  });

  it('given a row of id, name and category, then it is eight lower-case hex digits, the same on every call', () => {
    expect(rowHash(ROW)).toBe('d80d2caa');
    expect(rowHash([...ROW])).toBe(rowHash(ROW));
  });

  it('given a hash small enough to have leading zeros, then it is still eight digits', () => {
    // Search a few short texts for a hash below 0x10000000 — its text form must keep the zero.
    const small = Array.from({ length: 200 }, (_, i) => [`r${i}`]).find((cells) => parseInt(rowHash(cells), 16) < 0x10000000);
    expect(small).toBeDefined();
    expect(rowHash(small ?? [])).toMatch(/^0[0-9a-f]{7}$/);
  });

  it.each([
    ['another id', ['e2', 'Ахметов Ерлан', 'E-4']],
    ['one letter of the name changed', ['e1', 'Ахметов Ерлаң', 'E-4']],
    ['another category', ['e1', 'Ахметов Ерлан', 'E-3']],
    ['a letter moved across a cell boundary (the same text joined)', ['e1А', 'хметов Ерлан', 'E-4']],
    ['two cells swapped', ['e1', 'E-4', 'Ахметов Ерлан']],
    ['an empty cell added', ['e1', 'Ахметов Ерлан', 'E-4', '']],
  ])('given %s, then the fingerprint changes', (_what, cells) => {
    expect(rowHash(cells)).not.toBe(rowHash(ROW));
  });

  it('its JSDoc @example is true', () => {
    const source = readFileSync(new URL('./unit-exchange.ts', import.meta.url), 'utf8');
    const example = /@example rowHash\((\[[^\]]*\])\) → '([^']*)'/.exec(source);
    expect(example, "rowHash has an @example of the form rowHash([...]) → 'hash'").not.toBeNull();
    const cells = JSON.parse((example?.[1] ?? '').replaceAll("'", '"')) as string[];
    expect(rowHash(cells)).toBe(example?.[2]);
  });
});
