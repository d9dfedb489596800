/**
 * The read side of the store: every query the screens make, one per aggregate, keyed only by the
 * domain's ids. A query is a plain async function of the database and a key; `live` follows it
 * through the one liveQuery bridge (in this tab and every other open tab), `read` answers it once
 * (an export reads the store as it is at the click). The UI never touches a table.
 */
import {
  changeKindOf,
  subjectsOf,
  NO_CASE_RECORDS,
  type ChangeKind,
  type Appeal,
  type CaseRecords,
  type AuditEntry,
  type CalibrationCase,
  type CommissionSitting,
  type CompetencySheet,
  type EvaluationRecord,
  type ExportRecord,
  type Familiarisation,
  type KciPlan,
  type PointsSheet,
  type Survey360Answer,
  type Survey360Feedback,
  type Survey360Setup,
  type Survey360Token,
} from '../domain';
import type { Table } from 'dexie';
import { rowsOfKeys, whereAnyOf, whereInSpan } from './any-of';
import { PERIOD_INDEX, PERIOD_RECORD_TABLES, type EarlyRead, type PeriodRecordTable } from './early-probe';
import type { AgencyDb } from './db';
import { periodRows } from './retention';
import { lockSettingKey } from './settings';
import { BLOCK_PREFIX } from './evaluations';

/** Everything recorded for some periods: what a case of a person in a period is derived from. */
export type PeriodRecords = CaseRecords;
export const NO_PERIOD_RECORDS: PeriodRecords = NO_CASE_RECORDS;

type PeriodIds = readonly string[];
/** The periods of one year lie together ('2026' to '2026-Q4'): read in one span, others one by one. */
const byPeriods = <T>(table: Table<T>, ids: PeriodIds): Promise<T[]> =>
  ids.length === 0
    ? Promise.resolve([])
    : ids.every((id) => id.slice(0, 4) === ids[0]?.slice(0, 4))
      ? whereInSpan(table, 'periodId', ids)
      : whereAnyOf(table, 'periodId', ids);
const one = async <T>(table: { get(key: string): Promise<T | undefined> }, id: string): Promise<T | null> =>
  id === '' ? null : ((await table.get(id)) ?? null);

/** What the change log asks for (`auditLog`). */
export interface AuditLogQuery {
  /** At most this many entries. */
  readonly limit: number;
  /** ISO moments, from inclusive and to exclusive; '' leaves that end open. */
  readonly from: string;
  readonly to: string;
  /** Only entries concerning one of these ids (`subjectsOf`); none, everyone's. */
  readonly subjects: readonly string[];
  /** Only these kinds of change (`changeKindOf`); none, every kind. */
  readonly kinds: readonly ChangeKind[];
}

export interface AuditLogPage {
  readonly entries: readonly AuditEntry[];
  /** Older entries match too (a "show more" finds them). */
  readonly more: boolean;
}

export const NO_AUDIT_PAGE: AuditLogPage = { entries: [], more: false };
/** Above every ISO moment. */
const END_OF_TIME = '\uffff';

/** The queries by name: the key each takes and what it answers. */
export const QUERIES = {
  /**
   * Seven tables read in one transaction, not seven (each costs the page's thread its own, issue 21),
   * and as one consistent picture.
   */
  periodRecords: (db: AgencyDb, ids: PeriodIds): Promise<PeriodRecords> =>
    db.transaction(
      'r',
      PERIOD_RECORD_TABLES.map((table) => db[table]),
      async () => {
        const parts = await Promise.all(PERIOD_RECORD_TABLES.map((table) => byPeriods(db[table] as Table<unknown>, ids)));
        return periodRecordsOf((table) => parts[PERIOD_RECORD_TABLES.indexOf(table)] ?? []);
      },
    ),
  /** Signed calibration and Commission protocols change results: a grid follows them without every score. */
  protocols: (db: AgencyDb, ids: PeriodIds): Promise<Pick<PeriodRecords, 'calibrations' | 'sittings'>> =>
    db.transaction('r', [db.calibrations, db.sittings], async () => {
      const [calibrations, sittings] = await Promise.all([
        byPeriods<CalibrationCase>(db.calibrations, ids),
        byPeriods<CommissionSitting>(db.sittings, ids),
      ]);
      return { calibrations, sittings };
    }),
  evaluations: (db: AgencyDb, ids: PeriodIds) => byPeriods<EvaluationRecord>(db.evaluations, ids),
  evaluation: (db: AgencyDb, id: string) => one<EvaluationRecord>(db.evaluations, id),
  kciPlans: (db: AgencyDb, ids: PeriodIds) => byPeriods<KciPlan>(db.kciPlans, ids),
  /** Plans by id, in the order asked (null where there is none). */
  kciPlansById: async (db: AgencyDb, ids: readonly string[]) =>
    (await db.kciPlans.bulkGet([...ids])).map((p): KciPlan | null => p ?? null),
  pointsSheets: (db: AgencyDb, ids: PeriodIds) => byPeriods<PointsSheet>(db.pointsSheets, ids),
  calibration: (db: AgencyDb, id: string) => one<CalibrationCase>(db.calibrations, id),
  sitting: (db: AgencyDb, id: string) => one<CommissionSitting>(db.sittings, id),
  /** The export register's record of a unit workbook sent out (none for an id it never issued). */
  exportRecord: (db: AgencyDb, id: string) => (id === '' ? Promise.resolve(undefined) : one<ExportRecord>(db.exports, id)),
  competencySheets: (db: AgencyDb, ids: PeriodIds) => byPeriods<CompetencySheet>(db.competencySheets, ids),
  competencySheet: (db: AgencyDb, id: string) => one<CompetencySheet>(db.competencySheets, id),
  survey360Setups: (db: AgencyDb, ids: PeriodIds) => byPeriods<Survey360Setup>(db.survey360, ids),
  survey360Tokens: (db: AgencyDb, ids: PeriodIds) => byPeriods<Survey360Token>(db.survey360Tokens, ids),
  survey360Answers: (db: AgencyDb, ids: PeriodIds) => byPeriods<Survey360Answer>(db.survey360Ballots, ids),
  /** Open questionnaires and the count of sealed answers per person rated: never which respondent answered. */
  survey360Progress: async (db: AgencyDb, periodId: string) => {
    const answers = new Map<string, number>();
    if (periodId === '') return { tokens: [] as Survey360Token[], answers };
    await db.survey360Ballots
      .where('periodId')
      .equals(periodId)
      .each((a) => answers.set(a.evaluatedId, (answers.get(a.evaluatedId) ?? 0) + 1));
    return { tokens: await db.survey360Tokens.where('periodId').equals(periodId).toArray(), answers };
  },
  /** The open questionnaire of a respondent's code (its tokens, one per person rated). */
  survey360TokensOfCode: (db: AgencyDb, code: string): Promise<Survey360Token[]> =>
    code === '' ? Promise.resolve([]) : db.survey360Tokens.where('code').equals(code).toArray(),
  survey360Feedback: (db: AgencyDb, id: string) => one<Survey360Feedback>(db.survey360Feedback, id),
  /**
   * A page of the change log, newest first (by time, then by id): the entries from `from` to `to`
   * of some people and kinds, at most `limit` of them, and whether older ones match too. Filtered on
   * the cursor, so a page of a long log reads only as far back as it needs.
   */
  auditLog: async (db: AgencyDb, q: AuditLogQuery): Promise<AuditLogPage> => {
    const range = db.audit
      .where('at')
      .between(q.from, q.to === '' ? END_OF_TIME : q.to, true, false)
      .reverse();
    const subjects = new Set(q.subjects);
    const kinds = new Set(q.kinds);
    const matching =
      subjects.size === 0 && kinds.size === 0
        ? range
        : range.filter(
            (e) =>
              (kinds.size === 0 || kinds.has(changeKindOf(e))) &&
              (subjects.size === 0 || subjectsOf(e).some((id) => subjects.has(id))),
          );
    const entries = await matching.limit(q.limit + 1).toArray();
    return { entries: entries.slice(0, q.limit), more: entries.length > q.limit };
  },
  /** The audit entries of some records (by entity id), oldest first. */
  auditOf: async (db: AgencyDb, entityIds: readonly string[]): Promise<AuditEntry[]> =>
    entityIds.length === 0
      ? []
      : db.audit
          .where('entityId')
          .anyOf([...entityIds])
          .sortBy('id'),
  /** Pasted or imported blocks of scores (one entry each, naming the cells they changed). */
  /** The entries of batch writes (imports, restores) that can be undone as a whole. */
  auditBatches: (db: AgencyDb, _: null) => db.audit.where('batchId').above('').toArray(),
  /**
   * What the dossier lists as a case's history: the audit entries of its score record, KCI plan,
   * familiarisation and the unit's submission, and the pasted or imported blocks that touched it.
   */
  caseHistory: async (
    db: AgencyDb,
    key: { record: string; plan: string; familiarisation: string; lock: string },
  ): Promise<AuditEntry[]> => {
    const entityIds = [key.record, key.plan, key.familiarisation, key.lock === '' ? '' : lockSettingKey(key.lock)].filter(
      (x) => x !== '',
    );
    const entries = entityIds.length === 0 ? [] : await db.audit.where('entityId').anyOf(entityIds).toArray();
    const blocks = (await db.audit.where('entityId').startsWith(BLOCK_PREFIX).toArray()).filter(
      (a) => Array.isArray(a.after) && (a.after as { record: string }[]).some((c) => c.record === key.record),
    );
    return [...entries, ...blocks].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : (a.id ?? 0) - (b.id ?? 0)));
  },
  /** Every row the periods hold, per table (retention). */
  periodRows: (db: AgencyDb, ids: PeriodIds) => (ids.length === 0 ? Promise.resolve(undefined) : periodRows(db, ids)),
} as const;

export type QueryName = keyof typeof QUERIES;
export type QueryKey<K extends QueryName> = Parameters<(typeof QUERIES)[K]>[1];
export type QueryResult<K extends QueryName> = Awaited<ReturnType<(typeof QUERIES)[K]>>;

/** Runs a query once. */
export const runQuery = <K extends QueryName>(db: AgencyDb, name: K, key: QueryKey<K>): Promise<QueryResult<K>> =>
  (QUERIES[name] as (db: AgencyDb, key: QueryKey<K>) => Promise<QueryResult<K>>)(db, key);

/**
 * `periodRecords` answered from what the page's script read as the page started (issue 21): the
 * same rows in the same order, when every period asked for is of the year it read; otherwise
 * undefined (the query reads them).
 */
export function periodRecordsOfRead(read: EarlyRead, ids: PeriodIds): PeriodRecords | undefined {
  if (ids.length === 0 || !ids.every((id) => id.startsWith(read.year))) return undefined;
  const wanted = new Set(ids);
  return periodRecordsOf((table) => rowsOfKeys(read.byPeriod[table], PERIOD_INDEX, wanted));
}

/** A period's records from each of their tables' rows: which table each part is read from, once. */
function periodRecordsOf(rows: (table: PeriodRecordTable) => readonly unknown[]): PeriodRecords {
  return {
    records: rows('evaluations') as EvaluationRecord[],
    plans: rows('kciPlans') as KciPlan[],
    sheets: rows('pointsSheets') as PointsSheet[],
    familiarisations: rows('familiarisations') as Familiarisation[],
    calibrations: rows('calibrations') as CalibrationCase[],
    sittings: rows('sittings') as CommissionSitting[],
    appeals: rows('appeals') as Appeal[],
  };
}
