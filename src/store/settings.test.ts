import { describe, expect, it } from 'vitest';
import { NO_AMENDMENTS } from '../domain';
import type { Setting } from './db';
import { lockSettingKey, readSettings, SETTING_KEYS } from './settings';

/** Reads rows, collecting the keys reported invalid. */
function read(rows: readonly Setting[]) {
  const invalid: string[] = [];
  return { settings: readSettings(rows, (key) => invalid.push(key)), invalid };
}

const LOCK = lockSettingKey('2026-Q1:u:ranking');

describe('readSettings: the agency’s settings as one typed value; an invalid value is taken as unset and reported', () => {
  it('given no rows, then nobody is named, the calendar has no amendments and nothing is locked', () => {
    const { settings, invalid } = read([]);
    expect(settings).toEqual({ operatorName: '', calendarAmendments: NO_AMENDMENTS, locks: new Map(), closed360: new Map() });
    expect(invalid).toEqual([]);
  });

  it('issue 19 §1: given the last import’s column mapping, then it is read; one naming no known field is taken as unset and reported', () => {
    const saved = { headers: ['фио', 'код'], headerRow: 1, mapping: ['fullName', 'unit'], savedOn: '2026-11-02' };
    expect(read([{ key: SETTING_KEYS.rosterMapping, value: saved }]).settings.rosterMapping).toEqual(saved);
    const { settings, invalid } = read([
      { key: SETTING_KEYS.rosterMapping, value: { ...saved, mapping: ['fullName', '__proto__'] } },
    ]);
    expect(settings.rosterMapping).toBeUndefined();
    expect(invalid).toEqual(['rosterMapping']);
  });

  it('given an operator name, then it is the operator', () => {
    expect(read([{ key: SETTING_KEYS.operatorName, value: 'Сейтова А.' }]).settings.operatorName).toBe('Сейтова А.');
  });

  it.each([
    ['a number', 42],
    ['longer than 200 characters', 'А'.repeat(201)],
    ['null', null],
  ])('given an operator name that is %s, then nobody is named and the key is reported', (_what, value) => {
    const { settings, invalid } = read([{ key: SETTING_KEYS.operatorName, value }]);
    expect(settings.operatorName).toBe('');
    expect(invalid).toEqual(['operatorName']);
  });

  it('given calendar amendments, then they are read, a missing list and a missing note taken as empty', () => {
    const { settings, invalid } = read([{ key: SETTING_KEYS.calendarAmendments, value: { daysOff: [{ date: '2026-12-31' }] } }]);
    expect(settings.calendarAmendments).toEqual({ daysOff: [{ date: '2026-12-31', note: '' }], workdays: [] });
    expect(invalid).toEqual([]);
  });

  it.each([
    ['a date that is not a date', { daysOff: [{ date: '31.12.2026' }] }],
    ['a list that is not a list', { workdays: '2026-12-27' }],
    ['not an object', 'none'],
  ])('given calendar amendments with %s, then the calendar has no amendments and the key is reported', (_what, value) => {
    const { settings, invalid } = read([{ key: SETTING_KEYS.calendarAmendments, value }]);
    expect(settings.calendarAmendments).toEqual(NO_AMENDMENTS);
    expect(invalid).toEqual(['calendarAmendments']);
  });

  it('given a lock, then its period, unit and component are locked, keyed by lockId, the operator and those not evaluated optional', () => {
    const notEvaluated = [{ employeeId: 'e', reason: 'в командировке весь квартал' }];
    const { settings } = read([
      { key: LOCK, value: { at: '2026-04-10T09:00:00.000Z', operator: 'Сейтова А.', notEvaluated } },
      { key: lockSettingKey('2026-Q1:u2:kci'), value: { at: '2026-04-11T09:00:00.000Z' } },
    ]);
    expect([...settings.locks]).toEqual([
      ['2026-Q1:u:ranking', { at: '2026-04-10T09:00:00.000Z', operator: 'Сейтова А.', notEvaluated }],
      ['2026-Q1:u2:kci', { at: '2026-04-11T09:00:00.000Z', operator: '', notEvaluated: [] }],
    ]);
  });

  it('given a lock without its time, then that period is not locked and the key is reported', () => {
    const { settings, invalid } = read([{ key: LOCK, value: { operator: 'Сейтова А.' } }]);
    expect(settings.locks.size).toBe(0);
    expect(invalid).toEqual([LOCK]);
  });

  it('given one invalid value among valid ones, then only it is ignored and reported', () => {
    const { settings, invalid } = read([
      { key: SETTING_KEYS.operatorName, value: 'Сейтова А.' },
      { key: SETTING_KEYS.calendarAmendments, value: { daysOff: [{ date: 'never' }] } },
      { key: LOCK, value: { at: '2026-04-10T09:00:00.000Z' } },
    ]);
    expect(settings.operatorName).toBe('Сейтова А.');
    expect(settings.calendarAmendments).toEqual(NO_AMENDMENTS);
    expect([...settings.locks.keys()]).toEqual(['2026-Q1:u:ranking']);
    expect(invalid).toEqual(['calendarAmendments']);
  });

  it('given a key that is not a setting of ours, then it is neither read nor reported', () => {
    const { settings, invalid } = read([{ key: 'somethingElse', value: { at: 1 } }]);
    expect(settings).toEqual({ operatorName: '', calendarAmendments: NO_AMENDMENTS, locks: new Map(), closed360: new Map() });
    expect(invalid).toEqual([]);
  });

  it('given no reporter, then an invalid value is still ignored without throwing', () => {
    expect(readSettings([{ key: SETTING_KEYS.operatorName, value: 1 }]).operatorName).toBe('');
  });
});
