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
