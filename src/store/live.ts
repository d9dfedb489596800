/**
 * The one liveQuery → Solid bridge: a signal that follows a Dexie query, in this tab and in every
 * other open tab (Dexie broadcasts changes between tabs). Dexie re-runs a query when the data
 * changes, not when a Solid signal changes: a query that depends on UI state takes it as a tracked
 * `source` and is subscribed anew whenever the source changes. The open agency's live state — its
 * organisation, typed settings and the named queries of `queries.ts` — is made here too, so no other
 * store module touches Solid and the UI never touches a table.
 */
import { liveQuery } from 'dexie';
import { createEffect, createMemo, createRoot, createSignal, onCleanup, untrack, type Accessor } from 'solid-js';
import {
  normaliseProfile,
  type Agency,
  type Employee,
  type Period,
  type Profile,
  type StatusInterval,
  type Unit,
} from '../domain';
import { takeFirstRead, type AgencyDb, type RegistryAgency, type RegistryDb, type Setting } from './db';
import { periodRecordsOfRead, runQuery, type QueryKey, type QueryName, type QueryResult } from './queries';
import { sameData } from './same-data';
import { readSettings, type AgencySettings } from './settings';
import type { EarlyRead } from './early-probe';

/** A followed value and whether its first answer has come (a page shows nothing as missing before). */
export type Live<T> = Accessor<T> & { readonly loaded: Accessor<boolean> };

/**
 * The query's answer as the page's script read it when the page started (`store/early-probe.ts`):
 * the value shown, and counted as loaded, until the query's own first answer — which replaces it
 * only when it differs (another tab wrote in between), so a page made from it is not made again.
 */
export interface Seed<T> {
  readonly value: T;
}

/** A query without UI dependencies. */
export function createLiveQuery<T>(
  query: () => T | Promise<T>,
  initial: T,
  onError?: (e: unknown) => void,
  seed?: Seed<T>,
): Live<T> {
  return createLiveQueryOn(
    () => true,
    () => query(),
    initial,
    onError,
    seed,
  );
}

/**
 * A query over a tracked source (e.g. the selected period): re-subscribed when the source changes.
 * A `seed` stands for the first source's answer.
 */
export function createLiveQueryOn<S, T>(
  source: Accessor<S>,
  query: (source: S) => T | Promise<T>,
  initial: T,
  onError?: (e: unknown) => void,
  seed?: Seed<T>,
): Live<T> {
  const [value, setValue] = createSignal<T>(seed ? seed.value : initial, { equals: false });
  const [loaded, setLoaded] = createSignal(seed !== undefined);
  let subscriptions = 0;
  createEffect(() => {
    const current = source();
    // The seed is the first source's: until its query answers, it stands (a later source's does not).
    let seeded = seed !== undefined && subscriptions++ === 0;
    if (!seeded) setLoaded(false);
    const subscription = liveQuery(() => query(current)).subscribe({
      next: (v) => {
        if (seeded) {
          seeded = false;
          if (sameData(v, untrack(value))) return;
        }
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
  const acquire = <K extends QueryName>(name: K, text: string, initial: QueryResult<K>, seed?: Seed<QueryResult<K>>) => {
    const id = `${name} ${text}`;
    let query = shared.get(id);
    if (!query) {
      const made = createRoot((dispose) => ({
        value: createLiveQueryOn(
          () => text,
          (k) => runQuery(db, name, JSON.parse(k) as QueryKey<K>),
          initial,
          onError,
          seed,
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
  // The first screen's data as the page's script read it (issue 21), if it did: each table's query
  // starts from it, and the home page's records are answered from it once (`prefetch`).
  let first = takeFirstRead(db);
  // Only the page made with the agency, in this task, may start from it: later, it is out of date.
  queueMicrotask(() => {
    first = undefined;
  });
  /** A table's query, from the page script's read of it if there is one. */
  const follow = <T>(query: () => Promise<T>, initial: T, fromRead: (read: EarlyRead) => T): Live<T> =>
    createLiveQuery(query, initial, onError, first ? { value: fromRead(first) } : undefined);
  const agencyRow = follow<Agency | undefined | null>(
    () => db.agency.toCollection().first(),
    null,
    (read) => read.base.agency[0] as Agency | undefined,
  );
  const units = follow<readonly Unit[]>(
    () => db.units.toArray(),
    [],
    (read) => read.base.units as Unit[],
  );
  const employees = follow<readonly Employee[]>(
    () => db.employees.toArray(),
    [],
    (read) => read.base.employees as Employee[],
  );
  const statuses = follow<readonly StatusInterval[]>(
    () => db.statuses.toArray(),
    [],
    (read) => read.base.statuses as StatusInterval[],
  );
  // In the order of their ids, the table's key: as IndexedDB reads them.
  const periods = follow<readonly Period[]>(
    () => db.periods.orderBy('id').toArray(),
    [],
    (read) => read.base.periods as Period[],
  );
  const settingRows = follow<readonly Setting[]>(
    () => db.settings.toArray(),
    [],
    (read) => read.base.settings as Setting[],
  );
  const settings = createMemo(() => readSettings(settingRows(), (key) => console.error('invalid setting ignored', key)));
  const ownProfiles = follow<readonly Profile[]>(
    async () => (await db.profiles.toArray()).map(normaliseProfile),
    [],
    (read) => (read.base.profiles as Profile[]).map(normaliseProfile),
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
      // The page's script read this year's records as the page started: the first prefetch of them
      // (the home page's, made with the agency) is answered from that; nothing later is.
      const read = first;
      first = undefined;
      const seed = read && name === 'periodRecords' ? periodRecordsOfRead(read, key as QueryKey<'periodRecords'>) : undefined;
      const { release } = acquire(
        name,
        JSON.stringify(key),
        initial,
        seed && ({ value: seed } as Seed<QueryResult<typeof name>>),
      );
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
