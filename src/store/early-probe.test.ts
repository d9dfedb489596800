/**
 * The last agency's database probed by the page's inline script (issue 21), over fake-indexeddb:
 * the script's text is run as the page runs it, its answer is the store's own probe's, and the
 * shell's opening takes it once, only for the database and version it was asked of, while fresh.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgencyDb, openAgencyDb, agencyDbName } from './db';
import {
  AGENCY_DB_PREFIX,
  EARLY_PROBE_FRESH_MS,
  LAST_AGENCY_KEY,
  earlyProbeScript,
  probeDatabase,
  takeEarlyProbe,
} from './early-probe';
import { MIGRATIONS, SCHEMA_VERSION } from './schema';

const run = (globalThis.process?.pid ?? 0).toString(36);
let n = 0;
const freshId = () => `early-${run}-${++n}`;

/** A stand-in for the page's localStorage, holding the last agency's id. */
function lastAgency(id: string | null) {
  vi.stubGlobal('localStorage', { getItem: (key: string) => (key === LAST_AGENCY_KEY ? id : null) });
  vi.stubGlobal('window', globalThis);
}
/** Runs the inline script's text as the page does. */
const runScript = () => new Function(earlyProbeScript())();
/** An agency's database made at our version, remembered as the last one, and the script run: its id. */
async function lastAgencyOnDisk(): Promise<string> {
  const id = freshId();
  const made = new AgencyDb(agencyDbName(id));
  await made.open();
  made.close();
  lastAgency(id);
  runScript();
  return id;
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as { __bagalauEarlyProbe?: unknown }).__bagalauEarlyProbe;
});

describe('the early probe (issue 21)', () => {
  it('is at the version of the last migration', () => {
    expect(MIGRATIONS[MIGRATIONS.length - 1]?.version).toBe(SCHEMA_VERSION);
    expect(agencyDbName('x')).toBe(`${AGENCY_DB_PREFIX}x`);
  });

  it('given no agency opened before in this browser, then the script probes nothing', () => {
    lastAgency(null);
    runScript();
    expect(takeEarlyProbe(agencyDbName('any'), SCHEMA_VERSION * 10)).toBeUndefined();
  });

  it('given the last agency on disk at our version, then the script finds it the same, and the shell takes that answer once', async () => {
    const id = await lastAgencyOnDisk();
    const taken = takeEarlyProbe(agencyDbName(id), SCHEMA_VERSION * 10);
    expect(await taken).toBe('same');
    expect(takeEarlyProbe(agencyDbName(id), SCHEMA_VERSION * 10)).toBeUndefined();
  });

  it('given the last agency not on disk, then the script finds it absent and creates nothing; the opening of the shell then finds nothing either', async () => {
    const id = freshId();
    lastAgency(id);
    runScript();
    const opened = await openAgencyDb(agencyDbName(id), () => undefined, { onlyExisting: true });
    expect(opened.ok ? 'opened' : opened.error.code).toBe('notFound');
    expect(await Dexie.exists(agencyDbName(id))).toBe(false);
  });

  it('given the last agency found the same by the script but deleted by another tab before the shell opens it, then it is not created again', async () => {
    const id = await lastAgencyOnDisk();
    const early = (globalThis as { __bagalauEarlyProbe?: { onDisk: Promise<string> } }).__bagalauEarlyProbe;
    expect(await early?.onDisk).toBe('same');
    await Dexie.delete(agencyDbName(id));
    const opened = await openAgencyDb(agencyDbName(id), () => undefined, { onlyExisting: true });
    expect(opened.ok ? 'opened' : opened.error.code).toBe('notFound');
    expect(await Dexie.exists(agencyDbName(id))).toBe(false);
  });

  it('given an older database, then the script finds it below and leaves it as it is (no upgrade)', async () => {
    const name = agencyDbName(freshId());
    const old = new Dexie(name);
    old.version(1).stores({ agency: 'id' });
    await old.open();
    old.close();
    expect(await probeDatabase(name, SCHEMA_VERSION * 10)).toBe('below');
    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(1);
    again.close();
  });

  it('given a probe of another database or version, or one made too long ago, then the shell does not take it', async () => {
    const id = freshId();
    lastAgency(id);
    runScript();
    expect(takeEarlyProbe(agencyDbName('other'), SCHEMA_VERSION * 10)).toBeUndefined();
    runScript();
    expect(takeEarlyProbe(agencyDbName(id), SCHEMA_VERSION * 10 + 1)).toBeUndefined();
    runScript();
    const now = performance.now();
    vi.spyOn(performance, 'now').mockReturnValue(now + EARLY_PROBE_FRESH_MS + 1);
    expect(takeEarlyProbe(agencyDbName(id), SCHEMA_VERSION * 10)).toBeUndefined();
  });
});
