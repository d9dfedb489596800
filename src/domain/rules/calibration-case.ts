/**
 * A calibration session's state (004 §§13, 38–43): its deadlines on the working-day calendar —
 * application within 5 working days of familiarisation, the decision within 3 and the session within
 * 10 of the application, the protocol posted within 3 of signing — which of them were missed, the
 * score adopted by the participants' majority with its direction, and what still stops signing.
 */
import { compareIso, type IsoDate } from '../dates';
import type { CalibrationCase } from '../model';
import type { Profile } from '../profiles/types';
import type { CalendarData } from './calendar';
import { calibrationDeadlines, calibrationResult, protocolPlacementDeadline, type CalibrationOutcome } from './procedures';
import type { Hundredths } from './score';

export type CalibrationWarning = 'lateApplication' | 'lateDecision' | 'lateSession';
export type CalibrationBlocker =
  'noDecision' | 'noMembers' | 'notHeld' | 'votesMissing' | 'noMajority' | 'reasonRequired' | 'signedBeforeSession';

export interface CalibrationState {
  readonly applyBy: IsoDate;
  readonly decideBy: IsoDate;
  readonly holdBy: IsoDate;
  readonly placeBy: IsoDate | null;
  readonly warnings: readonly CalibrationWarning[];
  readonly outcome: CalibrationOutcome;
  /** What must be done before the protocol can be signed; empty when it can. */
  readonly blockers: readonly CalibrationBlocker[];
}

/**
 * @example calibrationState(case, '2026-04-13', 350, TYPICAL_2023, KZ_CALENDAR).applyBy === '2026-04-20'
 */
export function calibrationState(
  c: CalibrationCase,
  familiarisedOn: IsoDate,
  evaluatorScore: Hundredths,
  profile: Profile,
  calendar: CalendarData,
  /** The day the protocol is to be signed: not before the session (004 §42 records a session held). */
  signOn?: IsoDate,
): CalibrationState {
  const d = calibrationDeadlines(familiarisedOn, c.appliedOn, profile, calendar);
  const decideBy = d.decideBy ?? d.applyBy;
  const holdBy = d.holdBy ?? d.applyBy;
  const warnings: CalibrationWarning[] = [];
  if (compareIso(c.appliedOn, d.applyBy) > 0) warnings.push('lateApplication');
  if (c.decidedOn !== null && compareIso(c.decidedOn, decideBy) > 0) warnings.push('lateDecision');
  if (c.heldOn !== null && compareIso(c.heldOn, holdBy) > 0) warnings.push('lateSession');
  const votes = c.participants.flatMap((p) => (p.vote === null ? [] : [{ participant: p.id, score: p.vote }]));
  const outcome = calibrationResult(evaluatorScore, votes);
  const blockers: CalibrationBlocker[] = [];
  if (c.decidedOn === null) blockers.push('noDecision');
  if (c.participants.length === 0) blockers.push('noMembers');
  if (c.heldOn === null) blockers.push('notHeld');
  else if (signOn !== undefined && compareIso(signOn, c.heldOn) < 0) blockers.push('signedBeforeSession');
  if (c.participants.some((p) => p.vote === null)) blockers.push('votesMissing');
  else if (outcome.kind === 'noMajority' && c.participants.length > 0) blockers.push('noMajority');
  else if (outcome.kind === 'adopted' && outcome.direction !== 'unchanged' && c.reason.trim() === '')
    blockers.push('reasonRequired');
  return {
    applyBy: d.applyBy,
    decideBy,
    holdBy,
    placeBy: c.signedOn === null ? null : protocolPlacementDeadline(c.signedOn, profile, calendar),
    warnings,
    outcome,
    blockers,
  };
}

/**
 * The paragraph of the feedback meeting after a calibration session: the last of the profile's
 * calibration paragraphs (004 §43, 001 §42).
 * @example feedbackSource(TYPICAL_2023) === '004 §43'
 */
export function feedbackSource(profile: Profile): string {
  const act = profile.calibration.paragraphs.source?.slice(0, 3) ?? '';
  const last = profile.calibration.paragraphs.value.split(/[–-]/).pop()?.trim() ?? '';
  return act === '' || last === '' ? '' : `${act} §${last}`;
}
