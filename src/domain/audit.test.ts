import { describe, expect, it } from 'vitest';
import { changeKindOf, subjectsOf } from './audit';
import { lockIdParts, recordIdParts } from './ids';
import { auditEntry } from './case/testing';

describe('whom a change-log entry concerns', () => {
  it('a record id names its person and period, with or without a component and a round', () => {
    expect(recordIdParts('2026-Q3:ranking:e1')).toEqual({ periodId: '2026-Q3', component: 'ranking', employeeId: 'e1' });
    expect(recordIdParts('2026-Q3:kci:e1:r2')).toEqual({ periodId: '2026-Q3', component: 'kci', employeeId: 'e1' });
    expect(recordIdParts('2026-Y:e1')).toEqual({ periodId: '2026-Y', component: null, employeeId: 'e1' });
    expect(lockIdParts('lock:2026-Q3:u1:points')).toEqual({ periodId: '2026-Q3', unitId: 'u1', component: 'points' });
  });

  it('a pasted block concerns each person of its cells; a submission those it recorded as not evaluated', () => {
    const block = auditEntry({
      entity: 'evaluations',
      entityId: 'block:b',
      field: 'cells',
      after: [
        { record: '2026-Q3:ranking:a', field: 'scores.q', before: null, after: 1 },
        { record: '2026-Q3:ranking:b', field: 'scores.q', before: null, after: 2 },
        { record: '2026-Q3:ranking:a', field: 'scores.d', before: null, after: 3 },
      ],
    });
    expect(subjectsOf(block)).toEqual(['a', 'b']);
    const lock = auditEntry({
      entity: 'locks',
      entityId: 'lock:2026-Q3:u:ranking',
      field: 'locked',
      after: { locked: true, notEvaluated: [{ employeeId: 'c', reason: 'x' }] },
    });
    expect(subjectsOf(lock)).toEqual(['c']);
  });

  it('a sitting’s decisions concern only the people whose case changed', () => {
    const c = (employeeId: string, corrected: number | null) => ({ employeeId, component: 'ranking', votes: {}, corrected });
    const sitting = auditEntry({
      entity: 'sittings',
      entityId: '2026-Q3:1',
      field: 'cases',
      before: [c('a', null), c('b', null)],
      after: [c('a', null), c('b', 420)],
    });
    expect(subjectsOf(sitting)).toEqual(['b']);
  });

  it('sealed 360 answers and issued questionnaires concern nobody (the log never links a respondent to answers)', () => {
    expect(subjectsOf(auditEntry({ entity: 'survey360Answers', entityId: '2026-Y', field: 'sealed', after: 3 }))).toEqual([]);
    expect(subjectsOf(auditEntry({ entity: 'survey360Tokens', entityId: '2026-Y', field: 'issued', after: 12 }))).toEqual([]);
    expect(changeKindOf({ entity: 'survey360Answers' })).toBe('survey360');
  });

  it('an unknown entity is of the kind “other” and concerns nobody', () => {
    expect(changeKindOf({ entity: 'gadgets' })).toBe('other');
    expect(subjectsOf(auditEntry({ entity: 'gadgets', entityId: 'x:y:z', field: 'f' }))).toEqual([]);
  });
});
