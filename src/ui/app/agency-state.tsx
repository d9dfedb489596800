/**
 * The open agency: its database, live views of its tables (shared with every other open tab), and
 * `run`, through which every write goes so a failure is shown and the first real entry asks the
 * browser to keep the data.
 */
import { useLocation } from '@solidjs/router';
import { createContext, createEffect, createMemo, on, useContext, type Accessor, type ParentProps } from 'solid-js';
import {
  amendCalendar,
  builtinProfile,
  KZ_CALENDAR,
  lockId,
  periodIdsOfYear,
  TYPICAL_2023,
  type Agency,
  type CalendarData,
  type Employee,
  type Period,
  type PeriodLock,
  type Profile,
  type StatusInterval,
  type Unit,
} from '../../domain';
import { latestVersions } from '../../store/profiles';
import type { Result } from '../../domain/result';
import type { StoreContext } from '../../store/context';
import type { StoreError } from '../../store/errors';
import { createAgencyLive, type AgencyLive } from '../../store/live';
import type { AgencySettings } from '../../store/settings';
import type { AgencyHandle } from '../../store/open';
import { nowIso, todayIso } from '../../platform/clock';
import { NO_PERIOD_RECORDS } from '../../store/queries';
import { newId, randomBelow } from '../../platform/ids';
import { requestPersistence } from '../../platform/storage';
import { useApp } from './app-state';

export interface AgencyState extends Pick<AgencyLive, 'live' | 'read'> {
  /** What every store write takes (the database, the clock, ids and the operator). */
  readonly ctx: StoreContext;
  readonly agency: Accessor<Agency | undefined>;
  readonly units: Accessor<readonly Unit[]>;
  readonly employees: Accessor<readonly Employee[]>;
  readonly statuses: Accessor<readonly StatusInterval[]>;
  readonly periods: Accessor<readonly Period[]>;
  /** The agency's settings, validated (memoised). */
  readonly settings: Accessor<AgencySettings>;
  /** The settings have been read (before, they are the defaults). */
  readonly settingsLoaded: Accessor<boolean>;
  /** Submitted (locked) periods by `lockId(period, unit, component)`. */
  readonly locks: Accessor<ReadonlyMap<string, PeriodLock>>;
  /** Whether a unit's period is submitted for a component. */
  isLocked(periodId: string, unitId: string, component: string): boolean;
  /** The methodology profile the agency uses (built-in, or the newest version of its own); memoised. */
  readonly profile: Accessor<Profile>;
  /** Kazakhstan's working days with the agency's amendments; memoised (one object while they stand). */
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
  /** Runs a store write whose failure the caller tells (a grid offering a choice): its result. */
  attempt<T>(op: Promise<Result<T, StoreError>>): Promise<Result<T, StoreError>>;
  /** After a successful write: the first real data entry asks the browser to keep the data. */
  afterWrite<T>(value: T): T;
}

const AgencyContext = createContext<AgencyState>();
const PERSIST_ASKED = 'bagalau.persistAsked';

export function AgencyProvider(props: ParentProps<{ handle: AgencyHandle }>) {
  const app = useApp();
  // The parent mounts a new provider per database (keyed), so reading it once is right.
  // eslint-disable-next-line solid/reactivity
  const handle = props.handle;
  const onError = (e: unknown) => {
    if ((e as { name?: string }).name === 'DatabaseClosedError') app.markOtherTabUpgraded();
    else console.error('live query failed', e);
  };
  const live = createAgencyLive(handle, onError);
  // The home page's records are read beside the agency's own tables, not after them (issue 21),
  // and given back when another page is chosen first (the home page holds them itself once made):
  // a query kept beyond its page re-reads the year's records at every score written.
  const location = useLocation();
  const home = (path: string) => path === '/' || path === '/deadlines';
  if (home(location.pathname)) {
    const giveBack = live.prefetch('periodRecords', periodIdsOfYear(Number(todayIso().slice(0, 4))), NO_PERIOD_RECORDS);
    createEffect(
      on(
        () => location.pathname,
        (path) => !home(path) && giveBack(),
        { defer: true },
      ),
    );
  }
  const { agency, settings, ownProfiles } = live;
  const locks = createMemo(() => settings().locks);
  const profile = createMemo(() => {
    const id = agency()?.profileId ?? TYPICAL_2023.id;
    return builtinProfile(id) ?? latestVersions(ownProfiles()).find((p) => p.id === id) ?? TYPICAL_2023;
  });
  const calendar = createMemo(() => amendCalendar(KZ_CALENDAR, settings().calendarAmendments));
  const ctx: StoreContext = {
    db: handle,
    now: nowIso,
    newId,
    randomBelow,
    // The browser's name; an agency of an older version kept one in its settings (read as the fallback).
    operator: () => app.operatorName() || settings().operatorName,
  };
  const state: AgencyState = {
    ctx,
    agency,
    units: live.units,
    employees: live.employees,
    statuses: live.statuses,
    periods: live.periods,
    settings,
    settingsLoaded: live.settingsLoaded,
    locks,
    isLocked: (periodId, unitId, component) => locks().has(lockId(periodId, unitId, component)),
    profile,
    calendar,
    ownProfiles,
    live: live.live,
    read: live.read,
    profileFor(record, locked) {
      if (!locked || !record) return profile();
      const builtin = builtinProfile(record.profileId);
      if (builtin && builtin.version === record.profileVersion) return builtin;
      return ownProfiles().find((p) => p.id === record.profileId && p.version === record.profileVersion) ?? profile();
    },
    loaded: live.loaded,
    async run(op) {
      const result = await op;
      if (!result.ok) {
        app.failed(result.error);
        return undefined;
      }
      return state.afterWrite(result.value);
    },
    async attempt(op) {
      const result = await op;
      if (result.ok) state.afterWrite(undefined);
      return result;
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
