/**
 * The demo agency: a small akimat apparatus generated from a seed, so the same seed and date give the
 * same agency. Five units, about forty people with Kazakh and Russian names, valid IINs, E and E-R
 * categories, one person on leave, one dismissed, one appointed in the middle of a quarter.
 */
import { addDays, type IsoDate } from './dates';
import { iinCheckDigit } from './iin';
import { kciPlanId, type Employee, type KciItem, type KciPlan, type Lang, type StatusInterval, type Unit } from './model';
import { isUnitHead } from './rules/roles';
import { HEAD_CATEGORIES } from './categories';
import { makeRng, type Rng } from './prng';

export interface DemoAgency {
  readonly nameKk: string;
  readonly nameRu: string;
  readonly units: readonly Unit[];
  readonly employees: readonly Employee[];
  readonly statuses: readonly StatusInterval[];
  /** The unit heads' individual work plans for the quarter before today's, set and with actual values, not yet scored. */
  readonly kciPlans: readonly KciPlan[];
}

/** KCIs a local executive body's unit head might have: [kk, ru, unit kk, unit ru, plan, direction]. */
const DEMO_KCIS: readonly (readonly [string, string, string, string, number, KciItem['direction']])[] = [
  [
    'Азаматтардың өтініштерін мерзімінде қарау үлесі',
    'Доля обращений граждан, рассмотренных в срок',
    '%',
    '%',
    100,
    'higherBetter',
  ],
  ['Бақылаудағы тапсырмалардың орындалу үлесі', 'Доля исполненных поручений, стоящих на контроле', '%', '%', 100, 'higherBetter'],
  [
    'Мемлекеттік қызметтер көрсету мерзімін бұзу саны',
    'Количество нарушений сроков оказания государственных услуг',
    'бірлік',
    'ед.',
    2,
    'lowerBetter',
  ],
  [
    'Даярланған нормативтік құқықтық актілер жобалары',
    'Подготовленные проекты нормативных правовых актов',
    'бірлік',
    'ед.',
    4,
    'higherBetter',
  ],
  ['Оқудан өткен қызметкерлер үлесі', 'Доля сотрудников, прошедших обучение', '%', '%', 30, 'higherBetter'],
  ['Негізделген шағымдар саны', 'Количество обоснованных жалоб', 'бірлік', 'ед.', 3, 'lowerBetter'],
];

function demoKciPlans(
  employees: readonly Employee[],
  quarterStartOn: IsoDate,
  kk: boolean,
  rng: Rng,
  newId: () => string,
): KciPlan[] {
  const periodId = `${quarterStartOn.slice(0, 4)}-Q${Math.floor(Number(quarterStartOn.slice(5, 7)) / 3) + 1}`;
  return (
    employees
      // The demo is a local executive body: its heads are 004 §3.4's categories.
      .filter((e) => isUnitHead(e, employees, HEAD_CATEGORIES))
      .map((head) => {
        const count = rng.int(3, 4);
        const start = rng.int(0, DEMO_KCIS.length - 1);
        const items = Array.from({ length: count }, (_, i): KciItem => {
          const [nameKk, nameRu, unitKk, unitRu, plan, direction] = DEMO_KCIS[(start + i) % DEMO_KCIS.length] ??
            DEMO_KCIS[0] ?? ['', '', '', '', 1, 'higherBetter'];
          // Mostly met, sometimes not: the grid then shows every permissible range.
          const factor = [1, 1, 0.95, 0.8, 0.6][rng.int(0, 4)] ?? 1;
          const actual = direction === 'higherBetter' ? Math.round(plan * factor * 100) : Math.round((plan / factor) * 100);
          return {
            id: newId(),
            name: kk ? nameKk : nameRu,
            source: kk ? 'Облыстың аумақтық даму жоспары' : 'План развития области',
            measure: kk ? unitKk : unitRu,
            plan: plan * 100,
            direction,
            deadline: '',
            expected: '',
            actual,
            confirmedScore: null,
          };
        });
        return {
          id: kciPlanId(periodId, head.id),
          periodId,
          employeeId: head.id,
          items,
          approvedOn: addDays(quarterStartOn, 7),
          review: [],
        };
      })
  );
}

interface UnitPlan {
  readonly kk: string;
  readonly ru: string;
  readonly head: readonly [category: string, kk: string, ru: string];
  readonly staff: number;
  readonly staffCategories: readonly string[];
  readonly publicServices: boolean;
}

const UNITS: readonly UnitPlan[] = [
  {
    kk: 'Аппарат басшылығы',
    ru: 'Руководство аппарата',
    head: ['E-1', 'Аппарат басшысы', 'Руководитель аппарата'],
    staff: 3,
    staffCategories: ['E-3', 'E-4'],
    publicServices: false,
  },
  {
    kk: 'Ұйымдастыру-бақылау жұмысы бөлімі',
    ru: 'Отдел организационно-контрольной работы',
    head: ['E-2', 'Бөлім басшысы', 'Руководитель отдела'],
    staff: 8,
    staffCategories: ['E-3', 'E-4', 'E-4'],
    publicServices: false,
  },
  {
    kk: 'Персоналды басқару қызметі бөлімі',
    ru: 'Отдел управления персоналом',
    head: ['E-2', 'Бөлім басшысы', 'Руководитель отдела'],
    staff: 6,
    staffCategories: ['E-3', 'E-4'],
    publicServices: false,
  },
  {
    kk: 'Мемлекеттік қызметтер көрсету бөлімі',
    ru: 'Отдел оказания государственных услуг',
    head: ['E-R-2', 'Бөлім басшысы', 'Руководитель отдела'],
    staff: 11,
    staffCategories: ['E-R-3', 'E-R-4', 'E-R-4'],
    publicServices: true,
  },
  {
    kk: 'Заң бөлімі',
    ru: 'Юридический отдел',
    head: ['E-2', 'Бөлім басшысы', 'Руководитель отдела'],
    staff: 6,
    staffCategories: ['E-3', 'E-4'],
    publicServices: false,
  },
];

const STAFF_TITLES: Readonly<Record<string, readonly [string, string]>> = {
  'E-3': ['Бас маман', 'Главный специалист'],
  'E-4': ['Жетекші маман', 'Ведущий специалист'],
  'E-R-3': ['Бас маман', 'Главный специалист'],
  'E-R-4': ['Жетекші маман', 'Ведущий специалист'],
};

const KZ_MALE = [
  'Нұрлан',
  'Ерлан',
  'Асхат',
  'Данияр',
  'Ержан',
  'Марат',
  'Бауыржан',
  'Арман',
  'Серік',
  'Талғат',
  'Айдос',
  'Бекзат',
  'Ғалым',
  'Қайрат',
];
const KZ_FEMALE = [
  'Айгүл',
  'Гүлнара',
  'Динара',
  'Жанар',
  'Сәуле',
  'Әсел',
  'Мадина',
  'Айжан',
  'Әлия',
  'Камила',
  'Назерке',
  'Аружан',
  'Ләззат',
  'Меруерт',
];
const KZ_SURNAMES = [
  'Әбенов',
  'Ахметов',
  'Жұмабаев',
  'Нұрланов',
  'Сейітқали',
  'Қасымов',
  'Омаров',
  'Байжанов',
  'Сұлтанов',
  'Төлегенов',
  'Есенов',
  'Мұқашев',
  'Ысқақов',
  'Кенжебаев',
  'Тоқтаров',
  'Серікбаев',
];
const KZ_FATHERS = ['Нұрлан', 'Серік', 'Болат', 'Қанат', 'Ерлан', 'Мұрат', 'Асқар', 'Жақсылық', 'Бақыт', 'Темір'];
const RU_MALE = ['Сергей', 'Алексей', 'Андрей', 'Дмитрий', 'Виктор'];
const RU_FEMALE = ['Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина'];
const RU_SURNAMES = ['Иванов', 'Петров', 'Ким', 'Соколов', 'Шевченко', 'Попов'];
const RU_FATHERS = ['Петрович', 'Викторович', 'Николаевич', 'Александрович', 'Владимирович'];

const KZ_SUFFIXES = ['ов', 'ев', 'ин'];
const feminine = (surname: string) => (KZ_SUFFIXES.some((s) => surname.endsWith(s)) ? `${surname}а` : surname);
const ruPatronymic = (father: string, female: boolean) => (female ? father.replace(/ич$/, 'на') : father);

function person(rng: Rng): { surname: string; name: string; patronymic: string; female: boolean } {
  const female = rng.next() < 0.5;
  if (rng.next() < 0.2) {
    const surname = rng.pick(RU_SURNAMES);
    return {
      surname: female ? feminine(surname) : surname,
      name: rng.pick(female ? RU_FEMALE : RU_MALE),
      patronymic: ruPatronymic(rng.pick(RU_FATHERS), female),
      female,
    };
  }
  const surname = rng.pick(KZ_SURNAMES);
  return {
    surname: female ? feminine(surname) : surname,
    name: rng.pick(female ? KZ_FEMALE : KZ_MALE),
    patronymic: `${rng.pick(KZ_FATHERS)}${female ? 'қызы' : 'ұлы'}`,
    female,
  };
}

function makeIin(rng: Rng, female: boolean, used: Set<string>): string {
  for (;;) {
    const year = rng.int(1965, 2001);
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    const century = year >= 2000 ? (female ? 6 : 5) : female ? 4 : 3;
    const first11 = `${pad(year % 100)}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}${century}${pad(rng.int(0, 9999), 4)}`;
    const check = iinCheckDigit(first11);
    const iin = `${first11}${check ?? ''}`;
    if (check !== undefined && !used.has(iin)) {
      used.add(iin);
      return iin;
    }
  }
}

const quarterStart = (iso: IsoDate): IsoDate => {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
};

/**
 * @param asOf today's date; the special cases are placed in the quarter before it.
 * @param newId id factory (pinned in tests).
 * @example generateDemo({ seed: 2026, asOf: '2026-11-22', lang: 'ru', newId }).employees.length === 39
 */
export function generateDemo(opts: { seed: number; asOf: IsoDate; lang: Lang; newId: () => string }): DemoAgency {
  const rng = makeRng(opts.seed);
  const kk = opts.lang === 'kk';
  const usedIins = new Set<string>();
  const units: Unit[] = [];
  const employees: Employee[] = [];
  const year = Number(opts.asOf.slice(0, 4));
  const appointed = () =>
    `${rng.int(2012, year - 1)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  let chief: Employee | undefined;

  UNITS.forEach((plan, index) => {
    // Named in both languages, so forms print the form's language whatever the screen's.
    const unit: Unit = { id: opts.newId(), name: plan.ru, names: { kk: plan.kk, ru: plan.ru }, parentId: null, order: index };
    units.push(unit);
    const add = (category: string, title: string, managerId: string | null): Employee => {
      const p = person(rng);
      const e: Employee = {
        id: opts.newId(),
        surname: p.surname,
        name: p.name,
        patronymic: p.patronymic,
        iin: makeIin(rng, p.female, usedIins),
        position: title,
        category,
        unitId: unit.id,
        managerId,
        appointedOn: appointed(),
        publicServices: plan.publicServices,
      };
      employees.push(e);
      return e;
    };
    const [headCategory, headKk, headRu] = plan.head;
    const head = add(headCategory, kk ? headKk : headRu, chief?.id ?? null);
    chief ??= head;
    for (let i = 0; i < plan.staff; i++) {
      const category = rng.pick(plan.staffCategories);
      const [titleKk, titleRu] = STAFF_TITLES[category] ?? ['Маман', 'Специалист'];
      add(category, kk ? titleKk : titleRu, head.id);
    }
  });

  // The special cases sit in the quarter before today's, so they matter for the period being evaluated.
  const previousQuarter = quarterStart(addDays(quarterStart(opts.asOf), -1));
  const staffOf = (unitIndex: number, nth: number): Employee => {
    const unitId = units[unitIndex]?.id;
    const found = employees.filter((e) => e.unitId === unitId)[nth];
    if (!found) throw new Error('demo plan has too few people');
    return found;
  };
  const midQuarter = staffOf(2, 3);
  employees[employees.indexOf(midQuarter)] = { ...midQuarter, appointedOn: addDays(previousQuarter, 45) };
  const statuses: StatusInterval[] = [
    {
      id: opts.newId(),
      employeeId: staffOf(1, 4).id,
      kind: 'socialLeave',
      from: addDays(previousQuarter, 20),
      to: addDays(previousQuarter, 20 + 365),
      note: kk ? 'Бала күтіміне байланысты демалыс' : 'Отпуск по уходу за ребёнком',
    },
    {
      id: opts.newId(),
      employeeId: staffOf(3, 5).id,
      kind: 'dismissed',
      from: addDays(previousQuarter, 60),
      to: null,
      note: kk ? 'Өз еркімен' : 'По собственному желанию',
    },
  ];

  return {
    nameKk: 'Ақсу қаласы әкімінің аппараты (демо)',
    nameRu: 'Аппарат акима города Аксу (демо)',
    units,
    employees,
    statuses,
    kciPlans: demoKciPlans(employees, previousQuarter, kk, makeRng(opts.seed + 1), opts.newId),
  };
}
