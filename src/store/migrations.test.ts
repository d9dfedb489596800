import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AgencyDb, openAgencyDb, openDb, RegistryDb } from './db';
import { AGENCY_SCHEMA_HISTORY, REGISTRY_SCHEMA_HISTORY, type PinnedVersion } from './migrations-history';
import { openRegistry } from './open';
import { CURRENT_SCHEMA, MIGRATIONS, REGISTRY_DB_NAME, SCHEMA_VERSION } from './schema';
import { ballotsFromLegacy, TYPICAL_2023, type LegacySurvey360Answer } from '../domain';

/**
 * Each schema version is opened as the app of that version opened it — with the pinned copy of the
 * schema it shipped (`migrations-history.ts`), not today's `MIGRATIONS` — filled with the rows that
 * app wrote, closed, and opened with today's `AgencyDb`, which must upgrade it and keep every row.
 */

type Rows = Readonly<Record<string, readonly object[]>>;

/** A database of a pinned version, declared as that version's app declared it (no upgrade runs: it is new). */
function openPinned(name: string, history: readonly PinnedVersion[], version: number): Dexie {
  const db = new Dexie(name);
  for (const pinned of history.filter((p) => p.version <= version)) db.version(pinned.version).stores(pinned.stores);
  return db;
}

async function writeRows(db: Dexie, rows: Rows): Promise<void> {
  for (const [table, list] of Object.entries(rows)) await db.table(table).bulkAdd([...list]);
}

/** Tables, primary keys and indexes as Dexie understood the declaration (order aside). */
const schemaOf = (db: Dexie) =>
  Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()]]));

const tablesUpTo = (history: readonly PinnedVersion[], version: number): string[] => {
  const tables = new Set<string>();
  for (const p of history.filter((x) => x.version <= version))
    for (const [name, spec] of Object.entries(p.stores)) {
      if (spec === null) tables.delete(name);
      else tables.add(name);
    }
  return [...tables].sort();
};

const sorted = (rows: readonly object[]) => [...rows].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

/** Sealed 360 answers as versions 10–12 wrote them: the respondent's finer role. */
const sealedAnswer = (token: string, role: string) => ({
  token,
  periodId: '2026-Y',
  evaluatedId: 'e',
  role,
  scores: { ethics: 400 },
});
const FINER_ROLE_ANSWERS = [
  sealedAnswer('t-self', 'self'),
  sealedAnswer('t-manager', 'manager'),
  sealedAnswer('t-peer', 'peer'),
  sealedAnswer('t-subordinate', 'subordinate'),
];
/** What migration 13 must leave of them: the self-assessment, and `other` for every finer role. */
const COARSENED_ANSWERS = [
  sealedAnswer('t-self', 'self'),
  sealedAnswer('t-manager', 'other'),
  sealedAnswer('t-peer', 'other'),
  sealedAnswer('t-subordinate', 'other'),
];

const V1: Rows = {
  agency: [
    {
      id: 'a',
      nameKk: 'Ұйым',
      nameRu: 'Организация',
      profileId: 'typical-2023',
      demo: false,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  ],
  units: [{ id: 'u', name: 'Отдел', parentId: null, order: 0 }],
  employees: [
    {
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
    },
  ],
  statuses: [{ id: 's', employeeId: 'e', kind: 'labourLeave', from: '2026-02-02', to: '2026-02-13', note: '' }],
  periods: [{ id: '2026-Q1', year: 2026, kind: 'quarter', quarter: 1, start: '2026-01-01', end: '2026-03-31' }],
  settings: [{ key: 'operatorName', value: 'Тестов Т.' }],
  audit: [
    {
      id: 1,
      at: '2026-01-01T00:00:00.000Z',
      operator: 'Тестов Т.',
      action: 'create',
      entity: 'employees',
      entityId: 'e',
      field: '',
      before: null,
      after: null,
      reason: '',
    },
  ],
};
const V2: Rows = {
  ...V1,
  profiles: [{ ...TYPICAL_2023, id: 'agency-own', version: 3, builtIn: false, basedOn: 'typical-2023' }],
};
const V3: Rows = {
  ...V2,
  evaluations: [
    {
      id: '2026-Q1:ranking:e',
      periodId: '2026-Q1',
      employeeId: 'e',
      component: 'ranking',
      scores: { quality: 400 },
      comment: '',
      evaluatorId: null,
      profileId: 'typical-2023',
      profileVersion: 1,
    },
  ],
};
const V4: Rows = {
  ...V3,
  kciPlans: [{ id: '2026-Q1:e', periodId: '2026-Q1', employeeId: 'e', items: [], approvedOn: null, review: [] }],
};
const V5: Rows = {
  ...V4,
  pointsSheets: [
    {
      id: '2026-Q1:e',
      periodId: '2026-Q1',
      employeeId: 'e',
      incentives: [],
      violations: [],
      targets: [],
      profileId: 'justice-2017',
      profileVersion: 1,
    },
  ],
};
const V6: Rows = {
  ...V5,
  familiarisations: [
    {
      id: '2026-Q1:ranking:e',
      periodId: '2026-Q1',
      employeeId: 'e',
      component: 'ranking',
      on: '2026-04-13',
      how: 'signature',
      act: '',
      note: '',
    },
  ],
};
const V7: Rows = {
  ...V6,
  calibrations: [
    {
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
    },
  ],
};
const V8: Rows = {
  ...V7,
  sittings: [
    {
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
    },
  ],
};
const V9: Rows = {
  ...V8,
  survey360: [{ id: '2026-Y:e', periodId: '2026-Y', evaluatedId: 'e', respondents: [{ respondentId: 'e', role: 'self' }] }],
};
const V10: Rows = {
  ...V9,
  // A token keeps its respondent's finer role (it names the respondent anyway, and is deleted once answered).
  survey360Tokens: [{ token: 't-open', periodId: '2026-Y', evaluatedId: 'e', role: 'manager', respondentId: 'm', code: 'K1' }],
  survey360Answers: FINER_ROLE_ANSWERS,
};
const V11: Rows = {
  ...V10,
  survey360Feedback: [
    { id: '2026-Y:e', periodId: '2026-Y', evaluatedId: 'e', meetingDate: '2027-01-20', discussed: 'x', actions: 'y' },
  ],
};
const V12: Rows = {
  ...V11,
  competencySheets: [
    {
      id: '2026-Y:e',
      periodId: '2026-Y',
      employeeId: 'e',
      entries: [{ competency: 'management', meets: true, indicatorsNotShown: [], note: '' }],
    },
  ],
};
// Version 13 seals answers with the coarse role only.
const V13: Rows = { ...V12, survey360Answers: COARSENED_ANSWERS };
/** Migration 14: a period's sitting is its first (keyed `period:1`, not yet approved); a familiarisation is the first round. */
const upgraded14 = (rows: Rows): Rows => ({
  ...rows,
  ...(rows.sittings
    ? {
        sittings: rows.sittings.map((s) => ({
          ...s,
          id: `${(s as { periodId: string }).periodId}:1`,
          number: 1,
          approval: null,
        })),
      }
    : {}),
  ...(rows.familiarisations
    ? { familiarisations: rows.familiarisations.map((f) => ({ ...f, round: 1, value: null, witnesses: [] })) }
    : {}),
});
const V14: Rows = {
  ...upgraded14(V13),
  sittings: [
    ...(upgraded14(V13).sittings ?? []),
    {
      id: '2026-Q1:2',
      periodId: '2026-Q1',
      number: 2,
      orderNumber: '12',
      orderDate: '2026-01-05',
      seats: [],
      heldOn: '2026-05-04',
      present: [],
      cases: [],
      conclusion: '',
      signedOn: '2026-05-04',
      approval: { name: 'Асанов Б.', position: 'Уполномоченное лицо', on: '2026-05-05' },
    },
  ],
  familiarisations: [
    ...(upgraded14(V13).familiarisations ?? []),
    {
      id: '2026-Q1:ranking:e:r2',
      periodId: '2026-Q1',
      employeeId: 'e',
      component: 'ranking',
      on: '2026-05-06',
      how: 'registeredLetter',
      act: '',
      witnesses: [],
      note: '№ 41',
      round: 2,
      value: 375,
    },
  ],
  appeals: [
    {
      id: '2026-Q1:ranking:e',
      periodId: '2026-Q1',
      employeeId: 'e',
      component: 'ranking',
      filedOn: '2026-05-08',
      body: 'Департамент',
      outcome: 'pending',
      decidedOn: null,
      newResult: null,
      source: '',
      informedOn: null,
      court: '',
    },
  ],
};

const V15: Rows = {
  ...V14,
  exports: [
    {
      id: 'x1',
      kind: 'unitWorkbook',
      agencyId: 'a',
      periodId: '2026-Q1',
      unitId: 'u',
      exportedAt: '2026-03-20T10:00:00.000Z',
      profileId: 'typical-2023',
      profileVersion: 1,
      lang: 'ru',
      operator: 'Омарова А.',
      sections: [
        {
          component: 'ranking',
          sheet: 'Ранжирование',
          headerRow: 4,
          headers: ['ID', '№', 'ФИО', 'Качество'],
          fixed: 3,
          hashed: [2],
          status: -1,
          params: ['quality'],
          rows: [{ id: 'e', hash: 'ab12', values: { quality: 400 } }],
        },
      ],
    },
  ],
};

/** Migration 16: the answers become ballots under ids of their own, their tokens spent records apart. */
const REKEYED = ballotsFromLegacy(COARSENED_ANSWERS as LegacySurvey360Answer[]);
const upgraded16 = (rows: Rows): Rows => {
  if (!rows.survey360Answers) return rows;
  const { survey360Answers: _old, ...rest } = rows;
  return { ...rest, survey360Ballots: REKEYED.ballots, survey360Spent: REKEYED.spent };
};
const V16: Rows = upgraded16(V15);

/** The rows an app of each version wrote: every table it had, and every branch of the upgrades after it. */
const FIXTURES: Readonly<Record<number, Rows>> = {
  1: V1,
  2: V2,
  3: V3,
  4: V4,
  5: V5,
  6: V6,
  7: V7,
  8: V8,
  9: V9,
  10: V10,
  11: V11,
  12: V12,
  13: V13,
  14: V14,
  15: V15,
  16: V16,
};

/** What today's app must find after opening a fixture: every row kept, sealed answers coarsened by migration 13. */
const expectedAfterUpgrade = (version: number): Rows => {
  const fixture = FIXTURES[version] ?? {};
  const rows = version < 14 ? upgraded14(fixture) : fixture;
  return upgraded16(rows.survey360Answers ? { ...rows, survey360Answers: COARSENED_ANSWERS } : rows);
};

async function upgradeFrom(version: number, name: string, rows: Rows): Promise<AgencyDb> {
  const old = openPinned(name, AGENCY_SCHEMA_HISTORY, version);
  await old.open();
  await writeRows(old, rows);
  old.close();
  const opened = await openDb(new AgencyDb(name), () => undefined);
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value;
}

describe('schema migrations (STYLE habit 5)', () => {
  for (const pinned of AGENCY_SCHEMA_HISTORY) {
    const intent = MIGRATIONS.find((m) => m.version === pinned.version)?.intent ?? 'not shipped';
    it(`given a database written by the app at version ${pinned.version} (${intent}), when today's app opens it, then it is at the current version with every row kept`, async () => {
      const db = await upgradeFrom(pinned.version, `mig-${pinned.version}`, FIXTURES[pinned.version] ?? {});
      expect(db.verno).toBe(SCHEMA_VERSION);
      const want = expectedAfterUpgrade(pinned.version);
      for (const table of db.tables) expect(sorted(await table.toArray()), table.name).toEqual(sorted(want[table.name] ?? []));
      db.close();
    });
  }

  it('migration 13: given sealed answers of every finer role written at version 12, when opened, then self stays self and manager, peer and subordinate become other, and open tokens keep their role', async () => {
    const db = await upgradeFrom(12, 'mig-13-branches', V12);
    expect((await db.survey360Ballots.toArray()).map((a) => a.role).sort()).toEqual(['other', 'other', 'other', 'self']);
    expect((await db.survey360Tokens.toArray()).map((t) => t.role)).toEqual(['manager']);
    db.close();
  });

  it('migration 16 (issue 20 §2): given answers stored under their tokens, when opened, then each is a ballot under an id numbered by content, never by token, and the tokens are spent records that name no answer', async () => {
    const legacy = [
      { token: 'zz-first-issued', periodId: '2026-Y', evaluatedId: 'e', role: 'other', scores: { ethics: 200 } },
      { token: 'aa-last-issued', periodId: '2026-Y', evaluatedId: 'e', role: 'other', scores: { ethics: 500 } },
      { token: 'mm-self', periodId: '2026-Y', evaluatedId: 'e', role: 'self', scores: { ethics: 300 } },
    ];
    const db = await upgradeFrom(15, 'mig-16-rekey', { ...V15, survey360Answers: legacy });
    const ballots = await db.survey360Ballots.toArray();
    expect(ballots.map((b) => [b.id, b.role, b.scores['ethics']])).toEqual([
      ['ballot-000001', 'other', 200],
      ['ballot-000002', 'other', 500],
      ['ballot-000003', 'self', 300],
    ]);
    const text = JSON.stringify(ballots);
    for (const a of legacy) expect(text).not.toContain(a.token);
    expect(await db.survey360Spent.toArray()).toEqual([
      { token: 'aa-last-issued', periodId: '2026-Y' },
      { token: 'mm-self', periodId: '2026-Y' },
      { token: 'zz-first-issued', periodId: '2026-Y' },
    ]);
    expect(db.tables.map((t) => t.name)).not.toContain('survey360Answers');
    db.close();
  });

  it('given a shipped migration, then its schema is pinned in migrations-history.ts and it has a fixture (a new version without them fails here)', () => {
    expect(
      MIGRATIONS.map((m) => m.version),
      'every version in MIGRATIONS needs a pinned copy of its stores in migrations-history.ts',
    ).toEqual(AGENCY_SCHEMA_HISTORY.map((p) => p.version));
    expect(
      MIGRATIONS.map((m) => m.version).filter((v) => !FIXTURES[v]),
      'every version needs a fixture in migrations.test.ts',
    ).toEqual([]);
  });

  it('given a shipped migration, then its stores equal the pinned copy verbatim (a migration that shipped is never edited in place)', () => {
    for (const m of MIGRATIONS) {
      const pinned = AGENCY_SCHEMA_HISTORY.find((p) => p.version === m.version);
      expect(
        m.stores,
        `migration ${m.version}: its stores differ from the pinned copy in migrations-history.ts, or it has none (a shipped migration is never edited: add a new one)`,
      ).toEqual(pinned?.stores);
    }
  });

  it('given each version’s fixture, then it writes rows into every table that version had (no table goes unexercised)', () => {
    for (const p of AGENCY_SCHEMA_HISTORY) {
      const filled = Object.entries(FIXTURES[p.version] ?? {})
        .filter(([, rows]) => rows.length > 0)
        .map(([t]) => t)
        .sort();
      expect(filled, `fixture ${p.version}`).toEqual(tablesUpTo(AGENCY_SCHEMA_HISTORY, p.version));
    }
  });

  it('numbers migrations 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('given a database not on disk, when opened only if it exists, then notFound comes back and none is created', async () => {
    const opened = await openDb(new AgencyDb('never-made'), () => undefined, { onlyExisting: true });
    expect(opened).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('never-made');
  });

  it('given an older database, when told not to proceed, then it is left unopened and not upgraded', async () => {
    const older = openPinned('wait-for-registry', AGENCY_SCHEMA_HISTORY, 1);
    await older.open();
    older.close();
    const opened = await openDb(new AgencyDb('wait-for-registry'), () => undefined, { proceed: Promise.resolve(false) });
    expect(opened).toMatchObject({ ok: false, error: { code: 'notFound' } });
    expect((await indexedDB.databases()).find((d) => d.name === 'wait-for-registry')?.version).toBe(10);
  });

  it('declares in CURRENT_SCHEMA the tables and indexes every migration leaves', () => {
    const shape = (db: Dexie) =>
      db.tables.map((t) => `${t.name}: ${[t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')}`).sort();
    expect(shape(new AgencyDb('shape-current', CURRENT_SCHEMA))).toEqual(shape(new AgencyDb('shape-all')));
  });

  it('given an agency database of this version, then it opens with the current schema and its rows; an older one is upgraded', async () => {
    const current = new AgencyDb('this-version');
    await current.open();
    await current.units.put({ id: 'u1' } as never);
    current.close();
    const again = await openAgencyDb('this-version', () => undefined, { onlyExisting: true });
    expect(again.ok && (await again.value.units.count())).toBe(1);
    if (again.ok) again.value.close();
    const older = openPinned('older-version', AGENCY_SCHEMA_HISTORY, 1);
    await older.open();
    older.close();
    const upgraded = await openAgencyDb('older-version', () => undefined, { onlyExisting: true });
    expect(upgraded.ok && upgraded.value.verno).toBe(SCHEMA_VERSION);
    expect(upgraded.ok && upgraded.value.tables.length).toBe(new AgencyDb('x').tables.length);
    if (upgraded.ok) upgraded.value.close();
  });

  it('given our own version as Dexie patched it (native version a little above ours), then it opens, not taken for a newer one', async () => {
    const db = new AgencyDb('patched');
    await db.open();
    db.close();
    // What Dexie does when it adds a missing part of our schema: the native version + 1.
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.open('patched', SCHEMA_VERSION * 10 + 1);
      r.onsuccess = () => {
        r.result.close();
        resolve();
      };
      r.onerror = () => reject(r.error);
    });
    const opened = await openDb(new AgencyDb('patched'), () => undefined);
    expect(opened.ok).toBe(true);
    if (opened.ok) opened.value.close();
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

const REGISTRY_FIXTURES: Readonly<Record<number, Rows>> = {
  1: {
    agencies: [
      { id: 'a', nameKk: 'Ұйым', nameRu: 'Организация', demo: false, createdAt: '2026-01-01T00:00:00.000Z', lastBackupAt: null },
    ],
    log: [{ id: 1, at: '2026-01-01T00:00:00.000Z', operator: 'Тестов Т.', action: 'createAgency', agencyId: 'a', detail: '' }],
  },
  2: {
    agencies: [
      { id: 'a', nameKk: 'Ұйым', nameRu: 'Организация', demo: false, createdAt: '2026-01-01T00:00:00.000Z', lastBackupAt: null },
    ],
    log: [{ id: 1, at: '2026-01-01T00:00:00.000Z', operator: 'Тестов Т.', action: 'createAgency', agencyId: 'a', detail: '' }],
    intents: [
      {
        agencyId: 'b',
        kind: 'deleteAgency',
        at: '2026-01-02T00:00:00.000Z',
        operator: 'Тестов Т.',
        detail: '',
        listed: true,
        agency: null,
        audit: null,
      },
    ],
  },
};

describe('the registry database’s schema (STYLE habit 5)', () => {
  const latest = REGISTRY_SCHEMA_HISTORY[REGISTRY_SCHEMA_HISTORY.length - 1]?.version ?? 0;

  it('given RegistryDb as shipped, then its version and schema are the latest pinned copy (a new or edited version fails until pinned)', () => {
    const shipped = new RegistryDb();
    expect(shipped.verno, 'a new registry version needs a pinned copy in migrations-history.ts and a fixture').toBe(latest);
    expect(schemaOf(shipped), 'the registry schema differs from its pinned copy: add a version instead').toEqual(
      schemaOf(openPinned('registry-pinned', REGISTRY_SCHEMA_HISTORY, latest)),
    );
    expect(REGISTRY_SCHEMA_HISTORY.map((p) => p.version).filter((v) => !REGISTRY_FIXTURES[v])).toEqual([]);
  });

  for (const pinned of REGISTRY_SCHEMA_HISTORY) {
    it(`given a registry written by the app at version ${pinned.version}, when today's app opens it, then its agencies and log are kept`, async () => {
      const rows = REGISTRY_FIXTURES[pinned.version] ?? {};
      const old = openPinned(REGISTRY_DB_NAME, REGISTRY_SCHEMA_HISTORY, pinned.version);
      await old.open();
      await writeRows(old, rows);
      old.close();
      const registry = openRegistry(() => undefined);
      expect(await registry.agencies.toArray()).toEqual(rows.agencies);
      expect(await registry.log.toArray()).toEqual(rows.log);
      expect(await registry.intents.toArray()).toEqual(rows.intents ?? []);
      expect(registry.verno).toBe(latest);
      registry.close();
      await Dexie.delete(REGISTRY_DB_NAME);
    });
  }
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
