/**
 * The roster template HR downloads from the import page (issue 19 §1), in Kazakh or Russian: its
 * column headers are ones the roster import's header dictionary recognises (a unit test reads the
 * template back and maps every column with no manual mapping), and its instruction lines sit above
 * the header row, where the import's header search passes over them.
 */
import type { Widen } from '../template';

/** The source: the Kazakh words. */
const kk = {
  sheet: 'Тізім',
  title: 'Қызметшілер тізімі',
  instruction:
    'Әр қызметшіге бір жол, төртінші жолдан бастап. Санаты: E-4 сияқты. Күндер: КК.АА.ЖЖЖЖ. ЖСН: 12 цифр (белгісіз болса, бос қалдырыңыз). Мемлекеттік қызмет көрсету: иә немесе жоқ. Тікелей басшысы: оның тегі, аты, әкесінің аты немесе ЖСН. Жұмыстан босатылған күні: тек босатылғандарға.',
  headers: {
    fullName: 'Тегі, аты, әкесінің аты',
    iin: 'ЖСН',
    position: 'Лауазымы',
    category: 'Санаты',
    unit: 'Құрылымдық бөлімше',
    appointedOn: 'Лауазымға тағайындалған күні',
    publicServices: 'Мемлекеттік қызмет көрсету',
    manager: 'Тікелей басшысы',
    dismissedOn: 'Жұмыстан босатылған күні',
  },
  fileName: 'Қызметшілер тізімі (үлгі).xlsx',
} as const;

/** The Russian words: the same keys as the Kazakh, or the typecheck fails. */
const ru = {
  sheet: 'Список',
  title: 'Штатный список служащих',
  instruction:
    'Одна строка на служащего, начиная с четвёртой. Категория: как E-4. Даты: ДД.ММ.ГГГГ. ИИН: 12 цифр (если неизвестен, оставьте пустым). Оказание государственных услуг: да или нет. Непосредственный руководитель: его фамилия, имя, отчество или ИИН. Дата увольнения: только для уволенных.',
  headers: {
    fullName: 'Фамилия, имя, отчество (при наличии)',
    iin: 'ИИН',
    position: 'Должность',
    category: 'Категория',
    unit: 'Структурное подразделение',
    appointedOn: 'Дата назначения на должность',
    publicServices: 'Оказание государственных услуг',
    manager: 'Непосредственный руководитель',
    dismissedOn: 'Дата увольнения',
  },
  fileName: 'Штатный список (шаблон).xlsx',
} as const satisfies Widen<typeof kk>;

export const ROSTER_TEMPLATE = { kk, ru } as const;
