/**
 * Retention (004 §15): a period's evaluation documents are kept for the profile's years after the
 * evaluation was completed (its deadline); past that HR may export and purge them deliberately —
 * never silently.
 */
import type { IsoDate } from '../dates';
import type { Period } from '../model';
import type { Profile } from '../profiles/types';
import { evaluationDeadline } from './eligibility';
import { pastRetention } from './procedures';

/**
 * The periods whose documents are past retention on `asOf`, oldest first.
 * @example periodsPastRetention(periodsOfYear(2022), '2026-11-22', TYPICAL_2023).map((p) => p.id) → all of 2022
 */
export function periodsPastRetention(periods: readonly Period[], asOf: IsoDate, profile: Profile): Period[] {
  return periods
    .filter((p) => pastRetention(evaluationDeadline(p, profile), asOf, profile))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}
