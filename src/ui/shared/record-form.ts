/**
 * A form over one stored record that never loses an edit between tabs (issue 20 §4). It shows the
 * stored record — followed live, here and from other tabs — with the user's changes over it, field
 * by field: a field the user has not touched follows the store; one they changed keeps their value.
 * It remembers, for each changed field, the stored value the user saw when changing it; a save hands
 * the store that basis (`mergeEdit` writes only the user's fields and refuses when one of them was
 * changed elsewhere too), and the form lists those conflicts before the save as well — with both
 * values — for the user to keep theirs (the save then overwrites) or take the stored one.
 */
import { createEffect, createMemo, createSignal, on, type Accessor } from 'solid-js';
import { sameValue } from '../../domain';

export interface RecordForm<T extends object> {
  /** What the form shows: the stored record (or a fresh one) with the user's changes over it. */
  readonly value: Accessor<T>;
  /** The stored record, or the fresh one the form starts a new record from. */
  readonly stored: Accessor<T>;
  readonly dirty: Accessor<boolean>;
  /** Fields the user changed that were changed elsewhere too since, to other values. */
  readonly conflicts: Accessor<readonly (keyof T & string)[]>;
  change(patch: Partial<T>): void;
  /** The user keeps their values of the conflicting fields: the next save writes them over the stored ones. */
  keepMine(): void;
  /** The user takes the stored values of the conflicting fields. */
  takeTheirs(): void;
  /** What a save hands the store: the record (with `extra` fields set) and what the form started from. */
  toSave(extra?: Partial<T>): { readonly next: T; readonly basis: T };
  /** After a save (which answered with `record`): the form shows the stored record again. */
  saved(record?: T): void;
}

export function createRecordForm<T extends object>(opts: {
  /** The stored record, or the fresh one to create (followed live). */
  readonly stored: Accessor<T>;
  /** Which record the form is on: another one (another period, another sitting) starts a clean form. */
  readonly identity: Accessor<string>;
}): RecordForm<T> {
  const live = createMemo(opts.stored, undefined, { equals: sameValue });
  // The record a save here answered with, shown until the store's own answer arrives (no flicker back).
  const [echo, setEcho] = createSignal<T | undefined>(undefined);
  createEffect(on(live, () => setEcho(undefined), { defer: true }));
  const stored = () => echo() ?? live();
  const [mine, setMine] = createSignal<Partial<T>>({});
  const [seen, setSeen] = createSignal<Partial<T>>({});
  const identity = createMemo(opts.identity);
  const saved = (record?: T) => {
    setEcho(() => record);
    setMine(() => ({}));
    setSeen(() => ({}));
  };
  createEffect(on(identity, () => saved(), { defer: true }));
  const fields = () => Object.keys(mine()) as (keyof T & string)[];
  const conflicts = createMemo(() =>
    fields().filter((k) => !sameValue(stored()[k], seen()[k]) && !sameValue(stored()[k], mine()[k])),
  );
  const drop = (keys: readonly (keyof T)[]) => {
    const without = (o: Partial<T>) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k as keyof T)));
    setMine((m) => without(m) as Partial<T>);
    setSeen((s) => without(s) as Partial<T>);
  };
  return {
    value: () => ({ ...stored(), ...mine() }),
    stored,
    dirty: () => fields().length > 0,
    conflicts,
    change(patch) {
      const now = stored();
      const first = Object.fromEntries(
        Object.keys(patch)
          .filter((k) => !(k in seen()))
          .map((k) => [k, now[k as keyof T]]),
      );
      setSeen((s) => ({ ...first, ...s }));
      setMine((m) => ({ ...m, ...patch }));
      // A field changed back to what the form started from is no change.
      drop((Object.keys(patch) as (keyof T)[]).filter((k) => sameValue(patch[k], now[k]) && sameValue(seen()[k], now[k])));
    },
    keepMine() {
      const now = stored();
      setSeen((s) => ({ ...s, ...Object.fromEntries(conflicts().map((k) => [k, now[k]])) }));
    },
    takeTheirs: () => drop(conflicts()),
    toSave(extra = {}) {
      return { next: { ...stored(), ...mine(), ...extra }, basis: { ...stored(), ...seen() } };
    },
    saved,
  };
}
