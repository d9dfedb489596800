// Writes the workbook fixtures in test/fixtures (run by hand; the files are committed so tests read
// real files). Good rosters in each format, one with deliberate problems, broken and hostile files.
import { writeFileSync } from 'node:fs';
import * as XLSX from 'xlsx';

const out = (name, data) => writeFileSync(new URL(`../fixtures/${name}`, import.meta.url), data);
const book = (aoa, name = 'Список') => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), name);
  return wb;
};
const date = (y, m, d) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

// A Russian roster as HR keeps it: a title, a blank line, then the header; IINs as numbers (one lost
// its leading zero), dates as Excel dates and as text, two units, a manager column.
const ru = [
  ['Список государственных служащих аппарата акима'],
  [],
  [
    '№',
    'ФИО',
    'ИИН',
    'Должность',
    'Категория',
    'Структурное подразделение',
    'Дата назначения на должность',
    'Непосредственный руководитель',
  ],
  [1, 'Сейітқали Ерлан Болатұлы', 850312300449, 'Руководитель отдела', 'Е-2', 'Отдел кадров', date(2019, 4, 1), ''],
  [
    2,
    'Иванова Ольга Петровна',
    900101400023,
    'Главный специалист',
    'Е-3',
    'Отдел кадров',
    '15.09.2021',
    'Сейітқали Ерлан Болатұлы',
  ],
  [3, 'Ахметов Данияр Серікұлы', 10203500296, 'Ведущий специалист', 'E4', 'Отдел кадров', date(2023, 2, 20), '850312300449'],
  [4, 'Омарова Айжан Нұрланқызы', 880705400010, 'Руководитель отдела', 'Е-2', 'Юридический отдел', '01.02.2020', ''],
];
out('roster-ru.xlsx', XLSX.write(book(ru), { type: 'buffer', bookType: 'xlsx', compression: true }));
out('roster-ru.xls', XLSX.write(book(ru), { type: 'buffer', bookType: 'biff8' }));
out('roster-ru.ods', XLSX.write(book(ru), { type: 'buffer', bookType: 'ods' }));

// Kazakh headers, separate name columns, UTF-8 CSV (Kazakh letters are not in Windows-1251).
const kk = [
  ['Тегі', 'Аты', 'Әкесінің аты', 'ЖСН', 'Лауазымы', 'Санаты', 'Бөлімше', 'Лауазымға тағайындалған күні'],
  ['Жұмабаев', 'Ғалым', 'Бақытұлы', '880418300440', 'Бас маман', 'Е-3', 'Заң бөлімі', '10.01.2018'],
  ['Тоқтарова', 'Әсел', 'Серікқызы', '920214400021', 'Жетекші маман', 'Е-4', 'Заң бөлімі', '03.03.2022'],
];
out('roster-kk.csv', '\uFEFF' + kk.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n');

// Russian CSV saved by Excel in Windows-1251 with semicolons.
const cp1251 = (text) => {
  const bytes = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code < 128) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (ch === 'Ё') bytes.push(0xa8);
    else if (ch === 'ё') bytes.push(0xb8);
    else throw new Error(`not in cp1251: ${ch}`);
  }
  return Buffer.from(bytes);
};
out(
  'roster-ru-1251.csv',
  cp1251(
    'ФИО;ИИН;Должность;Категория;Подразделение;Дата назначения\r\nПетров Сергей Викторович;900101300037;Главный специалист;Е-3;Отдел экономики;01.06.2020\r\n',
  ),
);

// Deliberate problems for the e2e test and the preview: an unmapped unit column («Отдел/сектор»)
// and hiring-date column («Принят на должность»), a bad IIN check digit, an unknown category, an
// impossible date, a duplicate IIN inside the file, a missing position.
const problems = [
  ['ФИО', 'ИИН', 'Должность', 'Категория', 'Отдел/сектор', 'Принят на должность', 'Телефон'],
  ['Байжанов Асхат Қанатұлы', '870605300445', 'Главный специалист', 'Е-3', 'Отдел ЗАГС', '12.03.2019', '8 7182 55 12 12'],
  ['Кенжебаева Лаззат Мұратқызы', '870605300446', 'Ведущий специалист', 'Е-4', 'Отдел ЗАГС', '01.09.2020', ''],
  ['Сұлтанов Бауыржан Асқарұлы', '790101300339', 'Ведущий специалист', 'Е-9', 'Отдел ЗАГС', '31.02.2021', ''],
  ['Есенова Меруерт Болатқызы', '870605300445', '', 'Е-4', 'Отдел ЗАГС', '05.05.2022', ''],
  ['Серікбаев Талғат Ержанұлы', '830915300116', 'Главный специалист', 'Е-3', 'Отдел ЗАГС', '20.11.2017', ''],
];
out('roster-problems.xlsx', XLSX.write(book(problems, 'Сотрудники'), { type: 'buffer', bookType: 'xlsx', compression: true }));

// Broken and hostile files.
out(
  'not-a-spreadsheet.pdf',
  Buffer.from('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n\u0000\u0000trailer', 'latin1'),
);
const good = XLSX.write(book(ru), { type: 'buffer', bookType: 'xlsx', compression: true });
out('truncated.xlsx', good.subarray(0, Math.floor(good.length / 2)));
// A ZIP whose central directory declares a 4 GB entry: refused before anything is inflated.
const bomb = Buffer.from(good);
for (let i = bomb.length - 22; i >= 0; i--) {
  if (bomb.readUInt32LE(i) === 0x06054b50) {
    const cd = bomb.readUInt32LE(i + 16);
    bomb.writeUInt32LE(0xfffffff0, cd + 24);
    break;
  }
}
out('zip-bomb.xlsx', bomb);
// An encrypted OOXML package is a CFB container with EncryptionInfo and EncryptedPackage streams.
const cfb = XLSX.CFB.utils.cfb_new();
XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...new Array(200).fill(0)]));
XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
out('encrypted.xlsx', XLSX.CFB.write(cfb, { type: 'buffer' }));
// Hostile names: __proto__ as a sheet name and header, formulas and formula-like text.
const hostile = [
  ['ФИО', '__proto__', 'ИИН', 'Должность', 'Категория', 'Подразделение', 'Дата назначения'],
  ['=HYPERLINK("http://example.invalid","x")', 'x', '880418300440', '+7 000', 'Е-3', '@Отдел', '01.01.2020'],
];
const hwb = book(hostile, 'Лист1');
hwb.Sheets['Лист1']['B2'] = { t: 'n', v: 42, f: 'SUM(1,41)' };
XLSX.utils.book_append_sheet(hwb, XLSX.utils.aoa_to_sheet([['polluted'], [true]]), '__proto__');
out('hostile.xlsx', XLSX.write(hwb, { type: 'buffer', bookType: 'xlsx', compression: true }));
console.log('fixtures written');
