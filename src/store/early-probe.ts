/**
 * The last agency's database probed as the page starts (issue 21): the page's inline script (PWA
 * build, `vite.config.ts`) runs `probeDatabase` on the database the shell will open, while the
 * shell's code is still on its way, and the shell's opening takes that answer instead of asking
 * again (`takeEarlyProbe`). The probe is the store's own (`store/db.ts` probes with it too): the
 * build writes this function's text into the inline script, so this module imports nothing.
 *
 * A database found at our version is read there and then too (`readFirstScreen`): the agency's own
 * tables and the records of this year's periods, what the home page is made of, in one native
 * transaction while the shell's code is read and evaluated. The shell's live queries start from
 * that answer (`store/live.ts`) and follow the database from their own first answer on.
 */

/** Where the shell remembers the agency last open in this browser (its id). */
export const LAST_AGENCY_KEY = 'bagalau.agency';
/** Every file:// page shares one origin in Chromium, so names are app-specific. */
export const AGENCY_DB_PREFIX = 'bagalau.agency.';
/**
 * The agencies' schema version: the last migration's (`store/schema.ts`, which a unit test holds
 * to it). IndexedDB's own version is ten times it (Dexie's numbering).
 */
export const SCHEMA_VERSION = 16;

/**
 * Where the database on disk stands against the native version we open it at, found by opening it
 * natively at that version — one request of the opening's own kind, not a listing of every database
 * (`indexedDB.databases()`): `same` (it opened, and is closed again), `below` or `absent` (an
 * upgrade would run: it is aborted, so nothing is created or changed; Dexie then upgrades), `above`
 * (a VersionError: newer, or our own version as Dexie patched it — the caller reads the exact
 * version), `unknown` (no IndexedDB, or another failure Dexie's open will report).
 */
export type OnDisk = 'same' | 'below' | 'absent' | 'above' | 'unknown';

/**
 * Self-contained (its text is the inline script's): no imports, no names from outside. `onOpen`, if
 * given, takes the connection of a database found the same (and closes it); otherwise it is closed.
 */
export function probeDatabase(name: string, nativeVersion: number, onOpen?: (db: IDBDatabase) => void): Promise<OnDisk> {
  return new Promise((resolve) => {
    let found: 'below' | 'absent' | undefined;
    let request: IDBOpenDBRequest;
    try {
      if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
      request = indexedDB.open(name, nativeVersion);
    } catch {
      resolve('unknown');
      return;
    }
    request.onupgradeneeded = (e) => {
      found = e.oldVersion === 0 ? 'absent' : 'below';
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      if (onOpen) onOpen(request.result);
      else request.result.close();
      resolve('same');
    };
    request.onerror = (e) => {
      e.preventDefault();
      resolve(found ?? (request.error?.name === 'VersionError' ? 'above' : 'unknown'));
    };
  });
}

/** The agency's own tables, each followed whole by `store/live.ts`. */
export const BASE_TABLES = ['agency', 'units', 'employees', 'statuses', 'periods', 'settings', 'profiles'] as const;
/** The tables of a period's records (`periodRecords` in `store/queries.ts`), each indexed by period. */
export const PERIOD_RECORD_TABLES = [
  'evaluations',
  'kciPlans',
  'pointsSheets',
  'familiarisations',
  'calibrations',
  'sittings',
  'appeals',
] as const;
export const PERIOD_INDEX = 'periodId';
export type BaseTable = (typeof BASE_TABLES)[number];
export type PeriodRecordTable = (typeof PERIOD_RECORD_TABLES)[number];

/** What the page's script read of the last agency, as IndexedDB answered (rows in key order). */
export interface EarlyRead {
  /** The calendar year whose periods' records were read: every period id that begins with it. */
  readonly year: string;
  readonly base: Readonly<Record<BaseTable, readonly unknown[]>>;
  /** Each table's rows of those periods, in the order of its period index. */
  readonly byPeriod: Readonly<Record<PeriodRecordTable, readonly unknown[]>>;
}

/**
 * Self-contained (its text is the inline script's): reads `base` whole and the rows of `byPeriod`
 * whose `index` begins with `year`, in one read-only transaction, and closes the connection. Any
 * failure (a table missing, the transaction aborted) answers undefined: the shell then reads as
 * it always does.
 */
export function readFirstScreen(
  db: IDBDatabase,
  base: readonly string[],
  byPeriod: readonly string[],
  index: string,
  year: string,
): Promise<EarlyRead | undefined> {
  return new Promise((resolve) => {
    const read = { year, base: {} as Record<string, unknown[]>, byPeriod: {} as Record<string, unknown[]> };
    // Another tab's upgrade waits for no one: this connection gives way at once.
    db.onversionchange = () => db.close();
    let tx: IDBTransaction;
    try {
      tx = db.transaction([...base, ...byPeriod], 'readonly');
      for (const table of base) {
        const request = tx.objectStore(table).getAll();
        request.onsuccess = () => {
          read.base[table] = request.result;
        };
      }
      const span = IDBKeyRange.bound(year, year + String.fromCharCode(0xffff));
      for (const table of byPeriod) {
        const request = tx.objectStore(table).index(index).getAll(span);
        request.onsuccess = () => {
          read.byPeriod[table] = request.result;
        };
      }
    } catch {
      db.close();
      resolve(undefined);
      return;
    }
    tx.oncomplete = () => {
      db.close();
      resolve(read as unknown as EarlyRead);
    };
    tx.onabort = () => {
      db.close();
      resolve(undefined);
    };
  });
}

interface EarlyProbe {
  readonly name: string;
  readonly version: number;
  /** `performance.now()` when it was asked. */
  readonly at: number;
  readonly onDisk: Promise<OnDisk>;
  /** Set when the database was found the same (before `onDisk` answers). */
  read?: Promise<EarlyRead | undefined>;
}

/** The page script's answers, taken by the shell's opening. */
export interface EarlyAnswer {
  readonly onDisk: Promise<OnDisk>;
  /** What it read of a database found the same (undefined for any other, or on a failure). */
  read(): Promise<EarlyRead | undefined>;
}

/** The global the inline script leaves its probe in, taken (and removed) by the first opening. */
const EARLY_PROBE_GLOBAL = '__bagalauEarlyProbe';
/**
 * An answer older than this is not taken: the database may have changed since (another tab). The
 * shell asks for it a few tenths of a second after the script, on a weak PC too.
 */
export const EARLY_PROBE_FRESH_MS = 2_000;

/**
 * The inline script's text: probes the last agency's database, if there is one, and reads a
 * database found the same (this year: the page's clock, as `platform/clock.ts` reads it).
 */
export function earlyProbeScript(): string {
  const args = [BASE_TABLES, PERIOD_RECORD_TABLES, PERIOD_INDEX].map((x) => JSON.stringify(x)).join(',');
  return (
    `(function(){var a=localStorage.getItem(${JSON.stringify(LAST_AGENCY_KEY)});if(a===null)return;` +
    `var n=${JSON.stringify(AGENCY_DB_PREFIX)}+a,v=${SCHEMA_VERSION * 10},r=(${readFirstScreen.toString()}),` +
    `h={name:n,version:v,at:performance.now()};` +
    `h.onDisk=(${probeDatabase.toString()})(n,v,function(d){h.read=r(d,${args},String(new Date().getFullYear()))});` +
    `window[${JSON.stringify(EARLY_PROBE_GLOBAL)}]=h})()`
  );
}

/** The probe the page's script made of this database at this version, once, while fresh. */
export function takeEarlyProbe(name: string, nativeVersion: number): EarlyAnswer | undefined {
  const holder = globalThis as { [EARLY_PROBE_GLOBAL]?: EarlyProbe };
  const early = holder[EARLY_PROBE_GLOBAL];
  if (!early) return undefined;
  delete holder[EARLY_PROBE_GLOBAL];
  const fresh = performance.now() - early.at <= EARLY_PROBE_FRESH_MS;
  if (!fresh || early.name !== name || early.version !== nativeVersion) return undefined;
  return {
    onDisk: early.onDisk,
    // Asked once `onDisk` has answered: by then a database found the same has its read under way.
    read: () => early.read ?? Promise.resolve(undefined),
  };
}
