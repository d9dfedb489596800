/** For tests only: the agency and the roster header the roster tests match against. */
import type { Employee, Unit } from './model';
import type { Cell } from './roster-headers';

export const HR_UNIT: Unit = { id: 'u1', name: 'Отдел кадров', parentId: null, order: 0 };

/** A stored person of the HR unit (Иванова Ольга Петровна, with an IIN unless given others). */
export const storedPerson = (overrides: Partial<Employee> = {}): Employee => ({
  id: 'e1',
  surname: 'Иванова',
  name: 'Ольга',
  patronymic: 'Петровна',
  iin: '900101400023',
  position: 'Специалист',
  category: 'E-4',
  unitId: 'u1',
  managerId: null,
  appointedOn: '2021-09-16',
  publicServices: false,
  ...overrides,
});

/** A roster's header with every column the import reads, managers and dismissals too. */
export const FULL_HEADER: readonly Cell[] = [
  'ФИО',
  'ИИН',
  'Должность',
  'Категория',
  'Подразделение',
  'Дата назначения',
  'Руководитель',
  'Дата увольнения',
];
