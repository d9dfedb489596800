/**
 * The last agency's database probed by the page's inline script (issue 21), over fake-indexeddb:
 * the script's text is run as the page runs it, its answer is the store's own probe's, and the
 * shell's opening takes it once, only for the database and version it was asked of, while fresh.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  normaliseProfile,
  periodIdsOfYear,
  periodsOfYear,
  TYPICAL_2023,
  type Appeal,
  type Employee,
  type EvaluationRecord,
  type Period,
  type Profile,
  type Unit,
} from '../domain';
import { AgencyDb, openAgencyDb, agencyDbName, takeFirstRead } from './db';
import { periodRecordsOfRead, runQuery } from './queries';
import { sameData } from './same-data';
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
      await made.settings.bulkPut([
        { key: 'operatorName', value: 'Иванова' },
        { key: 'calendarAmendments', value: [] },
      ]);
      await made.statuses.bulkPut([
        { id: 's2', employeeId: 'p1', kind: 'leave', from: `${year}-03-01`, to: `${year}-03-10` } as never,
        { id: 's1', employeeId: 'p2', kind: 'leave', from: `${year}-02-01`, to: null } as never,
      ]);
      await made.periods.bulkPut(periodsOfYear(year).reverse());
      await made.profiles.bulkPut([
        { ...TYPICAL_2023, id: 'own', version: 2 },
        { ...TYPICAL_2023, id: 'own', version: 1 },
      ]);
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
    if (!read) throw new Error('nothing read');
    expect(read.year).toBe(String(year));
    // As the live queries of `store/live.ts` answer, to the last key and in their order (so that
    // `sameData` keeps the read when they first answer).
    expect(sameData(read.base.agency[0], await db.agency.toCollection().first())).toBe(true);
    expect(sameData(read.base.units, await db.units.toArray())).toBe(true);
    expect(sameData(read.base.employees, await db.employees.toArray())).toBe(true);
    expect(sameData(read.base.statuses, await db.statuses.toArray())).toBe(true);
    expect(sameData(read.base.periods, await db.periods.orderBy('id').toArray())).toBe(true);
    expect(sameData(read.base.settings, await db.settings.toArray())).toBe(true);
    expect(
      sameData((read.base.profiles as Profile[]).map(normaliseProfile), (await db.profiles.toArray()).map(normaliseProfile)),
    ).toBe(true);
    expect((read.base.units as Unit[]).map((u) => u.id)).toEqual(['u1', 'u2']);
    expect((read.base.periods as Period[]).map((p) => p.id)).toEqual(periodIdsOfYear(year).sort());
    expect((read.base.profiles as Profile[]).map((p) => p.version)).toEqual([1, 2]);
    const ids = periodIdsOfYear(year);
    const records = periodRecordsOfRead(read, ids);
    expect(sameData(records, await runQuery(db, 'periodRecords', ids))).toBe(true);
    expect(records?.records.map((r) => r.id)).toEqual([
      `${year}-Q1:ranking:p1`,
      `${year}-Q1:ranking:p2`,
      `${year}-Q2:ranking:p1`,
    ]);
    expect(records?.appeals).toHaveLength(1);
    // Records of another year are not in the read: asked for, it does not answer.
    expect(periodRecordsOfRead(read, periodIdsOfYear(year - 1))).toBeUndefined();
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
