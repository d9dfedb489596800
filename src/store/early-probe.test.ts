/**
 * The last agency's database probed by the page's inline script (issue 21), over fake-indexeddb:
 * the script's text is run as the page runs it, its answer is the store's own probe's, and the
 * shell's opening takes it once, only for the database and version it was asked of, while fresh.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { periodIdsOfYear, TYPICAL_2023, type Appeal, type Employee, type EvaluationRecord } from '../domain';
import { AgencyDb, openAgencyDb, agencyDbName, takeFirstRead } from './db';
import { periodRecordsOfRead, runQuery } from './queries';
import {
  AGENCY_DB_PREFIX,
  EARLY_PROBE_FRESH_MS,
  LAST_AGENCY_KEY,
  earlyProbeScript,
  probeDatabase,
  readFirstScreen,
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
    expect(await taken?.onDisk).toBe('same');
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

  it("given the last agency on disk at our version, then the script reads its own tables and this year's records as Dexie's queries answer them; the shell's opening keeps that read for its live queries, once", async () => {
    const id = freshId();
    const name = agencyDbName(id);
    const year = new Date().getFullYear();
    const made = new AgencyDb(name);
    const person = (n: string, unitId: string): Employee => ({
      id: n,
      surname: n,
      name: '',
      patronymic: '',
      iin: '',
      position: '',
      category: 'C-4',
      unitId,
      managerId: null,
      appointedOn: '2020-01-01',
      publicServices: false,
    });
    const evaluation = (periodId: string, employeeId: string): EvaluationRecord => ({
      id: `${periodId}:ranking:${employeeId}`,
      periodId,
      employeeId,
      component: 'ranking',
      scores: { quality: 4 },
      comment: '',
      evaluatorId: null,
      profileId: TYPICAL_2023.id,
      profileVersion: 1,
    });
    await made.transaction('rw', made.tables, async () => {
      await made.agency.put({
        id: 'a',
        name: 'Агентство',
        profileId: TYPICAL_2023.id,
        createdAt: '2026-01-01T00:00:00.000Z',
      } as never);
      await made.units.bulkPut([
        { id: 'u2', name: 'Второй', parentId: null } as never,
        { id: 'u1', name: 'Первый', parentId: null } as never,
      ]);
      await made.employees.bulkPut([person('p2', 'u1'), person('p1', 'u2')]);
      await made.settings.put({ key: 'operatorName', value: 'Иванова' });
      await made.evaluations.bulkPut([
        evaluation(`${year}-Q2`, 'p1'),
        evaluation(`${year}-Q1`, 'p2'),
        evaluation(`${year}-Q1`, 'p1'),
        evaluation(`${year - 1}-Q4`, 'p1'),
        evaluation(`${year + 1}-Q1`, 'p1'),
      ]);
      await made.appeals.put({ id: 'ap', periodId: `${year}-Y`, employeeId: 'p1' } as unknown as Appeal);
    });
    made.close();
    lastAgency(id);
    runScript();
    const opened = await openAgencyDb(name, () => undefined);
    if (!opened.ok) throw new Error(opened.error.code);
    const db = opened.value;
    const read = takeFirstRead(db);
    expect(read?.year).toBe(String(year));
    expect(read?.base.agency).toEqual(await db.agency.toArray());
    expect(read?.base.units).toEqual(await db.units.toArray());
    expect(read?.base.employees).toEqual(await db.employees.toArray());
    expect(read?.base.periods).toEqual(await db.periods.orderBy('id').toArray());
    expect(read?.base.settings).toEqual(await db.settings.toArray());
    expect(read?.base.profiles).toEqual(await db.profiles.toArray());
    const ids = periodIdsOfYear(year);
    const records = read && periodRecordsOfRead(read, ids);
    expect(records).toEqual(await runQuery(db, 'periodRecords', ids));
    expect(records?.records.map((r) => r.id)).toEqual([
      `${year}-Q1:ranking:p1`,
      `${year}-Q1:ranking:p2`,
      `${year}-Q2:ranking:p1`,
    ]);
    expect(records?.appeals).toHaveLength(1);
    // Records of another year are not in the read: asked for, it does not answer.
    expect(read && periodRecordsOfRead(read, periodIdsOfYear(year - 1))).toBeUndefined();
    expect(takeFirstRead(db)).toBeUndefined();
    db.close();
  });

  it('given a database missing one of the tables read, then the read answers nothing (the shell reads as it always does) and the connection is closed', async () => {
    const name = agencyDbName(freshId());
    const other = new Dexie(name);
    other.version(1).stores({ agency: 'id' });
    await other.open();
    other.close();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(await readFirstScreen(db, ['agency', 'units'], [], 'periodId', '2026')).toBeUndefined();
    // Closed: a new transaction on it is refused.
    expect(() => db.transaction(['agency'], 'readonly')).toThrow();
  });
});
