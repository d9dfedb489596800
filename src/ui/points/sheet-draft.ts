/**
 * A form over a stored record (a person's points entries or targets): the draft follows the stored
 * record — after a save here or a change in another tab — unless the user has an invalid change
 * pending for the same person, which stays in the form with its problems until fixed.
 */
import { createEffect, createSignal, on } from 'solid-js';
import type { Problem } from '../../domain';

export function createSheetDraft<S extends { readonly employeeId: string }, D>(
  stored: () => S | undefined,
  person: () => string,
  read: (sheet: S | undefined) => D,
) {
  const [draft, setDraft] = createSignal<D>(read(undefined));
  const [problems, setProblems] = createSignal<Problem[]>([]);
  createEffect(
    on(
      () => [stored(), person()] as const,
      ([sheet, who]) => {
        if (problems().length > 0 && sheet?.employeeId === who) return;
        setDraft(() => read(sheet));
        setProblems([]);
      },
    ),
  );
  return { draft, setDraft, problems, setProblems };
}
