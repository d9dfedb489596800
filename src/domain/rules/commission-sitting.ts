/**
 * A Commission sitting's state (001 §§51–61, 002 §§6–9, 35): whether it has its quorum (two thirds
 * of the members, the secretary not counted), each person's decision by open vote — approve or
 * revise by a majority of the members present, an even split decided by the chair, the secretary
 * without a vote — what stops the protocol from being signed, who signs it (the members present,
 * 001 §§52, 56), and whether the authorised person approved it (001 §61).
 */
import { sittingCaseKey } from '../ids';
import type { CommissionSeat, CommissionSitting } from '../model';
import { compareIso, type IsoDate } from '../dates';
import type { Profile } from '../profiles/types';
import { commissionDecision, hasQuorum, type CommissionDecision } from './procedures';

export type SittingBlocker =
  'noChair' | 'noSecretary' | 'notHeld' | 'noQuorum' | 'undecided' | 'correctionMissing' | 'signedBeforeHeld' | 'noCases';

export interface SittingState {
  readonly quorum: boolean;
  readonly present: number;
  readonly voting: number;
  readonly decisions: ReadonlyMap<string, CommissionDecision>;
  readonly blockers: readonly SittingBlocker[];
  /** Who signs the protocol: the members present (the chair, the members) and the secretary, in the protocol's order. */
  readonly signatories: readonly CommissionSeat[];
  /** The results it decides are final: signed, and approved by the authorised person (001 §61). */
  readonly approved: boolean;
}

/** The secretary signs first, then the chair, then the members — as in Appendix 5. */
const SIGN_ORDER: readonly CommissionSeat['role'][] = ['secretary', 'chair', 'member'];

/**
 * @example sittingState(sittingWith4of7Present, TYPICAL_2023).quorum === false
 */
export function sittingState(s: CommissionSitting, profile: Profile, signOn?: IsoDate): SittingState {
  const members = s.seats.map((m) => ({ id: m.id, role: m.role }));
  const quorum = hasQuorum(members, s.present, profile);
  const decisions = new Map<string, CommissionDecision>();
  for (const c of s.cases)
    decisions.set(sittingCaseKey(c), commissionDecision(members, s.present, new Map(Object.entries(c.votes)), profile));
  const blockers: SittingBlocker[] = [];
  if (!s.seats.some((m) => m.role === 'chair')) blockers.push('noChair');
  if (!s.seats.some((m) => m.role === 'secretary')) blockers.push('noSecretary');
  if (s.heldOn === null) blockers.push('notHeld');
  else if (signOn !== undefined && compareIso(signOn, s.heldOn) < 0) blockers.push('signedBeforeHeld');
  if (s.cases.length === 0) blockers.push('noCases');
  if (!quorum) blockers.push('noQuorum');
  else {
    if ([...decisions.values()].some((d) => d.kind !== 'decided')) blockers.push('undecided');
    if (
      s.cases.some((c) => {
        const d = decisions.get(sittingCaseKey(c));
        if (d?.kind !== 'decided' || d.decision !== 'revise') return false;
        // The corrected result is a result of the method's scale: 0–5 in hundredths, or whole points.
        const inRange =
          c.corrected !== null &&
          Number.isInteger(c.corrected) &&
          c.corrected >= 0 &&
          (c.component === 'points' || c.corrected <= 500);
        return !inRange || c.reason.trim() === '';
      })
    )
      blockers.push('correctionMissing');
  }
  const voting = s.seats.filter((m) => m.role !== 'secretary');
  const signatories = s.seats
    .filter((m) => s.present.includes(m.id))
    .sort((a, b) => SIGN_ORDER.indexOf(a.role) - SIGN_ORDER.indexOf(b.role));
  return {
    quorum,
    present: voting.filter((m) => s.present.includes(m.id)).length,
    voting: voting.length,
    decisions,
    blockers,
    signatories,
    approved: s.signedOn !== null && s.approval !== null,
  };
}
