/**
 * After the scores: familiarisation (004 §12), calibration sessions (004 §§13, 38–43), the
 * Commission (001 §§51–61, 002 §§6–9), consequences (004 §§9–10, 002 §§41–45) and retention
 * (004 §15). Deadlines count working days on the calendar.
 */
import { compareIso, type IsoDate } from '../dates';
import type { Profile } from '../profiles/types';
import { addWorkingDays, type CalendarData } from './calendar';
import type { GradeId } from './grades';
import type { Hundredths } from './score';
import type { CommissionVote } from '../model';

/** 004 §12: acquainted within two working days after the evaluation is completed. */
export const familiarisationDeadline = (completedOn: IsoDate, profile: Profile, calendar: CalendarData): IsoDate =>
  addWorkingDays(completedOn, profile.deadlines.familiarisationWorkingDays.value, calendar);

export interface CalibrationDeadlines {
  /** 004 §13: apply within five working days of familiarisation. */
  readonly applyBy: IsoDate;
  /** 004 §39: the official decides and approves the members within three working days of the application. */
  readonly decideBy: IsoDate | null;
  /** 004 §40: the session is held within ten working days of the application. */
  readonly holdBy: IsoDate | null;
}

export function calibrationDeadlines(
  familiarisedOn: IsoDate,
  appliedOn: IsoDate | null,
  profile: Profile,
  calendar: CalendarData,
): CalibrationDeadlines {
  const c = profile.calibration;
  return {
    applyBy: addWorkingDays(familiarisedOn, c.applyWorkingDays.value, calendar),
    decideBy: appliedOn === null ? null : addWorkingDays(appliedOn, c.decideWorkingDays.value, calendar),
    holdBy: appliedOn === null ? null : addWorkingDays(appliedOn, c.holdWorkingDays.value, calendar),
  };
}

/** 004 §42: HR posts the protocol within three working days of signing. */
export const protocolPlacementDeadline = (signedOn: IsoDate, profile: Profile, calendar: CalendarData): IsoDate =>
  addWorkingDays(signedOn, profile.calibration.protocolWorkingDays.value, calendar);

export type CalibrationOutcome =
  | {
      readonly kind: 'adopted';
      readonly score: Hundredths;
      readonly direction: 'up' | 'down' | 'unchanged';
      readonly votesFor: number;
      readonly participants: number;
    }
  | { readonly kind: 'noMajority'; readonly participants: number };

/**
 * 004 §42: participants support the evaluator's score or argue for a correction, up or down; the
 * final score is the one a majority of participants votes for.
 * @example calibrationResult(350, [{ participant: 'a', score: 400 }, { participant: 'b', score: 400 }, { participant: 'c', score: 350 }])
 *   → adopted 4.00, up, 2 of 3
 */
export function calibrationResult(
  evaluatorScore: Hundredths,
  votes: readonly { readonly participant: string; readonly score: Hundredths }[],
): CalibrationOutcome {
  const latest = new Map<string, Hundredths>();
  for (const v of votes) latest.set(v.participant, v.score);
  const participants = latest.size;
  const tally = new Map<Hundredths, number>();
  for (const s of latest.values()) tally.set(s, (tally.get(s) ?? 0) + 1);
  const [score, votesFor] = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [evaluatorScore, 0];
  if (votesFor * 2 <= participants || participants === 0) return { kind: 'noMajority', participants };
  return {
    kind: 'adopted',
    score,
    direction: score > evaluatorScore ? 'up' : score < evaluatorScore ? 'down' : 'unchanged',
    votesFor,
    participants,
  };
}

export type CommissionRole = 'chair' | 'member' | 'secretary';

export interface CommissionMember {
  readonly id: string;
  readonly role: CommissionRole;
}

/** 001 §52: a sitting is valid when at least two thirds of the members (the secretary is not one) are present. */
export function hasQuorum(members: readonly CommissionMember[], presentIds: readonly string[], profile: Profile): boolean {
  const voting = members.filter((m) => m.role !== 'secretary');
  const present = voting.filter((m) => presentIds.includes(m.id)).length;
  const { numerator, denominator } = profile.commission.quorum.value;
  return voting.length > 0 && present * denominator >= voting.length * numerator;
}

export type CommissionDecision =
  | {
      readonly kind: 'decided';
      readonly decision: 'approve' | 'revise';
      readonly approve: number;
      readonly revise: number;
      readonly byChair: boolean;
    }
  | { readonly kind: 'noQuorum' }
  /** Neither side has a majority of the members present (abstentions, votes not yet cast), and it is no tie the chair decides. */
  | { readonly kind: 'noMajority'; readonly approve: number; readonly revise: number; readonly present: number }
  /** An even split the chair would decide, but the chair is absent or has not voted. */
  | { readonly kind: 'chairAbsent' };

/**
 * 001 §§54–56, 002 §§8–9: an open vote; the result is the majority of the members — here of those
 * present (the quorum, 001 §52) — for approving or for revising; an abstention counts for neither
 * side; when the votes split evenly (every member present voting, half each way) the chair's vote
 * decides; the secretary does not vote. Anything else decides nothing.
 * @example commissionDecision(six, six present, { 1 approve, 5 not yet }, TYPICAL_2023).kind === 'noMajority'
 */
export function commissionDecision(
  members: readonly CommissionMember[],
  presentIds: readonly string[],
  votes: ReadonlyMap<string, CommissionVote>,
  profile: Profile,
): CommissionDecision {
  if (!hasQuorum(members, presentIds, profile)) return { kind: 'noQuorum' };
  const voters = members.filter((m) => m.role !== 'secretary' && presentIds.includes(m.id));
  let approve = 0;
  let revise = 0;
  for (const m of voters) {
    const v = votes.get(m.id);
    if (v === 'approve') approve++;
    if (v === 'revise') revise++;
  }
  const present = voters.length;
  if (approve * 2 > present) return { kind: 'decided', decision: 'approve', approve, revise, byChair: false };
  if (revise * 2 > present) return { kind: 'decided', decision: 'revise', approve, revise, byChair: false };
  if (approve === revise && approve + revise === present) {
    const chair = voters.find((m) => m.role === 'chair');
    const chairVote = chair ? votes.get(chair.id) : undefined;
    if ((chairVote === 'approve' || chairVote === 'revise') && profile.commission.chairBreaksTies.value)
      return { kind: 'decided', decision: chairVote, approve, revise, byChair: true };
    return { kind: 'chairAbsent' };
  }
  return { kind: 'noMajority', approve, revise, present };
}

export interface Consequences {
  readonly bonusEligible: boolean;
  readonly trainingNeeded: boolean;
  readonly notMentor: boolean;
  /** 002 §45: unsatisfactory for the profile's number of consecutive years → demotion (or dismissal). */
  readonly demotion: boolean;
}

/** The consequence flags of a year's grade given the grades of the previous years, newest last. */
export function consequences(history: readonly GradeId[], profile: Profile): Consequences | undefined {
  const grade = history[history.length - 1];
  if (grade === undefined) return undefined;
  const c = profile.consequences;
  const years = c.demotionAfterUnsatisfactoryYears.value;
  const lastYears = history.slice(-years);
  return {
    bonusEligible: c.bonusGrades.value.includes(grade),
    trainingNeeded: c.trainingGrades.value.includes(grade),
    notMentor: c.notMentorGrades.value.includes(grade),
    demotion: years > 0 && lastYears.length === years && lastYears.every((g) => g === 'unsatisfactory'),
  };
}

/** 004 §15: documents are kept three years after completion; past that HR may purge them deliberately. */
export function pastRetention(completedOn: IsoDate, asOf: IsoDate, profile: Profile): boolean {
  const years = profile.retentionYears.value;
  const until = `${Number(completedOn.slice(0, 4)) + years}${completedOn.slice(4)}`;
  return compareIso(asOf, until) > 0;
}
