/**
 * Backup and restore. A snapshot is every table's rows in primary-key order; restore passes every
 * row through the record validators before a single one is written (STYLE habit 6), then replaces
 * the agency's data in one transaction, so a failure leaves the old data as it was.
 */
import * as v from 'valibot';
import { ballotsFromLegacy, ProfileSchema, schemas, type LegacySurvey360Answer } from '../domain';
import { err, ok, type Result } from '../domain/result';
import { AgencyDb, agencyDbName, openDb, type RegistryDb, type RegistryIntent } from './db';
import { agencyLock, auditFingerprintOf, completeIntent, NO_LOCKS, settleIntent, type Locks } from './registry-intents';
import { classifyStoreError, type StoreError } from './errors';
import { TABLES, TABLES_ADDED_LATER, type TableName } from './schema';
import type { Env } from './agencies';
import type { StoreContext } from './context';

export { SCHEMA_VERSION } from './schema';

/** The open agency's snapshot (what a backup holds). */
export const snapshotOf = (ctx: Pick<StoreContext, 'db'>): Promise<Snapshot> => takeSnapshot(ctx.db);

export type Snapshot = Readonly<Record<TableName, readonly Record<string, unknown>[]>>;

export async function takeSnapshot(db: AgencyDb): Promise<Snapshot> {
  return db.transaction(
    'r',
    TABLES.map((t) => db.table(t)),
    async () => {
      const entries = await Promise.all(TABLES.map(async (t) => [t, await db.table(t).toArray()] as const));
      return Object.fromEntries(entries) as unknown as Snapshot;
    },
  );
}

const SCHEMA_OF: Readonly<Record<TableName, v.GenericSchema>> = {
  agency: schemas.AgencySchema,
  units: schemas.UnitSchema,
  employees: schemas.EmployeeSchema,
  statuses: schemas.StatusSchema,
  periods: schemas.PeriodSchema,
  settings: schemas.SettingSchema,
  profiles: ProfileSchema,
  evaluations: schemas.EvaluationSchema,
  kciPlans: schemas.KciPlanSchema,
  pointsSheets: schemas.PointsSheetSchema,
  familiarisations: schemas.FamiliarisationSchema,
  calibrations: schemas.CalibrationSchema,
  sittings: schemas.SittingSchema,
  survey360: schemas.Survey360SetupSchema,
  survey360Tokens: schemas.Survey360TokenSchema,
  survey360Ballots: schemas.Survey360AnswerSchema,
  survey360Spent: schemas.Survey360SpentSchema,
  survey360Feedback: schemas.Survey360FeedbackSchema,
  competencySheets: schemas.CompetencySheetSchema,
  appeals: schemas.AppealSchema,
  exports: schemas.ExportRecordSchema,
  audit: schemas.AuditSchema,
};

export interface RestoreProblem {
  readonly table: string;
  /** 1-based data row (the sheet row is one more, under the header). */
  readonly row: number;
  readonly field: string;
  readonly code: 'invalidValue' | 'missingTable' | 'noAgency' | 'danglingReference' | 'duplicateId';
}

/** Validates and normalises raw tables; returns every problem found, not just the first. */
export function normaliseSnapshot(
  raw: Readonly<Record<string, readonly unknown[] | undefined>>,
): Result<Snapshot, RestoreProblem[]> {
  const problems: RestoreProblem[] = [];
  const out: Partial<Record<TableName, Record<string, unknown>[]>> = {};
  const legacy = legacyAnswers(raw, problems);
  for (const table of TABLES) {
    const rows = raw[table] ?? legacy?.[table as keyof typeof legacy] ?? (TABLES_ADDED_LATER.includes(table) ? [] : undefined);
    if (rows === undefined) {
      problems.push({ table, row: 0, field: '', code: 'missingTable' });
      continue;
    }
    const seen = new Set<unknown>();
    out[table] = rows.map((row, i) => {
      const parsed = v.safeParse(SCHEMA_OF[table], row);
      if (!parsed.success) {
        for (const issue of parsed.issues)
          problems.push({ table, row: i + 1, field: v.getDotPath(issue) ?? '', code: 'invalidValue' });
        return {};
      }
      const value = parsed.output as Record<string, unknown>;
      const key =
        table === 'settings'
          ? value['key']
          : table === 'profiles'
            ? `${String(value['id'])}@${String(value['version'])}`
            : value['id'];
      if (key !== undefined && seen.has(key))
        problems.push({ table, row: i + 1, field: table === 'settings' ? 'key' : 'id', code: 'duplicateId' });
      seen.add(key);
      return value;
    });
  }
  if (problems.length > 0) return err(problems);
  const snapshot = out as Snapshot;
  if (snapshot.agency.length !== 1) return err([{ table: 'agency', row: 0, field: '', code: 'noAgency' }]);
  const unitIds = new Set(snapshot.units.map((u) => u['id']));
  const employeeIds = new Set(snapshot.employees.map((e) => e['id']));
  snapshot.units.forEach((u, i) => {
    if (u['parentId'] !== null && !unitIds.has(u['parentId']))
      problems.push({ table: 'units', row: i + 1, field: 'parentId', code: 'danglingReference' });
  });
  snapshot.employees.forEach((e, i) => {
    if (!unitIds.has(e['unitId'])) problems.push({ table: 'employees', row: i + 1, field: 'unitId', code: 'danglingReference' });
    if (e['managerId'] !== null && !employeeIds.has(e['managerId']))
      problems.push({ table: 'employees', row: i + 1, field: 'managerId', code: 'danglingReference' });
  });
  snapshot.statuses.forEach((s, i) => {
    if (!employeeIds.has(s['employeeId']))
      problems.push({ table: 'statuses', row: i + 1, field: 'employeeId', code: 'danglingReference' });
  });
  return problems.length > 0 ? err(problems) : ok(snapshot);
}

/**
 * A backup made before issue 20 holds the sealed 360 answers under their tokens (sheet
 * `survey360Answers`): read and re-keyed the way migration 16 re-keys a database — ballots under ids
 * of their own, the tokens spent records apart. Undefined when the backup has the new tables.
 */
function legacyAnswers(
  raw: Readonly<Record<string, readonly unknown[] | undefined>>,
  problems: RestoreProblem[],
): { survey360Ballots: readonly unknown[]; survey360Spent: readonly unknown[] } | undefined {
  const rows = raw['survey360Answers'];
  if (rows === undefined || raw['survey360Ballots'] !== undefined) return undefined;
  const read: LegacySurvey360Answer[] = [];
  rows.forEach((row, i) => {
    const parsed = v.safeParse(schemas.LegacySurvey360AnswerSchema, row);
    if (parsed.success) read.push(parsed.output);
    else
      for (const issue of parsed.issues)
        problems.push({ table: 'survey360Answers', row: i + 1, field: v.getDotPath(issue) ?? '', code: 'invalidValue' });
  });
  const { ballots, spent } = ballotsFromLegacy(read);
  return { survey360Ballots: ballots, survey360Spent: spent };
}

/** Where a test stops an operation as a killed tab would (never resolving), to settle it afterwards. */
export type Pause = (step: 'intent' | 'opened' | 'written') => Promise<void>;

/**
 * Replaces (or creates) the agency's database with the snapshot's rows, in one transaction. The
 * registry's intent is written first and ended with the listing and the log entry
 * (`registry-intents.ts`): whatever stops it, the restore is whole with its log entry, or nothing.
 */
export async function restoreSnapshot(
  registry: RegistryDb,
  snapshot: Snapshot,
  fileName: string,
  env: Env,
  locks: Locks = NO_LOCKS,
  pause?: Pause,
): Promise<Result<string, StoreError>> {
  const agency = snapshot.agency[0] as { id: string; nameKk: string; nameRu: string; demo: boolean; createdAt: string };
  return locks.hold(agencyLock(agency.id), async () => {
    let intent: RegistryIntent;
    try {
      intent = {
        agencyId: agency.id,
        kind: 'restore',
        at: env.now(),
        operator: env.operator(),
        detail: fileName,
        listed: (await registry.agencies.get(agency.id)) !== undefined,
        agency: { id: agency.id, nameKk: agency.nameKk, nameRu: agency.nameRu, demo: agency.demo, createdAt: agency.createdAt },
        audit: auditFingerprintOf(snapshot.audit),
      };
      await registry.intents.put(intent);
    } catch (error) {
      return err(classifyStoreError(error));
    }
    await pause?.('intent');
    const opened = await openDb(new AgencyDb(agencyDbName(agency.id)), () => undefined);
    if (!opened.ok) {
      await settleIntent(registry, intent).catch(() => undefined);
      return opened;
    }
    const db = opened.value;
    try {
      await pause?.('opened');
      await db.transaction(
        'rw',
        TABLES.map((t) => db.table(t)),
        async () => {
          for (const table of TABLES) {
            await db.table(table).clear();
            await db.table(table).bulkAdd([...snapshot[table]]);
          }
        },
      );
      await pause?.('written');
      db.close();
      await completeIntent(registry, intent);
      return ok(agency.id);
    } catch (error) {
      db.close();
      // The data was written or not, whole: listed and logged, or nothing left (the intent stays if
      // even that fails, for the next start).
      await settleIntent(registry, intent).catch(() => undefined);
      return err(classifyStoreError(error));
    }
  });
}

export async function markBackedUp(registry: RegistryDb, agencyId: string, env: Env, fileName: string): Promise<void> {
  const at = env.now();
  await registry.transaction('rw', [registry.agencies, registry.log], async () => {
    await registry.agencies.update(agencyId, { lastBackupAt: at });
    await registry.log.add({ at, operator: env.operator(), action: 'backup', agencyId, detail: fileName });
  });
}
