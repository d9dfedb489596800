/**
 * The open agency: its database, live views of its tables (shared with every other open tab), and
 * `run`, through which every write goes so a failure is shown and the first real entry asks the
 * browser to keep the data.
 */
import { createContext, useContext, type Accessor, type ParentProps } from 'solid-js';
import {
  amendCalendar,
  builtinProfile,
  KZ_CALENDAR,
  NO_AMENDMENTS,
  normaliseProfile,
  TYPICAL_2023,
  type Agency,
  type CalendarAmendments,
  type CalendarData,
  type Employee,
  type Period,
  type Profile,
  type StatusInterval,
  type Unit,
} from '../../domain';
import { latestVersions } from '../../store/profiles';
import type { Result } from '../../domain/result';
import type { StoreContext } from '../../store/context';
import type { AgencyDb, Setting } from '../../store/db';
import type { StoreError } from '../../store/errors';
import { createLiveQuery } from '../../store/live';
import { nowIso } from '../../platform/clock';
import { newId } from '../../platform/ids';
import { requestPersistence } from '../../platform/storage';
import { useApp } from './app-state';

export interface AgencyState {
  readonly db: AgencyDb;
  readonly ctx: StoreContext;
  readonly agency: Accessor<Agency | undefined>;
  readonly units: Accessor<readonly Unit[]>;
  readonly employees: Accessor<readonly Employee[]>;
  readonly statuses: Accessor<readonly StatusInterval[]>;
  readonly periods: Accessor<readonly Period[]>;
  readonly settings: Accessor<ReadonlyMap<string, unknown>>;
  /** The methodology profile the agency uses (built-in, or the newest version of its own). */
  readonly profile: Accessor<Profile>;
  /** Kazakhstan's working days with the agency's amendments. */
  readonly calendar: Accessor<CalendarData>;
  readonly ownProfiles: Accessor<readonly Profile[]>;
  /**
   * The profile a result is computed with: the current one, except for a submitted (locked)
   * period, whose results keep the profile version recorded when they were entered.
   */
  profileFor(record: { readonly profileId: string; readonly profileVersion: number } | undefined, locked: boolean): Profile;
  readonly loaded: Accessor<boolean>;
  /** Runs a store write; shows its failure; returns the value or `undefined`. */
  run<T>(op: Promise<Result<T, StoreError>>): Promise<T | undefined>;
  /** The same for writes without a value: whether it succeeded. */
  runOk(op: Promise<Result<unknown, StoreError>>): Promise<boolean>;
  /** After a successful write: the first real data entry asks the browser to keep the data. */
  afterWrite<T>(value: T): T;
}

const AgencyContext = createContext<AgencyState>();
const PERSIST_ASKED = 'bagalau.persistAsked';

export function AgencyProvider(props: ParentProps<{ db: AgencyDb }>) {
  const app = useApp();
  // The parent mounts a new provider per database (keyed), so reading it once is right.
  // eslint-disable-next-line solid/reactivity
  const db = props.db;
  const onError = (e: unknown) => {
    if ((e as { name?: string }).name === 'DatabaseClosedError') app.markOtherTabUpgraded();
    else console.error('live query failed', e);
  };
  const agency = createLiveQuery<Agency | undefined | null>(() => db.agency.toCollection().first(), null, onError);
  const units = createLiveQuery<readonly Unit[]>(() => db.units.toArray(), [], onError);
  const employees = createLiveQuery<readonly Employee[]>(() => db.employees.toArray(), [], onError);
  const statuses = createLiveQuery<readonly StatusInterval[]>(() => db.statuses.toArray(), [], onError);
  const periods = createLiveQuery<readonly Period[]>(() => db.periods.orderBy('id').toArray(), [], onError);
  const settingRows = createLiveQuery<readonly Setting[]>(() => db.settings.toArray(), [], onError);
  const settings = () => new Map(settingRows().map((s) => [s.key, s.value]));
  const ownProfiles = createLiveQuery<readonly Profile[]>(
    async () => (await db.profiles.toArray()).map(normaliseProfile),
    [],
    onError,
  );
  const profile = () => {
    const id = agency()?.profileId ?? TYPICAL_2023.id;
    return builtinProfile(id) ?? latestVersions(ownProfiles()).find((p) => p.id === id) ?? TYPICAL_2023;
  };
  const calendar = () =>
    amendCalendar(KZ_CALENDAR, (settings().get('calendarAmendments') as CalendarAmendments | undefined) ?? NO_AMENDMENTS);
  const ctx: StoreContext = {
    db,
    now: nowIso,
    newId,
    operator: () => {
      const name = settings().get('operatorName');
      return typeof name === 'string' ? name : '';
    },
  };
  const state: AgencyState = {
    db,
    ctx,
    agency: () => agency() ?? undefined,
    units,
    employees,
    statuses,
    periods,
    settings,
    profile,
    calendar,
    ownProfiles,
    profileFor(record, locked) {
      if (!locked || !record) return profile();
      const builtin = builtinProfile(record.profileId);
      if (builtin && builtin.version === record.profileVersion) return builtin;
      return ownProfiles().find((p) => p.id === record.profileId && p.version === record.profileVersion) ?? profile();
    },
    loaded: () => agency() !== null,
    async run(op) {
      const result = await op;
      if (!result.ok) {
        app.failed(result.error);
        return undefined;
      }
      return state.afterWrite(result.value);
    },
    async runOk(op) {
      const result = await op;
      if (!result.ok) app.failed(result.error);
      else state.afterWrite(undefined);
      return result.ok;
    },
    afterWrite<T>(value: T): T {
      if (!agency()?.demo && localStorage.getItem(PERSIST_ASKED) === null) {
        localStorage.setItem(PERSIST_ASKED, nowIso());
        void requestPersistence();
      }
      return value;
    },
  };
  return <AgencyContext.Provider value={state}>{props.children}</AgencyContext.Provider>;
}

export function useAgency(): AgencyState {
  const state = useContext(AgencyContext);
  if (!state) throw new Error('useAgency outside AgencyProvider');
  return state;
}
