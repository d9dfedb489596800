import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AgencyDb, openDb } from './db';
import { MIGRATIONS, SCHEMA_VERSION } from './schema';
import { TYPICAL_2023 } from '../domain';

/**
 * One fixture per schema version: the data an app of that version would have written. Opening it
 * with today's app must upgrade it. A migration without a fixture fails the last test.
 */
const FIXTURES: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    await db.table('agency').add({
      id: 'a',
      nameKk: 'Ұйым',
      nameRu: 'Организация',
      profileId: 'typical-2023',
      demo: false,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    await db.table('units').add({ id: 'u', name: 'Отдел', parentId: null, order: 0 });
    await db.table('employees').add({
      id: 'e',
      surname: 'Ким',
      name: 'Ольга',
      patronymic: '',
      iin: '',
      position: 'Специалист',
      category: 'E-4',
      unitId: 'u',
      managerId: null,
      appointedOn: '2020-01-01',
      publicServices: false,
    });
  },
  2: async (db) => {
    await FIXTURES[1]?.(db);
    await db.table('profiles').add({ ...TYPICAL_2023, id: 'agency-own', version: 3, builtIn: false, basedOn: 'typical-2023' });
  },
  3: async (db) => {
    await FIXTURES[2]?.(db);
    await db.table('evaluations').add({
      id: '2026-Q1:ranking:e',
      periodId: '2026-Q1',
      employeeId: 'e',
      component: 'ranking',
      scores: { quality: 400 },
      comment: '',
      evaluatorId: null,
      profileId: 'typical-2023',
      profileVersion: 1,
    });
  },
  4: async (db) => {
    await FIXTURES[3]?.(db);
    await db
      .table('kciPlans')
      .add({ id: '2026-Q1:e', periodId: '2026-Q1', employeeId: 'e', items: [], approvedOn: null, review: [] });
  },
  5: async (db) => {
    await FIXTURES[4]?.(db);
    await db.table('pointsSheets').add({
      id: '2026-Q1:e',
      periodId: '2026-Q1',
      employeeId: 'e',
      incentives: [],
      violations: [],
      targets: [],
      profileId: 'justice-2017',
      profileVersion: 1,
    });
  },
  6: async (db) => {
    await FIXTURES[5]?.(db);
    await db.table('familiarisations').add({
      id: '2026-Q1:ranking:e',
      periodId: '2026-Q1',
      employeeId: 'e',
      component: 'ranking',
      on: '2026-04-13',
      how: 'signature',
      act: '',
      note: '',
    });
  },
  7: async (db) => {
    await FIXTURES[6]?.(db);
    await db.table('calibrations').add({
      id: '2026-Q1:ranking:e',
      periodId: '2026-Q1',
      employeeId: 'e',
      component: 'ranking',
      appliedOn: '2026-04-14',
      application: '',
      decidedOn: null,
      heldOn: null,
      evaluatorArgument: '',
      participants: [],
      reason: '',
      signedOn: null,
      feedback: { on: null, achievements: '', skills: '', potential: '' },
    });
  },
  8: async (db) => {
    await FIXTURES[7]?.(db);
    await db.table('sittings').add({
      id: '2026-Q1',
      periodId: '2026-Q1',
      orderNumber: '12',
      orderDate: '2026-01-05',
      seats: [],
      heldOn: null,
      present: [],
      cases: [],
      conclusion: '',
      signedOn: null,
    });
  },
  9: async (db) => {
    await FIXTURES[8]?.(db);
    await db
      .table('survey360')
      .add({ id: '2026-Y:e', periodId: '2026-Y', evaluatedId: 'e', respondents: [{ respondentId: 'e', role: 'self' }] });
  },
  10: async (db) => {
    await FIXTURES[9]?.(db);
    await db
      .table('survey360Answers')
      .add({ token: 't1', periodId: '2026-Y', evaluatedId: 'e', role: 'peer', scores: { ethics: 400 } });
  },
  11: async (db) => {
    await FIXTURES[10]?.(db);
    await db
      .table('survey360Feedback')
      .add({ id: '2026-Y:e', periodId: '2026-Y', evaluatedId: 'e', meetingDate: '2027-01-20', discussed: 'x', actions: 'y' });
  },
  13: async (db) => {
    await FIXTURES[12]?.(db);
    await db.table('survey360Answers').update('t1', { role: 'other' });
  },
  12: async (db) => {
    await FIXTURES[11]?.(db);
    await db.table('competencySheets').add({
      id: '2026-Y:e',
      periodId: '2026-Y',
      employeeId: 'e',
      entries: [{ competency: 'management', meets: true, indicatorsNotShown: [], note: '' }],
    });
  },
};

describe('schema migrations (STYLE habit 5)', () => {
  for (const m of MIGRATIONS) {
    it(`upgrades a database written at version ${m.version} (${m.intent}) to the current schema`, async () => {
      const name = `mig-${m.version}`;
      const old = new AgencyDb(
        name,
        MIGRATIONS.filter((x) => x.version <= m.version),
      );
      await old.open();
      await FIXTURES[m.version]?.(old);
      old.close();
      const opened = await openDb(new AgencyDb(name), () => undefined);
      if (!opened.ok) throw new Error(opened.error.code);
      expect(opened.value.verno).toBe(SCHEMA_VERSION);
      expect(await opened.value.employees.get('e')).toMatchObject({ surname: 'Ким', unitId: 'u' });
      // Every later table exists after the upgrade and keeps what was there.
      expect(await opened.value.profiles.count()).toBe(m.version >= 2 ? 1 : 0);
      expect(await opened.value.evaluations.count()).toBe(m.version >= 3 ? 1 : 0);
      expect(await opened.value.kciPlans.count()).toBe(m.version >= 4 ? 1 : 0);
      expect(await opened.value.pointsSheets.count()).toBe(m.version >= 5 ? 1 : 0);
      expect(await opened.value.familiarisations.count()).toBe(m.version >= 6 ? 1 : 0);
      expect(await opened.value.calibrations.count()).toBe(m.version >= 7 ? 1 : 0);
      expect(await opened.value.sittings.count()).toBe(m.version >= 8 ? 1 : 0);
      expect(await opened.value.survey360.count()).toBe(m.version >= 9 ? 1 : 0);
      expect(await opened.value.survey360Answers.count()).toBe(m.version >= 10 ? 1 : 0);
      expect(await opened.value.survey360Feedback.count()).toBe(m.version >= 11 ? 1 : 0);
      expect(await opened.value.competencySheets.count()).toBe(m.version >= 12 ? 1 : 0);
      // Sealed answers keep self / other only, whichever version wrote them.
      expect((await opened.value.survey360Answers.toArray()).map((a) => a.role)).toEqual(m.version >= 10 ? ['other'] : []);
      opened.value.close();
    });
  }

  it('has a fixture for every migration', () => {
    expect(MIGRATIONS.map((m) => m.version).filter((v) => !FIXTURES[v])).toEqual([]);
  });

  it('numbers migrations 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('refuses a database written by a newer app version, with a reason, and leaves it as it was', async () => {
    const newer = new Dexie('from-the-future');
    newer.version(SCHEMA_VERSION + 5).stores({ agency: 'id', somethingNew: 'id' });
    await newer.open();
    await newer.table('somethingNew').add({ id: 'x' });
    newer.close();
    const opened = await openDb(new AgencyDb('from-the-future'), () => undefined);
    expect(opened).toMatchObject({ ok: false, error: { code: 'newerVersion' } });
    const again = new Dexie('from-the-future');
    await again.open();
    expect(await again.table('somethingNew').count()).toBe(1);
    // Untouched: no table of ours was added, the version is still the newer one.
    expect(again.tables.map((t) => t.name).sort()).toEqual(['agency', 'somethingNew']);
    expect(again.verno).toBe(SCHEMA_VERSION + 5);
    again.close();
  });
});

describe('another tab upgrading the schema (issue 2: never a deadlock)', () => {
  it('closes this connection and says so, so the upgrading tab is not blocked', async () => {
    let told = 0;
    const here = await openDb(new AgencyDb('two-tabs'), () => told++);
    if (!here.ok) throw new Error(here.error.code);
    const newerApp = new Dexie('two-tabs');
    newerApp.version(SCHEMA_VERSION + 1).stores({ ...Object.assign({}, ...MIGRATIONS.map((m) => m.stores)), extra: 'id' });
    await newerApp.open();
    expect(newerApp.verno).toBe(SCHEMA_VERSION + 1);
    expect(told).toBe(1);
    expect(here.value.isOpen()).toBe(false);
    newerApp.close();
  });
});
