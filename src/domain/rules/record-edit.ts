/**
 * A form's save merged with the record as stored now (issue 20 §4: no edit lost between tabs). A
 * form holds a copy of a record; by the time it is saved, another tab (or another save) may have
 * changed the record. So a save says what the form started from (`basis`) as well as what it holds
 * (`next`): a field the user changed is written, a field changed only elsewhere is kept as stored,
 * and a field changed both here and elsewhere to different values is a conflict — nothing is
 * written, and the user is shown both values to choose. Pure; fields compared by value.
 */

/** Whether two stored values are the same (arrays in order, objects by their defined fields). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameValue(x, b[i]));
  }
  const fields = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const x = fields(a);
  const y = new Map(fields(b));
  return x.length === y.size && x.every(([k, v]) => y.has(k) && sameValue(v, y.get(k)));
}

export type MergedEdit<T> =
  | { readonly kind: 'merged'; readonly record: T; readonly changed: readonly (keyof T & string)[] }
  | { readonly kind: 'conflict'; readonly fields: readonly (keyof T & string)[] };

/**
 * `next` (what the form holds) over `stored` (the record now), given `basis` (what the form
 * started from; `null`: the form creates the record, so one stored meanwhile conflicts wherever it
 * differs). Without a basis the form's copy is taken as based on the stored record.
 * @example mergeEdit({ a: 1, b: 9 }, { a: 1, b: 2 }, { a: 5, b: 2 }) → merged { a: 5, b: 9 }
 * @example mergeEdit({ a: 3 }, { a: 1 }, { a: 5 }) → conflict ['a']
 */
export function mergeEdit<T extends object>(stored: T | undefined, basis: T | null | undefined, next: T): MergedEdit<T> {
  if (!stored) return { kind: 'merged', record: next, changed: keysOf(next) };
  if (basis === null) {
    const fields = keysOf(next).filter((k) => !sameValue(next[k], stored[k]));
    return fields.length > 0 ? { kind: 'conflict', fields } : { kind: 'merged', record: stored, changed: [] };
  }
  const from = basis ?? stored;
  const record: Record<string, unknown> = { ...(stored as Record<string, unknown>) };
  const changed: (keyof T & string)[] = [];
  const conflicts: (keyof T & string)[] = [];
  for (const k of keysOf(next)) {
    const mine = !sameValue(next[k], from[k]);
    const theirs = !sameValue(stored[k], from[k]);
    if (mine && theirs && !sameValue(next[k], stored[k])) conflicts.push(k);
    else if (mine) {
      record[k] = next[k];
      if (!sameValue(next[k], stored[k])) changed.push(k);
    }
  }
  return conflicts.length > 0 ? { kind: 'conflict', fields: conflicts } : { kind: 'merged', record: record as T, changed };
}

const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[];
