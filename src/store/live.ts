/**
 * The one liveQuery → Solid bridge: a signal that follows a Dexie query, in this tab and in every
 * other open tab (Dexie broadcasts changes between tabs).
 */
import { liveQuery } from 'dexie';
import { createSignal, onCleanup, type Accessor } from 'solid-js';

export function createLiveQuery<T>(query: () => T | Promise<T>, initial: T, onError?: (e: unknown) => void): Accessor<T> {
  const [value, setValue] = createSignal<T>(initial, { equals: false });
  const subscription = liveQuery(query).subscribe({
    next: (v) => setValue(() => v),
    // A failing query is a bug or a closed database: never swallow it.
    error: (e: unknown) => (onError ? onError(e) : console.error('live query failed', e)),
  });
  onCleanup(() => subscription.unsubscribe());
  return value;
}
