import { describe, expect, it } from 'vitest';
import { duplicateProblems, validateEmployee, validateStatus } from './employee-rules';
import type { Employee } from './model';

const person = (over: Partial<Employee> = {}): Employee => ({
  id: 'e1',
  surname: 'Омарова',
  name: 'Айжан',
  patronymic: 'Нұрланқызы',
  iin: '880705400010',
  position: 'Руководитель отдела',
  category: 'E-2',
  unitId: 'u1',
  managerId: null,
  appointedOn: '2020-02-01',
  publicServices: false,
  ...over,
});
const codes = (e: Employee) => validateEmployee(e, '2026-11-22').map((p) => `${p.field}:${p.code}`);

describe('employee validation (METHODOLOGY §1)', () => {
  it('Given a complete record, then there is no problem', () => {
    expect(codes(person())).toEqual([]);
  });

  it('an IIN is optional, but when given it must be valid', () => {
    expect(codes(person({ iin: '' }))).toEqual([]);
    expect(codes(person({ iin: '880705400011' }))).toEqual(['iin:iinChecksum']);
    expect(codes(person({ iin: '12345' }))).toEqual(['iin:iinFormat']);
  });

  it('the category must be one of the list', () => {
    expect(codes(person({ category: 'E-9' }))).toEqual(['category:categoryUnknown']);
    expect(codes(person({ category: '' }))).toEqual(['category:required']);
  });

  it('names, position, unit and appointment date are required; the patronymic is not', () => {
    expect(codes(person({ surname: '', name: ' ', position: '', unitId: '', appointedOn: '', patronymic: '' }))).toEqual([
      'surname:required',
      'name:required',
      'position:required',
      'unitId:required',
      'appointedOn:required',
    ]);
  });

  it('an appointment in the future is a warning, an impossible date an error', () => {
    const future = validateEmployee(person({ appointedOn: '2027-01-01' }), '2026-11-22');
    expect(future).toMatchObject([{ code: 'dateFuture', severity: 'warning' }]);
    expect(codes(person({ appointedOn: '2021-02-31' }))).toEqual(['appointedOn:dateInvalid']);
  });

  it('the same IIN on two people is an error on both; the same name in one unit a warning', () => {
    const a = person({ id: 'a' });
    const b = person({ id: 'b', surname: 'Ахметова' });
    const c = person({ id: 'c', iin: '' });
    const found = duplicateProblems([a, b, c]);
    expect(found.get('a')?.map((p) => p.code)).toEqual(['iinDuplicate', 'nameUnitDuplicate']);
    expect(found.get('b')?.map((p) => p.code)).toEqual(['iinDuplicate']);
    expect(found.get('c')?.map((p) => `${p.code}:${p.severity}`)).toEqual(['nameUnitDuplicate:warning']);
  });

  it('a status interval cannot end before it starts (004 §6 leave periods)', () => {
    const s = { id: 's', employeeId: 'e', kind: 'labourLeave' as const, from: '2026-05-10', to: '2026-05-01', note: '' };
    expect(validateStatus(s).map((p) => p.code)).toEqual(['dateOrder']);
    expect(validateStatus({ ...s, to: null })).toEqual([]);
  });
});
