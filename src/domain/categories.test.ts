import { describe, expect, it } from 'vitest';
import { CATEGORIES, HEAD_CATEGORIES, normaliseCategory } from './categories';

describe('position categories (METHODOLOGY §1, seed 000)', () => {
  it('lists the local E, E-R, E-G and central B, C, D categories', () => {
    for (const c of ['E-1', 'E-5', 'E-R-5', 'E-G-4', 'B-1', 'C-O-3', 'D-O-6']) expect(CATEGORIES).toContain(c);
    expect(CATEGORIES).not.toContain('E-6');
    // 000 Appendix 4 names no B-O-…, C-6, C-R-6 or D-6.
    for (const c of ['B-O-1', 'C-6', 'C-R-6', 'D-6']) expect(CATEGORIES).not.toContain(c);
  });

  it('000 Appendix 4: «С-0-1» — the digit zero read as the letter O', () => {
    expect(normaliseCategory('С-0-1')).toBe('C-O-1');
    expect(normaliseCategory('D-0-3')).toBe('D-O-3');
    expect(normaliseCategory('С0-4')).toBe('C-O-4');
    expect(normaliseCategory('E-0-1')).toBeUndefined();
  });

  it('accepts what people type: Cyrillic letters, no dash, lower case, long dashes', () => {
    expect(normaliseCategory('Е-2')).toBe('E-2');
    expect(normaliseCategory('е-р-3')).toBe('E-R-3');
    expect(normaliseCategory('E4')).toBe('E-4');
    expect(normaliseCategory('ER2')).toBe('E-R-2');
    expect(normaliseCategory('С-О-1')).toBe('C-O-1');
    expect(normaliseCategory('E–3')).toBe('E-3');
  });

  it('refuses what is not a category', () => {
    expect(normaliseCategory('E-9')).toBeUndefined();
    expect(normaliseCategory('главный')).toBeUndefined();
    expect(normaliseCategory('')).toBeUndefined();
  });

  it('004 §3.4: E-1…E-3 and E-R-1…E-R-3 are unit-head categories; E-4 is staff', () => {
    expect(HEAD_CATEGORIES).toEqual(['E-1', 'E-2', 'E-3', 'E-R-1', 'E-R-2', 'E-R-3']);
  });
});
