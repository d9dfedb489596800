import { describe, expect, it } from 'vitest';
import type { CalibrationCase } from '../model';
import { TYPICAL_2023, ZHANAOZEN_2023 } from '../profiles/builtin';
import { KZ_CALENDAR } from './calendar';
import { calibrationState, feedbackSource } from './calibration-case';

const base: CalibrationCase = {
  id: '2026-Q1:ranking:e',
  periodId: '2026-Q1',
  employeeId: 'e',
  component: 'ranking',
  appliedOn: '2026-04-14',
  application: 'Не согласен с оценкой',
  decidedOn: null,
  heldOn: null,
  evaluatorArgument: '',
  participants: [],
  reason: '',
  signedOn: null,
  feedback: { on: null, achievements: '', skills: '', potential: '' },
};
const p = (id: string, vote: number | null) => ({ id, name: id, position: '', vote });

describe('calibration session (004 §§13, 38–43)', () => {
  it('004 §13, §§39–40: acquainted on Monday 13 April 2026: apply by 20 April; applied on the 14th: decide by 17 April, hold by 28 April', () => {
    const s = calibrationState(base, '2026-04-13', 350, TYPICAL_2023, KZ_CALENDAR);
    expect([s.applyBy, s.decideBy, s.holdBy]).toEqual(['2026-04-20', '2026-04-17', '2026-04-28']);
    expect(s.warnings).toEqual([]);
    expect(s.blockers).toEqual(['noDecision', 'noMembers', 'notHeld']);
  });

  it('004 §§39–40 over the May holidays: applied on 30 April 2026, decide by 6 May, hold by 19 May (1 and 7 May off; 9 May is a Saturday, so 11 May is off)', () => {
    const s = calibrationState({ ...base, appliedOn: '2026-04-30' }, '2026-04-28', 350, TYPICAL_2023, KZ_CALENDAR);
    expect([s.decideBy, s.holdBy]).toEqual(['2026-05-06', '2026-05-19']);
  });

  it('004 §§13, 39–40: a late application, decision or session is a warning', () => {
    const s = calibrationState(
      { ...base, appliedOn: '2026-04-22', decidedOn: '2026-04-30', heldOn: '2026-05-20' },
      '2026-04-13',
      350,
      TYPICAL_2023,
      KZ_CALENDAR,
    );
    expect(s.warnings).toEqual(['lateApplication', 'lateDecision', 'lateSession']);
  });

  it('004 §42: the majority raises 3,50 to 4,00; the correction needs its reason before the protocol is signed; placed within 3 working days', () => {
    const held = {
      ...base,
      decidedOn: '2026-04-16',
      heldOn: '2026-04-24',
      participants: [p('a', 400), p('b', 400), p('c', 350)],
    };
    const s = calibrationState(held, '2026-04-13', 350, TYPICAL_2023, KZ_CALENDAR);
    expect(s.outcome).toEqual({ kind: 'adopted', score: 400, direction: 'up', votesFor: 2, participants: 3 });
    expect(s.blockers).toEqual(['reasonRequired']);
    const signed = calibrationState(
      { ...held, reason: 'Объём работы в квартале не учтён', signedOn: '2026-04-24' },
      '2026-04-13',
      350,
      TYPICAL_2023,
      KZ_CALENDAR,
    );
    expect(signed.blockers).toEqual([]);
    expect(signed.placeBy).toBe('2026-04-29');
  });

  it('004 §42: a 1–1 split has no majority and cannot be signed; a missing vote stops it too', () => {
    const split = { ...base, decidedOn: '2026-04-16', heldOn: '2026-04-24', participants: [p('a', 400), p('b', 300)] };
    expect(calibrationState(split, '2026-04-13', 350, TYPICAL_2023, KZ_CALENDAR).blockers).toEqual(['noMajority']);
    expect(
      calibrationState({ ...split, participants: [p('a', 400), p('b', null)] }, '2026-04-13', 350, TYPICAL_2023, KZ_CALENDAR)
        .blockers,
    ).toEqual(['votesMissing']);
  });
});

describe('the feedback meeting after a session', () => {
  it('004 §43, 001 §42: the feedback meeting’s paragraph is the last of the profile’s calibration paragraphs', () => {
    expect(feedbackSource(TYPICAL_2023)).toBe('004 §43');
    expect(feedbackSource(ZHANAOZEN_2023)).toBe('001 §42');
  });
});
