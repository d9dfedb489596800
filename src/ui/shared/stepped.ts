/**
 * A value made by a generator in steps, a slice of them per task: the page draws and answers the
 * user in between (issue 21: no main-thread task over 100 ms — the deadline board of ten thousand
 * staff is fifty thousand cases to derive). When what the generator is made from changes, the run
 * under way is dropped and a new one starts; the last value made stays until the new one is there.
 *
 * @example const items = createStepped(() => (loaded() ? deadlineBoardSteps(input()) : undefined));
 */
import { batch, createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import { nextTask } from '../../platform/tasks';

/** The longest a slice of steps runs before the page's thread is given back. */
export const SLICE_MS = 30;

export type Stepped<T> = Accessor<T | undefined> & {
  /** A run is under way: the value, if any, is of the inputs before. */
  readonly pending: Accessor<boolean>;
};

export function createStepped<T>(start: () => Iterator<unknown, T, void> | undefined): Stepped<T> {
  const [value, setValue] = createSignal<T | undefined>(undefined);
  const [pending, setPending] = createSignal(false);
  createEffect(() => {
    const steps = start();
    if (!steps) {
      setPending(false);
      return;
    }
    let dropped = false;
    onCleanup(() => (dropped = true));
    setPending(true);
    void (async () => {
      for (;;) {
        const until = performance.now() + SLICE_MS;
        let next = steps.next();
        while (!next.done && performance.now() < until) next = steps.next();
        if (next.done) {
          const made = next.value;
          batch(() => {
            setValue(() => made);
            setPending(false);
          });
          return;
        }
        await nextTask();
        if (dropped) return;
      }
    })();
  });
  // eslint-disable-next-line solid/reactivity -- the signal is returned as the value's accessor, read in tracked scopes
  return Object.assign(value, { pending });
}
