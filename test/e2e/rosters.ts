/** Roster workbooks made for a test: one big unit of `staff` people under one head, plus a small unit. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { iinCheckDigit } from '../../src/domain';
import { bigRosterBytes } from '../bench/roster-fixture';

function iin(n: number): string {
  for (let k = 0; ; k++) {
    const first11 = `850101${3}${String((n * 7 + k) % 10000).padStart(4, '0')}`;
    const d = iinCheckDigit(first11);
    if (d !== undefined) return `${first11}${d}`;
  }
}

/** Writes the roster to a temporary `.xlsx` and returns its path. */
export function bigUnitRoster(staff: number): string {
  const aoa: (string | number)[][] = [
    ['ФИО', 'ИИН', 'Должность', 'Категория', 'Подразделение', 'Дата назначения', 'Руководитель'],
  ];
  aoa.push(['Начальников Главный Бенчевич', iin(0), 'Руководитель управления', 'E-2', 'Большое управление', '01.01.2015', '']);
  // A second, small unit to switch from when timing how the big one opens.
  aoa.push(['Маленький Отдел Бенчевич', iin(5000), 'Главный специалист', 'E-4', 'Малый отдел', '01.01.2018', '']);
  for (let i = 1; i <= staff; i++)
    aoa.push([
      `Сотрудников${i} Тест Бенчевич`,
      iin(i),
      'Главный специалист',
      i % 2 ? 'E-4' : 'E-3',
      'Большое управление',
      '01.01.2018',
      'Начальников Главный Бенчевич',
    ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Список');
  return tempFile(`big-unit-${staff}.xlsx`, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

/** `people` rows in the demo's small units (a unit's head and a few staff each): the bench's roster. */
export const smallUnitsRoster = (people: number): string => tempFile(`small-units-${people}.xlsx`, bigRosterBytes(people));

function tempFile(name: string, bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'bagalau-roster-')), name);
  writeFileSync(file, bytes);
  return file;
}
