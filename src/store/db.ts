/**
 * The typed Dexie databases: one per agency (so an HR service can keep several bodies apart) and a
 * small registry that lists them. Opening refuses a database written by a newer app version.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  Agency,
  Appeal,
  AuditEntry,
  CalibrationCase,
  CommissionSitting,
  CompetencySheet,
  Survey360Answer,
  Survey360Spent,
  Survey360Feedback,
  Survey360Setup,
  Survey360Token,
  Employee,
  EvaluationRecord,
  ExportRecord,
  Familiarisation,
  KciPlan,
  Period,
  PointsSheet,
  Profile,
  StatusInterval,
  Unit,
} from '../domain';
import { err, ok, type Result } from '../domain/result';
import { classifyStoreError, type StoreError } from './errors';
import { probeDatabase, takeEarlyProbe, type EarlyRead, type OnDisk } from './early-probe';
import { AGENCY_DB_PREFIX, CURRENT_SCHEMA, MIGRATIONS, REGISTRY_DB_NAME, SCHEMA_VERSION } from './schema';

export interface Setting {
  readonly key: string;
  readonly value: unknown;
}

/**
 * Dexie 4's query cache is off (issue 21): it deep-clones every live query's answer (10,000 people
 * copied at each change and on the first screen) so that a write shows before it commits — and the
 * agency's writes all go through one explicit transaction (`store/context.ts`), which it leaves
 * alone anyway. Live queries still follow every committed change, in this tab and the others.
 */
const DEXIE_OPTIONS = { cache: 'disabled' } as const;

export class AgencyDb extends Dexie {
  agency!: Table<Agency, string>;
  units!: Table<Unit, string>;
  employees!: Table<Employee, string>;
  statuses!: Table<StatusInterval, string>;
  periods!: Table<Period, string>;
  settings!: Table<Setting, string>;
  profiles!: Table<Profile, [string, number]>;
  evaluations!: Table<EvaluationRecord, string>;
  kciPlans!: Table<KciPlan, string>;
  pointsSheets!: Table<PointsSheet, string>;
  familiarisations!: Table<Familiarisation, string>;
  calibrations!: Table<CalibrationCase, string>;
  sittings!: Table<CommissionSitting, string>;
  survey360!: Table<Survey360Setup, string>;
  survey360Tokens!: Table<Survey360Token, string>;
  survey360Ballots!: Table<Survey360Answer, string>;
  survey360Spent!: Table<Survey360Spent, string>;
  survey360Feedback!: Table<Survey360Feedback, string>;
  competencySheets!: Table<CompetencySheet, string>;
  appeals!: Table<Appeal, string>;
  exports!: Table<ExportRecord, string>;
  audit!: EntityTable<AuditEntry, 'id'>;

  constructor(name: string, migrations = MIGRATIONS) {
    super(name, DEXIE_OPTIONS);
    for (const m of migrations) {
      const version = this.version(m.version).stores(m.stores);
      if (m.upgrade) version.upgrade(m.upgrade);
    }
  }
}

export interface RegistryAgency {
  readonly id: string;
  readonly nameKk: string;
  readonly nameRu: string;
  readonly demo: boolean;
  readonly createdAt: string;
  /** Machine-local facts, kept outside the agency's data so a backup round-trips unchanged. */
  readonly lastBackupAt: string | null;
}

export interface RegistryLog {
  readonly id?: number;
  readonly at: string;
  readonly operator: string;
  readonly action: 'createAgency' | 'deleteAgency' | 'restore' | 'backup';
  readonly agencyId: string;
  readonly detail: string;
}

/**
 * What a creation, restore or removal of an agency is about to do, written to the registry before
 * it touches the agency's database and removed by the registry transaction that completes it: the
 * two databases share no transaction (`store/registry-intents.ts`).
 */
export interface RegistryIntent {
  readonly agencyId: string;
  readonly kind: 'createAgency' | 'restore' | 'deleteAgency';
  readonly at: string;
  readonly operator: string;
  /** The log entry's detail: the backup's file name, the new agency's name. */
  readonly detail: string;
  /** Whether the registry listed the agency before (a restore over it). */
  readonly listed: boolean;
  /** The agency as the registry is to list it (creation, restore). */
  readonly agency: Omit<RegistryAgency, 'lastBackupAt'> | null;
  /** How many audit entries the agency's database holds once the data is written, and the last one's id. */
  readonly audit: { readonly count: number; readonly lastId: number | null } | null;
}

export class RegistryDb extends Dexie {
  agencies!: Table<RegistryAgency, string>;
  log!: EntityTable<RegistryLog, 'id'>;
  intents!: Table<RegistryIntent, string>;

  constructor() {
    super(REGISTRY_DB_NAME, DEXIE_OPTIONS);
    this.version(1).stores({ agencies: 'id', log: '++id, agencyId' });
    this.version(2).stores({ agencies: 'id', log: '++id, agencyId', intents: 'agencyId' });
  }
}

export const agencyDbName = (agencyId: string): string => `${AGENCY_DB_PREFIX}${agencyId}`;

export interface OpenOptions {
  /** A database not on disk is not created: `notFound` comes back. */
  readonly onlyExisting?: boolean;
  /** Awaited after the probe, before Dexie opens (or creates, or upgrades) it: false leaves it unopened (`notFound`). */
  readonly proceed?: Promise<boolean>;
}

/**
 * Opens a database; a newer schema on disk (an older app copy meeting data of a newer one) and any
 * other failure come back as data. `onVersionChange` is called when another tab upgrades the schema:
 * the connection is closed so that tab is never blocked. The shell opens the last agency beside the
 * registry (issue 21) with `opts`: never created, and only once the registry holds no unfinished
 * operation over it.
 */
export async function openDb<D extends Dexie>(
  db: D,
  onVersionChange: () => void,
  opts: OpenOptions = {},
): Promise<Result<D, StoreError>> {
  return openProbed(db.name, db.verno, () => db, onVersionChange, opts);
}

/**
 * Opens an agency's database: one already at `SCHEMA_VERSION` is declared with the current schema
 * alone (`CURRENT_SCHEMA`: nothing to upgrade), any other with every migration.
 */
export const openAgencyDb = (
  name: string,
  onVersionChange: () => void,
  opts: OpenOptions = {},
): Promise<Result<AgencyDb, StoreError>> =>
  openProbed(
    name,
    SCHEMA_VERSION,
    (onDisk) => new AgencyDb(name, onDisk === 'same' ? CURRENT_SCHEMA : MIGRATIONS),
    onVersionChange,
    opts,
  );

async function openProbed<D extends Dexie>(
  name: string,
  declared: number,
  make: (onDisk: OnDisk) => D,
  onVersionChange: () => void,
  opts: OpenOptions,
): Promise<Result<D, StoreError>> {
  // Checked before Dexie touches the database: Dexie 4 would open a newer database and extend its
  // schema to ours, changing data an older app must leave alone.
  const nativeVersion = Math.round(declared * 10);
  const early = takeEarlyProbe(name, nativeVersion);
  const onDisk = await (early?.onDisk ?? probeDatabase(name, nativeVersion));
  if (onDisk === 'absent' && opts.onlyExisting) return err({ code: 'notFound', detail: name });
  if (opts.proceed && !(await opts.proceed)) return err({ code: 'notFound', detail: name });
  if (onDisk === 'above') {
    const installed = await installedVersion(name);
    if (installed !== undefined && installed > declared)
      return err({ code: 'newerVersion', detail: `${installed} > ${declared}` });
  }
  const db = make(onDisk);
  db.on('versionchange', () => {
    db.close();
    onVersionChange();
    return false;
  });
  // Never created where it must exist, whatever the probe found: between the probe and this opening
  // another tab may have deleted it (its creation is aborted, which leaves nothing on disk).
  let created = false;
  if (opts.onlyExisting)
    db.on('populate', () => {
      created = true;
      throw new Error('not on disk');
    });
  try {
    await db.open();
    // Begun as the page started, so answered by now: the first screen's data, for `takeFirstRead`.
    const read = early && onDisk === 'same' ? await early.read() : undefined;
    if (read) firstReads.set(db, read);
    return ok(db);
  } catch (error) {
    return created ? err({ code: 'notFound', detail: name }) : err(classifyStoreError(error));
  }
}

const firstReads = new WeakMap<Dexie, EarlyRead>();

/**
 * What the page's script read of this database as the page started (`store/early-probe.ts`), once:
 * the live queries' first value (`store/live.ts`); undefined when it was not read then.
 */
export function takeFirstRead(db: Dexie): EarlyRead | undefined {
  const read = firstReads.get(db);
  firstReads.delete(db);
  return read;
}

/** The schema version (in Dexie's numbering) a database has on disk, without opening or creating it. */
async function installedVersion(name: string): Promise<number | undefined> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return undefined;
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  // Dexie stores version N as N × 10 (and may add a little on its own schema fixes).
  return found?.version === undefined ? undefined : Math.floor(found.version / 10);
}
