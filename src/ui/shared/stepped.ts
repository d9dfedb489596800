/**
 * A value made by a generator in steps, a slice of them per task: the page draws and answers the
 * user in between (issue 21: no main-thread task over 100 ms — the deadline board of ten thousand
 * staff is fifty thousand cases to derive). When what the generator is made from changes, the run
 * under way is dropped and a new one starts; the last value made stays until the new one is there.
 * Inputs that keep changing (another tab importing) cannot keep the value from ever coming: once
 * it has waited `FINISH_AFTER_MS`, the run under way is finished first and the latest inputs made
 * next. A step that throws is a bug: the accessor throws it, as a memo would.
 *
 * @example const items = createStepped(() => (loaded() ? deadlineBoardSteps(input()) : undefined));
 */
import { batch, createEffect, createSignal, onCleanup, untrack, type Accessor } from 'solid-js';
import { nextTask } from '../../platform/tasks';

/** The longest a slice of steps runs before the page's thread is given back. */
export const SLICE_MS = 30;
/** How long a value may wait for new inputs before the run under way is no longer dropped. */
export const FINISH_AFTER_MS = 300;

export type Stepped<T> = Accessor<T | undefined> & {
  /** A run is under way: the value, if any, is of the inputs before. */
  readonly pending: Accessor<boolean>;
};

type Steps<T> = Iterator<unknown, T, void>;

export function createStepped<T>(start: () => Steps<T> | undefined): Stepped<T> {
  const [value, setValue] = createSignal<T | undefined>(undefined);
  const [pending, setPending] = createSignal(false);
  const [failure, setFailure] = createSignal<{ readonly error: unknown }>();
  /** The run under way, and whether it has been dropped. */
  let current: { dropped: boolean } | undefined;
  /** The latest inputs, made once the run under way is finished. */
  let queued: Steps<T> | undefined;
  /** When the inputs first changed after the last value was made. */
  let staleSince: number | undefined;

  const run = async (steps: Steps<T>) => {
    const own = { dropped: false };
    current = own;
    try {
      for (;;) {
        const until = performance.now() + SLICE_MS;
        let next = steps.next();
        while (!next.done && performance.now() < until) next = steps.next();
        if (next.done) {
          const made = next.value;
          if (!own.dropped) setValue(() => made);
          break;
        }
        await nextTask();
        if (own.dropped) return;
      }
    } catch (error) {
      if (own.dropped) return;
      current = undefined;
      queued = undefined;
      batch(() => {
        setFailure({ error });
        setPending(false);
      });
      return;
    }
    if (own.dropped) return;
    current = undefined;
    const then = queued;
    queued = undefined;
    if (then) {
      staleSince = performance.now();
      void run(then);
    } else {
      staleSince = undefined;
      setPending(false);
    }
  };

  createEffect(() => {
    const steps = start();
    if (!steps) {
      if (current) current.dropped = true;
      current = undefined;
      queued = undefined;
      staleSince = undefined;
      setPending(false);
      return;
    }
    const now = performance.now();
    staleSince ??= now;
    if (current && now - staleSince >= FINISH_AFTER_MS) {
      queued = steps;
      return;
    }
    if (current) current.dropped = true;
    queued = undefined;
    batch(() => {
      setFailure(undefined);
      setPending(true);
    });
    // The first slice runs here; what the steps read is not what this effect follows.
    untrack(() => void run(steps));
  });
  onCleanup(() => {
    if (current) current.dropped = true;
    queued = undefined;
  });

  const made = () => {
    const failed = failure();
    if (failed) throw failed.error;
    return value();
  };
  // eslint-disable-next-line solid/reactivity -- returned as the value's accessor, read in tracked scopes
  return Object.assign(made, { pending });
}
