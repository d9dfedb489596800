/**
 * Everything recorded for some periods — scores, KCI plans, points entries, familiarisations,
 * calibration sessions, Commission sittings — followed live through the store's queries; `loaded`
 * is false until the first answer, so a page shows nothing as missing while it loads.
 */
import type { Accessor } from 'solid-js';
import { NO_PERIOD_RECORDS, type PeriodRecords } from '../../store/queries';
import type { AgencyState } from '../app/agency-state';

export type { PeriodRecords };

export function createPeriodRecords(agency: AgencyState, periodIds: Accessor<readonly string[]>) {
  const answer = agency.live('periodRecords', periodIds, NO_PERIOD_RECORDS);
  return { loaded: answer.loaded, data: answer };
}

/**
 * Only the periods' calibration sessions and Commission sittings, followed live: what a grid needs
 * to show final results without reloading every score of the period on each edit.
 */
export const createProtocolRecords = (agency: AgencyState, periodIds: Accessor<readonly string[]>) =>
  agency.live('protocols', periodIds, { calibrations: [], sittings: [] });
