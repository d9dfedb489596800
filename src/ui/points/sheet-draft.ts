/**
 * A form over a person's points sheet (their entries, or their targets): what it shows is the stored
 * sheet with the user's changes that the store does not have yet applied over it, entry by entry
 * (`applyPointsEdit`). So it follows the stored sheet — a save here, a change in another tab —
 * without ever dropping a change being made: a change the checks refuse is held in the form with
 * its problems until a valid one lets them be stored together, and a change sent is shown until the
 * stored sheet has it. Nothing is written as a whole list from a copy that may be stale.
 */
import { createEffect, createMemo, createSignal, on } from 'solid-js';
import { applyPointsEdit, type Period, type PointsEdit, type PointsSheet, type Problem } from '../../domain';
import { todayIso } from '../../platform/clock';
import { editPointsEntries } from '../../store/points';
import { useAgency } from '../app/agency-state';

type Lists = Partial<Pick<PointsSheet, 'incentives' | 'violations' | 'targets'>>;

interface Pending {
  readonly edit: PointsEdit;
  /** held: refused by the checks or not yet complete; sent: being stored; stored: until the sheet shown has it. */
  readonly state: 'held' | 'sent' | 'stored';
  /** For a stored change: the version of the stored sheet when the store answered. */
  readonly version: number;
}

export function createSheetDraft<D extends Lists>(opts: {
  readonly stored: () => PointsSheet | undefined;
  /** Whose sheet, of which period and unit. */
  readonly at: () => { readonly period: Period; readonly employeeId: string; readonly unitId: string };
  /** What the form shows of a sheet. */
  readonly read: (sheet: PointsSheet | undefined) => D;
  /** The form's problems with a change made. */
  readonly check: (draft: D) => Problem[];
  /** Whether these problems stop the change being stored (by default, any). */
  readonly blocks?: (found: readonly Problem[]) => boolean;
}) {
  const agency = useAgency();
  // A memo: the page hands a new row object on every stored change; only another person resets the form.
  const person = createMemo(() => opts.at().employeeId);
  // A new version only when the stored sheet's content changes (not on every answer of the query).
  const sheet = createMemo(opts.stored, undefined, {
    equals: (a, b) => a?.employeeId === b?.employeeId && JSON.stringify(a) === JSON.stringify(b),
  });
  let versions = 0;
  const version = createMemo(() => (sheet(), ++versions));
  const [pending, setPending] = createSignal<readonly Pending[]>([]);
  const [problems, setProblems] = createSignal<Problem[]>([]);
  createEffect(
    on(
      person,
      () => {
        setPending([]);
        setProblems([]);
      },
      { defer: true },
    ),
  );
  // A stored change is shown from the stored sheet once that has changed since the store answered.
  createEffect(on(version, (v) => setPending((list) => list.filter((p) => p.state !== 'stored' || p.version === v))));
  const draft = createMemo<D>(() => {
    const v = version();
    return pending()
      .filter((p) => p.state !== 'stored' || p.version === v)
      .reduce((d, p) => applyPointsEdit(d, p.edit), opts.read(sheet()));
  });

  /** Shows a change without storing it yet (a new target is stored once it is named). */
  const hold = (edit: PointsEdit) => setPending((list) => [...list, { edit, state: 'held', version: 0 }]);

  const store = async (edits: readonly PointsEdit[]) => {
    const { period, employeeId, unitId } = opts.at();
    const at = { periodId: period.id, employeeId, unitId, today: todayIso() };
    return (await agency.run(editPointsEntries(agency.ctx, at, edits, agency.profile()))) !== undefined;
  };
  /**
   * Shows a change, checks the form with it and — unless its problems stop it — stores it with
   * every change held before, in one write.
   */
  const commit = async (edit: PointsEdit): Promise<void> => {
    hold(edit);
    const found = opts.check(draft());
    setProblems(found);
    if ((opts.blocks ?? ((f) => f.length > 0))(found)) return;
    const sent = pending().filter((p) => p.state === 'held');
    const edits = sent.map((p) => p.edit);
    setPending((list) => list.map((p) => (sent.includes(p) ? { ...p, state: 'sent' } : p)));
    const ok = await store(edits);
    const v = version();
    setPending((list) =>
      ok
        ? list.map((p) => (p.state === 'sent' && edits.includes(p.edit) ? { ...p, state: 'stored', version: v } : p))
        : list.filter((p) => !edits.includes(p.edit)),
    );
  };
  return { draft, problems, hold, commit };
}
