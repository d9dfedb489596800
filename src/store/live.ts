/**
 * The one liveQuery → Solid bridge: a signal that follows a Dexie query, in this tab and in every
 * other open tab (Dexie broadcasts changes between tabs). Dexie re-runs a query when the data
 * changes, not when a Solid signal changes: a query that depends on UI state takes it as a tracked
 * `source` and is subscribed anew whenever the source changes.
 */
import { liveQuery } from 'dexie';
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';

/** A query without UI dependencies. */
export function createLiveQuery<T>(query: () => T | Promise<T>, initial: T, onError?: (e: unknown) => void): Accessor<T> {
  return createLiveQueryOn(
    () => true,
    () => query(),
    initial,
    onError,
  );
}

/** A query over a tracked source (e.g. the selected period): re-subscribed when the source changes. */
export function createLiveQueryOn<S, T>(
  source: Accessor<S>,
  query: (source: S) => T | Promise<T>,
  initial: T,
  onError?: (e: unknown) => void,
): Accessor<T> {
  const [value, setValue] = createSignal<T>(initial, { equals: false });
  createEffect(() => {
    const current = source();
    const subscription = liveQuery(() => query(current)).subscribe({
      next: (v) => setValue(() => v),
      // A failing query is a bug or a closed database: never swallow it.
      error: (e: unknown) => (onError ? onError(e) : console.error('live query failed', e)),
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return value;
}
