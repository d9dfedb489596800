/**
 * Numbers as people type them in Kazakhstan: a decimal comma (`3,75`) or a point, spaces (incl.
 * non-breaking) as thousands separators.
 * @example parseDecimal('3,75') === 3.75
 */
export function parseDecimal(raw: string | number): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  const text = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}
