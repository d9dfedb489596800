/**
 * The agency database's schema as numbered migrations (STYLE habit 5). Add a migration, never edit
 * one that has shipped; each has a pinned copy of its stores in `store/migrations-history.ts` and a
 * fixture in `store/migrations.test.ts` (a test fails without them, or when a pinned copy differs).
 * Dexie stores version N as IndexedDB version N × 10.
 */
import type { Transaction } from 'dexie';
import { ballotsFromLegacy, type LegacySurvey360Answer } from '../domain';
import { SCHEMA_VERSION } from './early-probe';

export interface Migration {
  readonly version: number;
  /** What the migration is for, in a few words. */
  readonly intent: string;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    intent: 'organisation: agency, units, employees, statuses, periods, settings, audit log',
    stores: {
      agency: 'id',
      units: 'id, parentId',
      employees: 'id, unitId, iin, managerId',
      statuses: 'id, employeeId, kind',
      periods: 'id, year',
      settings: 'key',
      audit: '++id, at, entityId, batchId',
    },
  },
  {
    version: 2,
    intent: 'methodology profiles the agency cloned and edited, every version kept',
    stores: { profiles: '[id+version], id' },
  },
  {
    version: 3,
    intent: 'scores entered per person, period and component, with the profile version in force',
    stores: { evaluations: 'id, periodId, employeeId, [periodId+component]' },
  },
  {
    version: 4,
    intent: 'unit heads’ individual work plans and KCI sheets per quarter, with the superior’s review',
    stores: { kciPlans: 'id, periodId, employeeId' },
  },
  {
    version: 5,
    intent: 'points-model entries per person and period: incentives, violations, work-plan targets',
    stores: { pointsSheets: 'id, periodId, employeeId' },
  },
  {
    version: 6,
    intent: 'familiarisation with results: when and how each person was acquainted, or refused',
    stores: { familiarisations: 'id, periodId, employeeId' },
  },
  {
    version: 7,
    intent: 'calibration sessions: application, decision, members, positions and votes, protocol, feedback',
    stores: { calibrations: 'id, periodId, employeeId' },
  },
  {
    version: 8,
    intent: 'Commission sittings per period: the order, members, attendance, votes, corrections, protocol',
    stores: { sittings: 'id, periodId' },
  },
  {
    version: 9,
    intent: 'the 360 set-up per year: each person’s respondents with their roles (never their answers)',
    stores: { survey360: 'id, periodId, evaluatedId' },
  },
  {
    version: 10,
    intent: '360 questionnaires: tokens not yet answered (with their respondent and code), sealed answers (token and role only)',
    stores: { survey360Tokens: 'token, periodId, code, evaluatedId', survey360Answers: 'token, periodId, evaluatedId' },
  },
  {
    version: 11,
    intent: 'the 360 feedback meeting per person and year: date, what was discussed, agreed development actions',
    stores: { survey360Feedback: 'id, periodId, evaluatedId' },
  },
  {
    version: 12,
    intent: 'the competency sheet per person and year: meets / does not meet expectations and the indicators not shown',
    stores: { competencySheets: 'id, periodId, employeeId' },
  },
  {
    version: 13,
    intent: 'sealed 360 answers keep self or other only: a manager or lone subordinate was identifiable by the finer role',
    stores: {},
    upgrade: (tx) =>
      tx
        .table('survey360Answers')
        .toCollection()
        .modify((a: { role: string }) => {
          if (a.role !== 'self') a.role = 'other';
        })
        .then(() => undefined),
  },
  {
    version: 14,
    intent:
      'the procedure after the score: several Commission sittings per period with their approval, familiarisation rounds, appeals',
    stores: { appeals: 'id, periodId, employeeId' },
    upgrade: async (tx) => {
      // A sitting was one per period, keyed by the period: it becomes the period's first sitting.
      const sittings = tx.table('sittings');
      const old = (await sittings.toArray()) as { id: string; periodId: string }[];
      for (const x of old) {
        if (x.id !== x.periodId) continue;
        await sittings.delete(x.id);
        await sittings.put({ ...x, id: `${x.periodId}:1`, number: 1, approval: null });
      }
      // Familiarisation records are the first round; what the person was acquainted with is not known.
      await tx
        .table('familiarisations')
        .toCollection()
        .modify((f: { round?: number; value?: number | null; witnesses?: string[] }) => {
          f.round ??= 1;
          f.value ??= null;
          f.witnesses ??= [];
        });
    },
  },
  {
    version: 15,
    intent: 'the export register: every unit workbook sent out, with its rows keyed fingerprints, checked when it comes back',
    stores: { exports: 'id, periodId, unitId' },
  },
  {
    version: 16,
    intent:
      '360 answers as ballots: under a fresh id, never the token; the tokens answered kept apart, with nothing linking the two',
    stores: { survey360Ballots: 'id, periodId, evaluatedId', survey360Spent: 'token, periodId', survey360Answers: null },
    upgrade: async (tx) => {
      const old = (await tx.table('survey360Answers').toArray()) as LegacySurvey360Answer[];
      const { ballots, spent } = ballotsFromLegacy(old);
      await tx.table('survey360Ballots').bulkAdd(ballots);
      await tx.table('survey360Spent').bulkAdd(spent);
    },
  },
];

/**
 * The last migration's version (a unit test holds the two together), and the agencies' database
 * names: where the page's early probe reads them too.
 */
export { SCHEMA_VERSION };
export { AGENCY_DB_PREFIX } from './early-probe';

/**
 * The schema as the migrations leave it, declared as one version: what a database already at
 * `SCHEMA_VERSION` is opened with (issue 21 — Dexie parses every declared version's stores again at
 * each declaration: ~28 ms of the first screen in a profile at CPU ×4; no upgrade runs on such a database).
 */
export const CURRENT_SCHEMA: readonly Migration[] = [
  {
    version: SCHEMA_VERSION,
    intent: 'the schema as every migration leaves it',
    stores: Object.fromEntries(
      Object.entries(Object.assign({}, ...MIGRATIONS.map((m) => m.stores)) as Record<string, string | null>).filter(
        (e): e is [string, string] => e[1] !== null,
      ),
    ),
  },
];

/** The tables a backup carries, in the order they are written and restored. */
export const TABLES = [
  'agency',
  'units',
  'employees',
  'statuses',
  'periods',
  'settings',
  'profiles',
  'evaluations',
  'kciPlans',
  'pointsSheets',
  'familiarisations',
  'calibrations',
  'sittings',
  'survey360',
  'survey360Tokens',
  'survey360Ballots',
  'survey360Spent',
  'survey360Feedback',
  'competencySheets',
  'appeals',
  'exports',
  'audit',
] as const;

/** Tables added after the first backup format: a backup made before them restores them empty. */
export const TABLES_ADDED_LATER: readonly TableName[] = [
  'kciPlans',
  'pointsSheets',
  'familiarisations',
  'calibrations',
  'sittings',
  'survey360',
  'survey360Tokens',
  'survey360Ballots',
  'survey360Spent',
  'survey360Feedback',
  'competencySheets',
  'appeals',
  'exports',
];
export type TableName = (typeof TABLES)[number];

/** Every file:// page shares one origin in Chromium, so names are app-specific. */
export const REGISTRY_DB_NAME = 'bagalau.registry';
