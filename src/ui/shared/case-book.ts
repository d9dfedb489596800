/**
 * The case book of some periods for a page: the store's records followed live, made into the
 * domain's cases (`makeCaseBook`) with the agency's profile, calendar and locks. A page reads every
 * method, result, stage and deadline from it and derives none of them. `overlay` lets a grid put
 * its typed, not yet stored, scores into the computation.
 */
import { createMemo, type Accessor } from 'solid-js';
import { makeCaseBook, profileVersionOf, type CaseBook, type CaseRecords } from '../../domain';
import { todayIso } from '../../platform/clock';
import { NO_PERIOD_RECORDS } from '../../store/queries';
import type { AgencyState } from '../app/agency-state';

export type LiveCaseBook = Accessor<CaseBook> & { readonly loaded: Accessor<boolean>; readonly records: Accessor<CaseRecords> };

/** What a case book is made from, as plain data (a worker can make the book: `consolidatedFromData`). */
export function caseBookInputOf(agency: AgencyState, records: CaseRecords) {
  return {
    profile: agency.profile(),
    calendar: agency.calendar(),
    asOf: todayIso(),
    employees: agency.employees(),
    statuses: agency.statuses(),
    periods: agency.periods(),
    records,
    locks: agency.locks(),
    ownProfiles: agency.ownProfiles(),
  };
}

/** A case book of records read once (an export reads the store as it is at the click). */
export function caseBookOf(agency: AgencyState, records: CaseRecords): CaseBook {
  const { ownProfiles, ...input } = caseBookInputOf(agency, records);
  return makeCaseBook({ ...input, profileOf: (ref) => profileVersionOf(ref, ownProfiles) });
}

export function createCaseBook(
  agency: AgencyState,
  periodIds: Accessor<readonly string[]>,
  overlay?: (records: CaseRecords) => CaseRecords,
): LiveCaseBook {
  const records = agency.live('periodRecords', () => periodIds(), NO_PERIOD_RECORDS);
  const asOf = todayIso();
  const book = createMemo<CaseBook, undefined>((previous) => {
    const own = agency.ownProfiles();
    return makeCaseBook(
      {
        profile: agency.profile(),
        calendar: agency.calendar(),
        asOf,
        employees: agency.employees(),
        statuses: agency.statuses(),
        periods: agency.periods(),
        records: overlay ? overlay(records()) : records(),
        locks: agency.locks(),
        profileOf: (ref) => profileVersionOf(ref, own),
      },
      previous,
    );
  }, undefined);
  // eslint-disable-next-line solid/reactivity -- the memo is returned as the book's accessor, read in tracked scopes
  return Object.assign(book, { loaded: records.loaded, records });
}
