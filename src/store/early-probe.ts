/**
 * The last agency's database probed as the page starts (issue 21): the page's inline script (PWA
 * build, `vite.config.ts`) runs `probeDatabase` on the database the shell will open, while the
 * shell's code is still on its way, and the shell's opening takes that answer instead of asking
 * again (`takeEarlyProbe`). The probe is the store's own (`store/db.ts` probes with it too): the
 * build writes this function's text into the inline script, so this module imports nothing.
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

/** Self-contained (its text is the inline script's): no imports, no names from outside. */
export function probeDatabase(name: string, nativeVersion: number): Promise<OnDisk> {
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
      request.result.close();
      resolve('same');
    };
    request.onerror = (e) => {
      e.preventDefault();
      resolve(found ?? (request.error?.name === 'VersionError' ? 'above' : 'unknown'));
    };
  });
}

interface EarlyProbe {
  readonly name: string;
  readonly version: number;
  /** `performance.now()` when it was asked. */
  readonly at: number;
  readonly onDisk: Promise<OnDisk>;
}

/** The global the inline script leaves its probe in, taken (and removed) by the first opening. */
const EARLY_PROBE_GLOBAL = '__bagalauEarlyProbe';
/**
 * An answer older than this is not taken: the database may have changed since (another tab). The
 * shell asks for it a few tenths of a second after the script, on a weak PC too.
 */
export const EARLY_PROBE_FRESH_MS = 2_000;

/** The inline script's text: probes the last agency's database, if there is one. */
export function earlyProbeScript(): string {
  return (
    `(function(){var a=localStorage.getItem(${JSON.stringify(LAST_AGENCY_KEY)});if(a===null)return;` +
    `var n=${JSON.stringify(AGENCY_DB_PREFIX)}+a,v=${SCHEMA_VERSION * 10};` +
    `window[${JSON.stringify(EARLY_PROBE_GLOBAL)}]={name:n,version:v,at:performance.now(),onDisk:(${probeDatabase.toString()})(n,v)}})()`
  );
}

/** The probe the page's script made of this database at this version, once, while fresh. */
export function takeEarlyProbe(name: string, nativeVersion: number): Promise<OnDisk> | undefined {
  const holder = globalThis as { [EARLY_PROBE_GLOBAL]?: EarlyProbe };
  const early = holder[EARLY_PROBE_GLOBAL];
  if (!early) return undefined;
  delete holder[EARLY_PROBE_GLOBAL];
  const fresh = performance.now() - early.at <= EARLY_PROBE_FRESH_MS;
  return fresh && early.name === name && early.version === nativeVersion ? early.onDisk : undefined;
}
