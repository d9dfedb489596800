/**
 * The agency's settings, read once into one typed value: who is working, HR's calendar
 * amendments, and the submitted (locked) periods. Every value is validated here; one that does not
 * pass is taken as unset (and reported), so no screen casts an `unknown`.
 */
import * as v from 'valibot';
import {
  NO_AMENDMENTS,
  schemas,
  type CalendarAmendments,
  type PeriodLock,
  type SavedRosterMapping,
  type Survey360Closure,
} from '../domain';
import type { Setting } from './db';

export interface AgencySettings {
  /**
   * The operator's name as older versions kept it, per agency. Today the name is the browser's (one
   * per computer); this one is read as its fallback, so an agency from before still names its operator.
   */
  readonly operatorName: string;
  readonly calendarAmendments: CalendarAmendments;
  /** Submitted periods by `lockId(period, unit, component)`. */
  readonly locks: ReadonlyMap<string, PeriodLock>;
  /** The years whose 360 round HR closed, by period id: the day and how many answers it holds. */
  readonly closed360: ReadonlyMap<string, Survey360Closure>;
  /** The column mapping of the last roster import, offered for the next file with the same headers. */
  readonly rosterMapping: SavedRosterMapping | undefined;
}

export const NO_SETTINGS: AgencySettings = {
  operatorName: '',
  calendarAmendments: NO_AMENDMENTS,
  locks: new Map(),
  closed360: new Map(),
  rosterMapping: undefined,
};

/** The settings keys (storage detail: only the store spells them). */
export const SETTING_KEYS = {
  operatorName: 'operatorName',
  calendarAmendments: 'calendarAmendments',
  rosterMapping: 'rosterMapping',
} as const;
const LOCK_PREFIX = 'lock:';
export const lockSettingKey = (lockId: string): string => `${LOCK_PREFIX}${lockId}`;
const CLOSED_360_PREFIX = 'survey360Closed:';
export const closed360SettingKey = (periodId: string): string => `${CLOSED_360_PREFIX}${periodId}`;
export const isLockOfPeriods = (key: string, periodIds: readonly string[]): boolean =>
  periodIds.some((p) => key.startsWith(`${LOCK_PREFIX}${p}:`));

export function readSettings(rows: readonly Setting[], onInvalid: (key: string) => void = () => {}): AgencySettings {
  let operatorName = '';
  let calendarAmendments: CalendarAmendments = NO_AMENDMENTS;
  const locks = new Map<string, PeriodLock>();
  const closed360 = new Map<string, Survey360Closure>();
  let rosterMapping: SavedRosterMapping | undefined;
  for (const row of rows) {
    if (row.key.startsWith(CLOSED_360_PREFIX)) {
      const closure = v.safeParse(schemas.Survey360ClosureSchema, row.value);
      if (closure.success) closed360.set(row.key.slice(CLOSED_360_PREFIX.length), closure.output);
      else onInvalid(row.key);
      continue;
    }
    if (row.key.startsWith(LOCK_PREFIX)) {
      const lock = v.safeParse(schemas.PeriodLockSchema, row.value);
      if (lock.success) locks.set(row.key.slice(LOCK_PREFIX.length), lock.output);
      else onInvalid(row.key);
    } else if (row.key === SETTING_KEYS.operatorName) {
      const name = v.safeParse(schemas.OperatorNameSchema, row.value);
      if (name.success) operatorName = name.output;
      else onInvalid(row.key);
    } else if (row.key === SETTING_KEYS.calendarAmendments) {
      const amendments = v.safeParse(schemas.CalendarAmendmentsSchema, row.value);
      if (amendments.success) calendarAmendments = amendments.output;
      else onInvalid(row.key);
    } else if (row.key === SETTING_KEYS.rosterMapping) {
      const saved = v.safeParse(schemas.RosterMappingSchema, row.value);
      if (saved.success) rosterMapping = saved.output;
      else onInvalid(row.key);
    }
  }
  return { operatorName, calendarAmendments, locks, closed360, rosterMapping };
}
