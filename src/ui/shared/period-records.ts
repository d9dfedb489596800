/**
 * Everything recorded for some periods — scores, KCI plans, points entries, familiarisations,
 * calibration sessions, Commission sittings — followed live; `loaded` is false until the first answer, so a page shows
 * nothing as missing while it loads.
 */
import type { Accessor } from 'solid-js';
import type { CalibrationCase, CommissionSitting, EvaluationRecord, Familiarisation, KciPlan, PointsSheet } from '../../domain';
import { createLiveQueryOn } from '../../store/live';
import type { AgencyState } from '../app/agency-state';

export interface PeriodRecords {
  readonly records: readonly EvaluationRecord[];
  readonly plans: readonly KciPlan[];
  readonly sheets: readonly PointsSheet[];
  readonly done: readonly Familiarisation[];
  readonly cases: readonly CalibrationCase[];
  readonly sittings: readonly CommissionSitting[];
}

const EMPTY: PeriodRecords = { records: [], plans: [], sheets: [], done: [], cases: [], sittings: [] };

/** Everything recorded for the periods, read once. */
export async function readPeriodRecords(agency: AgencyState, ids: readonly string[]): Promise<PeriodRecords> {
  const of = <T>(table: { where(index: string): { anyOf(keys: readonly string[]): { toArray(): Promise<T[]> } } }) =>
    table.where('periodId').anyOf(ids).toArray();
  return {
    records: await of<EvaluationRecord>(agency.db.evaluations),
    plans: await of<KciPlan>(agency.db.kciPlans),
    sheets: await of<PointsSheet>(agency.db.pointsSheets),
    done: await of<Familiarisation>(agency.db.familiarisations),
    cases: await of<CalibrationCase>(agency.db.calibrations),
    sittings: await of<CommissionSitting>(agency.db.sittings),
  };
}

export function createPeriodRecords(agency: AgencyState, periodIds: Accessor<readonly string[]>) {
  const answer = createLiveQueryOn<string, PeriodRecords | undefined>(
    () => periodIds().join(','),
    (key) => readPeriodRecords(agency, key === '' ? [] : key.split(',')),
    undefined,
  );
  return { loaded: () => answer() !== undefined, data: (): PeriodRecords => answer() ?? EMPTY };
}

/**
 * Only the periods' calibration sessions and Commission sittings, followed live: what a grid needs
 * to show final results without reloading every score of the period on each edit.
 */
export function createProtocolRecords(agency: AgencyState, periodIds: Accessor<readonly string[]>) {
  const answer = createLiveQueryOn<string, Pick<PeriodRecords, 'cases' | 'sittings'>>(
    () => periodIds().join(','),
    async (key) => {
      const ids = key === '' ? [] : key.split(',');
      return {
        cases: await agency.db.calibrations.where('periodId').anyOf(ids).toArray(),
        sittings: await agency.db.sittings.where('periodId').anyOf(ids).toArray(),
      };
    },
    { cases: [], sittings: [] },
  );
  return answer;
}
