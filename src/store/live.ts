/**
 * The one liveQuery → Solid bridge: a signal that follows a Dexie query, in this tab and in every
 * other open tab (Dexie broadcasts changes between tabs). Dexie re-runs a query when the data
 * changes, not when a Solid signal changes: a query that depends on UI state takes it as a tracked
 * `source` and is subscribed anew whenever the source changes. The open agency's live state — its
 * organisation, typed settings and the named queries of `queries.ts` — is made here too, so no other
 * store module touches Solid and the UI never touches a table.
 */
import { liveQuery } from 'dexie';
import { createEffect, createMemo, createRoot, createSignal, onCleanup, type Accessor } from 'solid-js';
import {
  normaliseProfile,
  type Agency,
  type Employee,
  type Period,
  type Profile,
  type StatusInterval,
  type Unit,
} from '../domain';
import type { AgencyDb, RegistryAgency, RegistryDb, Setting } from './db';
import { runQuery, type QueryKey, type QueryName, type QueryResult } from './queries';
import { readSettings, type AgencySettings } from './settings';

/** A followed value and whether its first answer has come (a page shows nothing as missing before). */
export type Live<T> = Accessor<T> & { readonly loaded: Accessor<boolean> };

/** A query without UI dependencies. */
export function createLiveQuery<T>(query: () => T | Promise<T>, initial: T, onError?: (e: unknown) => void): Live<T> {
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
): Live<T> {
  const [value, setValue] = createSignal<T>(initial, { equals: false });
  const [loaded, setLoaded] = createSignal(false);
  createEffect(() => {
    const current = source();
    setLoaded(false);
    const subscription = liveQuery(() => query(current)).subscribe({
      next: (v) => {
        setValue(() => v);
        setLoaded(true);
      },
      // A failing query is a bug or a closed database: never swallow it.
      error: (e: unknown) => (onError ? onError(e) : console.error('live query failed', e)),
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return Object.assign(value, { loaded });
}

export interface AgencyLive {
  readonly agency: Accessor<Agency | undefined>;
  /**
   * The agency record and every other table here have been read (the record is undefined before,
   * and after a removal).
   */
  readonly loaded: Accessor<boolean>;
  readonly units: Accessor<readonly Unit[]>;
  readonly employees: Accessor<readonly Employee[]>;
  readonly statuses: Accessor<readonly StatusInterval[]>;
  readonly periods: Accessor<readonly Period[]>;
  readonly settings: Accessor<AgencySettings>;
  /** The settings have been read (before, they are the defaults). */
  readonly settingsLoaded: Accessor<boolean>;
  /** The agency's own methodology profiles, every version. */
  readonly ownProfiles: Accessor<readonly Profile[]>;
  /**
   * A named query followed live; the key is tracked (a page's selection) and compared by value,
   * so a new array of the same period ids does not subscribe again.
   */
  live<K extends QueryName>(name: K, key: Accessor<QueryKey<K>>, initial: QueryResult<K>): Live<QueryResult<K>>;
  /** A named query answered once (an export reads the store as it is at the click). */
  read<K extends QueryName>(name: K, key: QueryKey<K>): Promise<QueryResult<K>>;
  /**
   * A named query started now, for a page about to ask for it: kept for `PREFETCH_HOLD_MS` or until
   * the returned function gives it back, and while a page follows it (`live` with the same key
   * shares it, answered already if it has been).
   */
  prefetch<K extends QueryName>(name: K, key: QueryKey<K>, initial: QueryResult<K>): () => void;
}

/** How long a prefetched query is kept for the page it was started for. */
export const PREFETCH_HOLD_MS = 10_000;

interface SharedQuery {
  readonly value: Live<unknown>;
  users: number;
  readonly dispose: () => void;
}

export function createAgencyLive(db: AgencyDb, onError: (e: unknown) => void): AgencyLive {
  // One subscription per named query and key, whoever follows it (two pages, a prefetch and its page).
  const shared = new Map<string, SharedQuery>();
  onCleanup(() => {
    for (const query of shared.values()) query.dispose();
    shared.clear();
  });
  const acquire = <K extends QueryName>(name: K, text: string, initial: QueryResult<K>) => {
    const id = `${name} ${text}`;
    let query = shared.get(id);
    if (!query) {
      const made = createRoot((dispose) => ({
        value: createLiveQueryOn(
          () => text,
          (k) => runQuery(db, name, JSON.parse(k) as QueryKey<K>),
          initial,
          onError,
        ) as Live<unknown>,
        users: 0,
        dispose,
      }));
      shared.set(id, made);
      query = made;
    }
    const held = query;
    held.users++;
    let released = false;
    return {
      value: held.value,
      release: () => {
        if (released) return;
        released = true;
        if (--held.users === 0) {
          held.dispose();
          if (shared.get(id) === held) shared.delete(id);
        }
      },
    };
  };
  const agencyRow = createLiveQuery<Agency | undefined | null>(() => db.agency.toCollection().first(), null, onError);
  const units = createLiveQuery<readonly Unit[]>(() => db.units.toArray(), [], onError);
  const employees = createLiveQuery<readonly Employee[]>(() => db.employees.toArray(), [], onError);
  const statuses = createLiveQuery<readonly StatusInterval[]>(() => db.statuses.toArray(), [], onError);
  const periods = createLiveQuery<readonly Period[]>(() => db.periods.orderBy('id').toArray(), [], onError);
  const settingRows = createLiveQuery<readonly Setting[]>(() => db.settings.toArray(), [], onError);
  const settings = createMemo(() => readSettings(settingRows(), (key) => console.error('invalid setting ignored', key)));
  const ownProfiles = createLiveQuery<readonly Profile[]>(
    async () => (await db.profiles.toArray()).map(normaliseProfile),
    [],
    onError,
  );
  return {
    agency: () => agencyRow() ?? undefined,
    // Every base query has answered: a page is made once, with all of it (issue 21), not again as each arrives.
    loaded: () =>
      agencyRow() !== null &&
      units.loaded() &&
      employees.loaded() &&
      statuses.loaded() &&
      periods.loaded() &&
      settingRows.loaded() &&
      ownProfiles.loaded(),
    units,
    employees,
    statuses,
    periods,
    settings,
    settingsLoaded: settingRows.loaded,
    ownProfiles,
    live<K extends QueryName>(name: K, key: Accessor<QueryKey<K>>, initial: QueryResult<K>): Live<QueryResult<K>> {
      const text = createMemo(() => JSON.stringify(key()));
      // The shared query of the key shown now; given back when the key changes or the page goes.
      const query = createMemo(() => {
        const { value, release } = acquire(name, text(), initial);
        onCleanup(release);
        return value as Live<QueryResult<K>>;
      });
      // The last answer stays until the new key's comes (a page does not blink empty between them).
      const value = createMemo<QueryResult<K>>(
        (previous) => {
          const q = query();
          return q.loaded() ? q() : previous;
        },
        initial,
        { equals: false },
      );
      return Object.assign(value, { loaded: () => query().loaded() });
    },
    read: (name, key) => runQuery(db, name, key),
    prefetch(name, key, initial) {
      const { release } = acquire(name, JSON.stringify(key), initial);
      const timer = setTimeout(release, PREFETCH_HOLD_MS);
      const giveBack = () => {
        clearTimeout(timer);
        release();
      };
      onCleanup(giveBack);
      return giveBack;
    },
  };
}

/** The agencies on this machine, oldest first, followed live; undefined until read. */
export function createRegistryAgencies(registry: RegistryDb): Accessor<readonly RegistryAgency[] | undefined> {
  return createLiveQuery<readonly RegistryAgency[] | undefined>(
    async () =>
      (await registry.agencies.toArray()).sort((a, b) =>
        a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
      ),
    undefined,
  );
}
