/**
 * Roster import, step 1: find the header row and map columns to fields from their kk / ru / en
 * headers («Аты-жөні»/«ФИО», «Лауазымы»/«Должность», «ЖСН»/«ИИН», «Санаты»/«Категория», …).
 */
export type Cell = string | number | boolean | null;

export const ROSTER_FIELDS = [
  'fullName',
  'surname',
  'name',
  'patronymic',
  'iin',
  'position',
  'category',
  'unit',
  'unitKk',
  'unitRu',
  'appointedOn',
  'publicServices',
  'manager',
  'dismissedOn',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Column index → field; `null` means the column is ignored. */
export type ColumnMapping = readonly (RosterField | null)[];

/** Exact header texts (after normalising) in kk, ru and en. */
const EXACT: Readonly<Record<RosterField, readonly string[]>> = {
  fullName: [
    'фио',
    'ф и о',
    'аты жөні',
    'аты жони',
    'тегі аты әкесінің аты',
    'т а ә',
    'т а ә а',
    'фамилия имя отчество при наличии',
    'фамилия имя отчество',
    'full name',
    'employee',
    'сотрудник',
    'қызметкер',
  ],
  surname: ['фамилия', 'тегі', 'surname', 'last name', 'family name'],
  name: ['имя', 'аты', 'first name', 'given name', 'name'],
  patronymic: ['отчество', 'әкесінің аты', 'patronymic', 'middle name'],
  iin: ['иин', 'жсн', 'iin', 'жеке сәйкестендіру нөмірі', 'индивидуальный идентификационный номер'],
  position: ['должность', 'лауазымы', 'лауазым', 'position', 'job title', 'title'],
  category: ['категория', 'санаты', 'санат', 'category', 'категория должности', 'лауазым санаты'],
  unit: [
    'подразделение',
    'структурное подразделение',
    'отдел',
    'отдел сектор',
    'сектор',
    'управление',
    'отдел управление',
    'бөлімше',
    'құрылымдық бөлімше',
    'бөлім',
    'бөлім сектор',
    'сектор бөлім',
    'unit',
    'department',
  ],
  // A unit column in a stated language: the language markers below, never one header alone.
  unitKk: [],
  unitRu: [],
  appointedOn: [
    'принят на должность',
    'принят',
    'дата приема',
    'дата приема на работу',
    'дата приема на должность',
    'дата поступления',
    'лауазымға қабылданған күні',
    'қабылданған күні',
    'жұмысқа қабылданған күні',
    'дата назначения',
    'дата назначения на должность',
    'тағайындалған күні',
    'лауазымға тағайындалған күні',
    'appointed',
    'appointed on',
    'date appointed',
    'appointment date',
  ],
  publicServices: [
    'госуслуги',
    'оказание госуслуг',
    'оказание государственных услуг',
    'мемлекеттік қызмет көрсету',
    'мемлекеттік қызметтер',
    'public services',
  ],
  manager: ['руководитель', 'непосредственный руководитель', 'басшысы', 'тікелей басшысы', 'manager', 'direct manager'],
  dismissedOn: [
    'дата увольнения',
    'уволен',
    'босатылған күні',
    'жұмыстан босатылған күні',
    'dismissed',
    'dismissed on',
    'dismissal date',
  ],
};

/** Word stems that identify a field inside a longer header («Должность (полностью)»). */
const STEMS: ReadonlyArray<readonly [RosterField, string]> = [
  ['iin', 'иин'],
  ['iin', 'жсн'],
  ['appointedOn', 'назначен'],
  ['appointedOn', 'тағайында'],
  // «Принят на должность», «Дата приёма» name the appointment, not the position.
  ['appointedOn', 'принят'],
  ['appointedOn', 'прием'],
  ['appointedOn', 'қабылдан'],
  ['dismissedOn', 'увольнен'],
  ['dismissedOn', 'босатыл'],
  ['position', 'должност'],
  ['position', 'лауазым'],
  ['category', 'категор'],
  ['category', 'санат'],
  ['unit', 'подразделен'],
  ['unit', 'бөлімше'],
  ['unit', 'отдел'],
  ['unit', 'сектор'],
  ['publicServices', 'госуслуг'],
  ['publicServices', 'қызмет көрсет'],
  ['manager', 'руководител'],
  ['manager', 'басшы'],
];

export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A header's statement of its column's language, as bilingual staff lists put it: «Подразделение
 * (на казахском)», «… на государственном языке», «Бөлімше (қазақша)», «… мемлекеттік тілде»,
 * «Подразделение (на русском)», «Бөлімше (орыс тілінде)».
 */
const LANGUAGE_MARKERS: ReadonlyArray<readonly ['kk' | 'ru', RegExp]> = [
  ['kk', /(^| )(каз|қаз|казах|қазақ|kazakh|kk)|государственном язык|гос язык|мемлекеттік тіл/u],
  ['ru', /(^| )(рус|орыс|russian|ru)/u],
];

const bareField = (text: string): RosterField | null => {
  for (const field of ROSTER_FIELDS) if (EXACT[field].includes(text)) return field;
  for (const [field, stem] of STEMS) if (text.includes(stem)) return field;
  return null;
};

/**
 * The field a header names, or `null`. A unit header that states its language is that language's
 * unit name (issue 19 §6): a file may carry both.
 * @example fieldForHeader('Подразделение (на казахском языке)') → 'unitKk'
 */
export function fieldForHeader(header: Cell): RosterField | null {
  if (typeof header !== 'string') return null;
  const text = normaliseHeader(header);
  if (text === '') return null;
  const field = bareField(text);
  if (field !== 'unit') return field;
  const lang = LANGUAGE_MARKERS.find(([, marker]) => marker.test(text))?.[0];
  return lang === 'kk' ? 'unitKk' : lang === 'ru' ? 'unitRu' : field;
}

/** A mapping from one header row; a field already taken by an earlier column is not mapped twice. */
export function mapHeaderRow(row: readonly Cell[]): ColumnMapping {
  const taken = new Set<RosterField>();
  return row.map((cell) => {
    const field = fieldForHeader(cell);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** How well a mapping identifies a person: a name and at least one other field. */
export function mappingIsUsable(mapping: ColumnMapping): boolean {
  const has = (f: RosterField) => mapping.includes(f);
  return (has('fullName') || (has('surname') && has('name'))) && mapping.filter((f) => f !== null).length >= 2;
}

/** The fields every person needs a column for (the name is `mappingIsUsable`'s). */
export const REQUIRED_COLUMNS: readonly RosterField[] = ['position', 'category', 'unit', 'appointedOn'];

/**
 * The required fields no column is mapped to: said once above the preview («map a column to
 * “Unit”»), not as a problem on every row.
 * @example unmappedRequired(['fullName', 'position', 'category']) → ['unit', 'appointedOn']
 */
export function unmappedRequired(mapping: ColumnMapping): RosterField[] {
  // The unit may be named in one column or in a column per language.
  const mapped = (f: RosterField) =>
    mapping.includes(f) || (f === 'unit' && (mapping.includes('unitKk') || mapping.includes('unitRu')));
  return REQUIRED_COLUMNS.filter((f) => !mapped(f));
}

export interface HeaderGuess {
  /** 0-based index of the header row in the sheet's rows. */
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
}

/**
 * Finds the header row among the first rows (title lines and blank rows often come first): the
 * row that maps the most fields and identifies a person. `undefined` when no row does.
 * @example findHeader([['Список'], ['ФИО', 'ИИН']]) → { headerRow: 1, mapping: ['fullName', 'iin'] }
 */
export function findHeader(rows: readonly (readonly Cell[])[], scanRows = 30): HeaderGuess | undefined {
  let best: HeaderGuess | undefined;
  let bestCount = 0;
  rows.slice(0, scanRows).forEach((row, index) => {
    const mapping = mapHeaderRow(row);
    const count = mapping.filter((f) => f !== null).length;
    if (mappingIsUsable(mapping) && count > bestCount) {
      best = { headerRow: index, mapping };
      bestCount = count;
    }
  });
  return best;
}
