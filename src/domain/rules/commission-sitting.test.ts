import { describe, expect, it } from 'vitest';
import type { CommissionSitting } from '../model';
import { TYPICAL_2023 } from '../profiles/builtin';
import { sittingState } from './commission-sitting';

const seats = [
  { id: 'chair', name: 'Председатель', role: 'chair' as const },
  ...['m1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((id) => ({ id, name: id, role: 'member' as const })),
  { id: 'sec', name: 'Секретарь', role: 'secretary' as const },
];
const sitting = (
  present: string[],
  votes: Record<string, 'approve' | 'revise'>,
  extra: Partial<CommissionSitting> = {},
): CommissionSitting => ({
  id: '2026-Q1',
  periodId: '2026-Q1',
  number: 1,
  approval: null,
  orderNumber: '12',
  orderDate: '2026-01-05',
  seats,
  heldOn: '2026-04-15',
  present,
  cases: [{ employeeId: 'e', component: 'ranking', votes, corrected: null, reason: '', recommendation: '' }],
  conclusion: '',
  signedOn: null,
  ...extra,
});

describe('Commission sitting (001 §§51–61)', () => {
  it('001 §52: with 4 of 7 members present (the secretary does not count) there is no quorum and nothing can be decided', () => {
    const s = sittingState(
      sitting(['chair', 'm1', 'm2', 'm3', 'sec'], { chair: 'approve', m1: 'approve', m2: 'approve', m3: 'approve' }),
      TYPICAL_2023,
    );
    expect([s.quorum, s.present, s.voting]).toEqual([false, 4, 7]);
    expect(s.decisions.get('ranking:e')).toEqual({ kind: 'noQuorum' });
    expect(s.blockers).toEqual(['noQuorum']);
  });

  it('001 §§54–55: with 6 of 7 present, a 3–3 open vote goes the way the chair voted; the secretary’s vote is not counted', () => {
    const s = sittingState(
      sitting(['chair', 'm1', 'm2', 'm3', 'm4', 'm5', 'sec'], {
        chair: 'revise',
        m1: 'revise',
        m2: 'revise',
        m3: 'approve',
        m4: 'approve',
        m5: 'approve',
        sec: 'approve',
      }),
      TYPICAL_2023,
    );
    expect(s.quorum).toBe(true);
    expect(s.decisions.get('ranking:e')).toEqual({ kind: 'decided', decision: 'revise', approve: 3, revise: 3, byChair: true });
    expect(s.blockers).toEqual(['correctionMissing']);
  });

  it('002 §35: a revision needs the corrected result and its explanation before the protocol is signed', () => {
    const base = sitting(['chair', 'm1', 'm2', 'm3', 'm4', 'sec'], {
      chair: 'revise',
      m1: 'revise',
      m2: 'revise',
      m3: 'approve',
      m4: 'approve',
    });
    const revised = {
      ...base,
      cases: [{ ...(base.cases[0] as CommissionSitting['cases'][number]), corrected: 350, reason: 'Нарушения сроков в феврале' }],
    };
    expect(sittingState(revised, TYPICAL_2023).blockers).toEqual([]);
  });

  it('a sitting without a chair or a secretary, or not yet held, cannot be signed', () => {
    const s = sittingState(sitting([], {}, { seats: seats.filter((m) => m.role === 'member'), heldOn: null }), TYPICAL_2023);
    expect(s.blockers).toEqual(['noChair', 'noSecretary', 'notHeld', 'noQuorum']);
  });
});
