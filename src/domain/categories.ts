/**
 * Position categories of corps "B" (METHODOLOGY §1; full lists in seed 000, local level in 004 §3.4).
 * Local executive bodies use E-…, central and regional bodies B-, C-, D- and their -O-/-R- variants.
 */
const range = (prefix: string, to: number): string[] => Array.from({ length: to }, (_, i) => `${prefix}-${i + 1}`);

/** Every category the acts name (000 Appendix 4), in display order. */
export const CATEGORIES: readonly string[] = [
  ...range('E', 5),
  ...range('E-R', 5),
  ...range('E-G', 4),
  ...range('B', 6),
  ...range('C', 5),
  ...range('C-O', 6),
  ...range('C-R', 5),
  ...range('D', 5),
  ...range('D-O', 6),
];

const CATEGORY_SET = new Set(CATEGORIES);

/**
 * Normalises how people type a category: Cyrillic look-alikes (Е, В, С, Д→D, О, Р, G/Г), spaces,
 * dashes of any kind. Returns the canonical code or `undefined` when it is not a category.
 * @example normaliseCategory('е-р-2') === 'E-R-2'
 */
export function normaliseCategory(raw: string): string | undefined {
  if (CATEGORY_SET.has(raw)) return raw;
  const latin = raw
    .trim()
    .toUpperCase()
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, '')
    .replace(/Е/g, 'E')
    .replace(/В/g, 'B')
    .replace(/С/g, 'C')
    .replace(/Д/g, 'D')
    .replace(/О/g, 'O')
    .replace(/Р/g, 'R')
    .replace(/Г/g, 'G');
  // 000 Appendix 4 spells «С-0-1» with a digit zero for the letter O.
  const lettered = latin.replace(/^([A-Z])-?0-?(\d)$/, '$1-O-$2');
  if (CATEGORY_SET.has(lettered)) return lettered;
  // "E2" or "E-R2" → "E-2", "E-R-2"
  const dashed = latin.replace(/^([A-Z](?:-?[A-Z])?)-?(\d)$/, (_m, letters: string, digit: string) => {
    const parts = letters.replace('-', '').split('');
    return `${parts.join('-')}-${digit}`;
  });
  return CATEGORY_SET.has(dashed) ? dashed : undefined;
}

/** 004 §3.4: E-1, E-2, E-3, E-R-1, E-R-2, E-R-3 are unit-head categories (when heading a unit). */
export const HEAD_CATEGORIES: readonly string[] = ['E-1', 'E-2', 'E-3', 'E-R-1', 'E-R-2', 'E-R-3'];
