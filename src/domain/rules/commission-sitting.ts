/**
 * A Commission sitting's state (001 §§51–61, 002 §§6–9, 35): whether it has its quorum (two thirds
 * of the members, the secretary not counted), each person's decision by open vote — approve or
 * revise, a tie decided by the chair, the secretary without a vote — and what stops the protocol
 * from being signed.
 */
import { sittingCaseKey } from '../ids';
import type { CommissionSitting } from '../model';
import type { Profile } from '../profiles/types';
import { commissionDecision, hasQuorum, type CommissionDecision } from './procedures';

export type SittingBlocker = 'noChair' | 'noSecretary' | 'notHeld' | 'noQuorum' | 'undecided' | 'correctionMissing';

export interface SittingState {
  readonly quorum: boolean;
  readonly present: number;
  readonly voting: number;
  readonly decisions: ReadonlyMap<string, CommissionDecision>;
  readonly blockers: readonly SittingBlocker[];
}

/**
 * @example sittingState(sittingWith4of7Present, TYPICAL_2023).quorum === false
 */
export function sittingState(s: CommissionSitting, profile: Profile): SittingState {
  const members = s.seats.map((m) => ({ id: m.id, role: m.role }));
  const quorum = hasQuorum(members, s.present, profile);
  const decisions = new Map<string, CommissionDecision>();
  for (const c of s.cases)
    decisions.set(sittingCaseKey(c), commissionDecision(members, s.present, new Map(Object.entries(c.votes)), profile));
  const blockers: SittingBlocker[] = [];
  if (!s.seats.some((m) => m.role === 'chair')) blockers.push('noChair');
  if (!s.seats.some((m) => m.role === 'secretary')) blockers.push('noSecretary');
  if (s.heldOn === null) blockers.push('notHeld');
  if (!quorum) blockers.push('noQuorum');
  else {
    if ([...decisions.values()].some((d) => d.kind !== 'decided')) blockers.push('undecided');
    if (
      s.cases.some((c) => {
        const d = decisions.get(sittingCaseKey(c));
        return d?.kind === 'decided' && d.decision === 'revise' && (c.corrected === null || c.reason.trim() === '');
      })
    )
      blockers.push('correctionMissing');
  }
  const voting = s.seats.filter((m) => m.role !== 'secretary');
  return { quorum, present: voting.filter((m) => s.present.includes(m.id)).length, voting: voting.length, decisions, blockers };
}
