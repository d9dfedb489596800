/**
 * The rows whose index holds one of some keys, read with one `getAll` per key. Dexie's `anyOf`
 * walks a cursor instead — one request, and one task on the page, per row — which on the first
 * screen of an agency with a year of scores is most of its reading (issue 21). The rows come in
 * Dexie's `anyOf` order: by key, then by primary key.
 */
import type { Table } from 'dexie';

export async function whereAnyOf<T>(table: Table<T>, index: string, keys: readonly string[]): Promise<T[]> {
  const parts = await Promise.all([...new Set(keys)].sort().map((k) => table.where(index).equals(k).toArray()));
  return parts.flat();
}

/**
 * The same rows read with one `getAll` over the span of the keys, the rows between them left out:
 * for keys that lie close together — the periods of one year, '2026' to '2026-Q4' — where one read
 * replaces five (each read costs the page's thread its request, issue 21).
 */
export async function whereInSpan<T>(table: Table<T>, index: string, keys: readonly string[]): Promise<T[]> {
  const wanted = new Set(keys);
  const sorted = [...wanted].sort();
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  if (lo === undefined || hi === undefined) return [];
  return rowsOfKeys(await table.where(index).between(lo, hi, true, true).toArray(), index, wanted);
}

/** The rows, in their order, whose `index` holds one of the keys (a span's rows, or a wider read's). */
export const rowsOfKeys = <T>(rows: readonly T[], index: string, keys: ReadonlySet<string>): T[] =>
  rows.filter((row) => keys.has((row as Record<string, unknown>)[index] as string));
