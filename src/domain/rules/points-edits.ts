/**
 * One change to one entry of a points sheet's lists (incentives, violations, the work plan's
 * targets), as the screen makes it: an entry added, some of its fields set, or the entry removed —
 * always by the entry's id, never by its position or with the whole list. The store applies it to
 * the list as stored, inside its transaction, so a change made meanwhile to another entry or to
 * another field of the same entry (here or in another tab) is kept; the screen applies the same
 * change to what it shows until the store has it. Applying a change twice gives the same lists.
 */
import type { PlanTarget, PointsIncentive, PointsSheet, PointsViolation } from '../model';

interface EntryOf {
  readonly incentives: PointsIncentive;
  readonly violations: PointsViolation;
  readonly targets: PlanTarget;
}

export type PointsListName = keyof EntryOf;

export type PointsEdit = {
  [L in PointsListName]:
    | {
        readonly list: L;
        /** The entry as the screen has it after the change: added whole when the list has no entry of its id. */
        readonly entry: EntryOf[L];
        /** The fields the user set: only these are written over a stored entry of the same id. */
        readonly fields: readonly (keyof EntryOf[L])[];
      }
    | { readonly list: L; readonly remove: string };
}[PointsListName];

/** Some of a sheet's lists (a form may show only the targets). */
type EditedLists = Partial<Pick<PointsSheet, PointsListName>>;

/**
 * The lists with `edit` applied.
 * @example applyPointsEdit({ incentives: [a], violations: [], targets: [] }, { list: 'incentives', remove: a.id }).incentives.length === 0
 */
export function applyPointsEdit<T extends EditedLists>(lists: T, edit: PointsEdit): T {
  const entries: readonly { readonly id: string }[] = lists[edit.list] ?? [];
  if ('remove' in edit) return { ...lists, [edit.list]: entries.filter((e) => e.id !== edit.remove) };
  const { entry } = edit;
  const fields = edit.fields as readonly string[];
  const next = entries.some((e) => e.id === entry.id)
    ? entries.map((e) =>
        e.id === entry.id
          ? { ...e, ...Object.fromEntries(fields.map((f) => [f, (entry as unknown as Record<string, unknown>)[f]])) }
          : e,
      )
    : [...entries, entry];
  return { ...lists, [edit.list]: next };
}
