import { describe, expect, it } from 'vitest';
import { TYPICAL_2023 } from '../profiles/builtin';
import { KZ_CALENDAR } from './calendar';
import { deadlineBoard, type BoardInput } from './deadline-board';
import { familiarisationBoard } from './familiarisation';

const base: BoardInput = {
  year: 2026,
  profile: TYPICAL_2023,
  calendar: KZ_CALENDAR,
  asOf: '2026-04-09',
  unitIds: ['u1', 'u2'],
  submitted: new Map(),
  kciHeads: [],
  returned: [],
  familiarisation: [],
};
const find = (items: ReturnType<typeof deadlineBoard>, id: string) => items.find((i) => i.id === id);

describe('the deadline board (issue 7; 004 §§5, 12, 23; 001 §49)', () => {
  it('004 §5: each unit’s Q1 evaluation is due on 10 April; submitted on 8 April it is done, the other unit due soon', () => {
    const items = deadlineBoard({ ...base, submitted: new Map([['2026-Q1:u1:ranking', '2026-04-08']]) });
    expect(find(items, '2026-Q1:evaluation:u1')).toMatchObject({ date: '2026-04-10', state: 'done', doneOn: '2026-04-08' });
    expect(find(items, '2026-Q1:evaluation:u2')).toMatchObject({ date: '2026-04-10', state: 'dueSoon' });
  });

  it('004 §23: a head’s Q2 plan is due 10 working days after 1 April — 14 April 2026 — and done when set', () => {
    const items = deadlineBoard({
      ...base,
      kciHeads: [
        { periodId: '2026-Q2', unitId: 'u1', employeeId: 'h', approvedOn: null },
        { periodId: '2026-Q1', unitId: 'u1', employeeId: 'h', approvedOn: '2026-01-12' },
      ],
    });
    expect(find(items, '2026-Q2:kciSet:h')).toMatchObject({ date: '2026-04-14', state: 'dueSoon' });
    expect(find(items, '2026-Q1:kciSet:h')).toMatchObject({ state: 'done' });
  });

  it('reminders (notifications, 360, the annual result) leave the board once their date has passed; overdue items come first', () => {
    const items = deadlineBoard({ ...base, asOf: '2026-07-15' });
    expect(find(items, '2026-Q1:notify')).toBeUndefined();
    expect(find(items, '2026-Q2:notify')).toBeUndefined();
    expect(find(items, '2026-Q3:notify')).toMatchObject({ date: '2026-10-10', state: 'due', reminder: true });
    expect(items[0]?.state).toBe('overdue');
    expect(items.findIndex((i) => i.state !== 'overdue')).toBeGreaterThan(0);
  });

  it('001 §49 and 004 §12: a returned KCI sheet’s resubmission and each familiarisation are on the board', () => {
    const familiarisation = familiarisationBoard(
      [{ periodId: '2026-Q1', employeeId: 'e', component: 'ranking', completedOn: '2026-04-08' }],
      [],
      TYPICAL_2023,
      KZ_CALENDAR,
      '2026-04-09',
    );
    const items = deadlineBoard({
      ...base,
      returned: [{ periodId: '2026-Q1', unitId: 'u1', employeeId: 'h', deadline: '2026-04-13' }],
      familiarisation,
    });
    expect(find(items, '2026-Q1:kciResubmit:h')).toMatchObject({ date: '2026-04-13', source: '001 §49' });
    expect(find(items, '2026-Q1:familiarisation:ranking:e')).toMatchObject({
      date: '2026-04-10',
      state: 'dueSoon',
      source: '004 §12',
    });
  });

  it('004 §§39–40, 42: a calibration session’s decision and session are on the board; the protocol’s posting is a reminder', () => {
    const items = deadlineBoard({
      ...base,
      calibrations: [
        {
          periodId: '2026-Q1',
          employeeId: 'e',
          decideBy: '2026-04-17',
          decidedOn: '2026-04-16',
          holdBy: '2026-04-28',
          heldOn: null,
          placeBy: null,
        },
      ],
    });
    expect(find(items, '2026-Q1:calibrationDecision:e')).toMatchObject({ state: 'done', source: '004 §39' });
    expect(find(items, '2026-Q1:calibrationSession:e')).toMatchObject({ date: '2026-04-28', state: 'due', source: '004 §40' });
    expect(find(items, '2026-Q1:calibrationProtocol:e')).toBeUndefined();
  });
});
