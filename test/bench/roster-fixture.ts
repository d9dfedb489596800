/**
 * A 10,000-row roster workbook built from the demo generator (deterministic), for the benchmarks; the
 * units are the demo's (a few people each) unless `unitOf` names the unit of the row's person.
 */
import * as XLSX from 'xlsx';
import { formatDate, fullName, generateDemo } from '../../src/domain';

export function bigRosterBytes(rows = 10_000, unitOf?: (row: number) => string): Uint8Array {
  const aoa: (string | number)[][] = [['ФИО', 'ИИН', 'Должность', 'Категория', 'Подразделение', 'Дата назначения']];
  let seed = 1;
  let n = 0;
  while (aoa.length <= rows) {
    const demo = generateDemo({ seed: seed++, asOf: '2026-11-22', lang: 'ru', newId: () => `b${++n}` });
    const unitName = new Map(demo.units.map((u) => [u.id, `${u.name} ${seed}`]));
    for (const e of demo.employees) {
      if (aoa.length > rows) break;
      const unit = unitOf ? unitOf(aoa.length - 1) : (unitName.get(e.unitId) ?? '');
      aoa.push([fullName(e), e.iin, e.position, e.category, unit, formatDate(e.appointedOn)]);
    }
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Roster');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
