/**
 * The 360 individual report and feedback form (issue 6; the Typical Methodology's Appendices 7–8,
 * not in the seeds: the layout follows the seeds' other forms).
 */
import type { Widen } from '../template';

/** The source: the Kazakh words. */
const kk = {
  title: '360 әдісімен бағалау нәтижелері бойынша жеке есеп',
  sheet: 'Есеп',
  person: 'Аты-жөні',
  position: 'Лауазымы',
  unit: 'Бөлімше',
  year: 'Жыл',
  answers: 'Жауаптар (өзін-өзі бағалаусыз)',
  chart: 'Басқалардың бағасы мен өзін-өзі бағалау',
  others: 'Басқалардың бағасы',
  self: 'Өзін-өзі бағалау',
  columns: ['№', 'Құзырет', 'Басқалардың бағасы', 'Жауаптар саны', 'Өзін-өзі бағалау'],
  suppressed: '{{n}}-ден аз жауап',
  overall: 'Жалпы нәтиже (көрсетілген құзыреттердің орташасы)',
  strengths: 'Күшті жақтары',
  development: 'Даму аймақтары (ең аз көрінетін құзыреттер, 004, 37-т.)',
  indicators: 'Дамыту қажет тиімді мінез-құлық индикаторлары',
  none: '—',
  feedback: 'Кері байланыс (нәтижелерді талқылау)',
  meetingDate: 'Кездесу күні',
  discussed: 'Не талқыланды',
  actions: 'Келісілген даму шаралары',
  signatures: ['Кадр қызметі', 'Бағаланушы'],
  assumption: '≈ Нәтиже — өзін-өзі бағалаусыз жауаптардың орташасы, 1–5 шкаласы бойынша (болжам).',
  print: 'Басып шығару',
  export: 'Түсіру (.xlsx)',
  back: '360° нәтижелеріне оралу',
  missing: 'Бұл адам туралы осы жылы жауап жоқ.',
} as const;

/** The Russian words: the same keys (and list lengths) as the Kazakh, or the typecheck fails. */
const ru = {
  title: 'Индивидуальный отчёт по результатам оценки методом 360',
  sheet: 'Отчёт',
  person: 'ФИО',
  position: 'Должность',
  unit: 'Подразделение',
  year: 'Год',
  answers: 'Ответов (без самооценки)',
  chart: 'Оценка других и самооценка',
  others: 'Оценка других',
  self: 'Самооценка',
  columns: ['№', 'Компетенция', 'Оценка других', 'Ответов', 'Самооценка'],
  suppressed: 'менее {{n}} ответов',
  overall: 'Общий результат (среднее показанных компетенций)',
  strengths: 'Сильные стороны',
  development: 'Зоны развития (наименее выраженные компетенции, 004 п. 37)',
  indicators: 'Эффективные поведенческие индикаторы для развития',
  none: '—',
  feedback: 'Обратная связь (обсуждение результатов)',
  meetingDate: 'Дата встречи',
  discussed: 'Что обсуждалось',
  actions: 'Согласованные меры развития',
  signatures: ['Служба управления персоналом', 'Оцениваемый'],
  assumption: '≈ Результат — среднее ответов без самооценки по шкале 1–5 (допущение).',
  print: 'Печать',
  export: 'Выгрузить (.xlsx)',
  back: 'К результатам 360°',
  missing: 'Ответов об этом человеке за год нет.',
} as const satisfies Widen<typeof kk>;

export const REPORT_360 = { kk, ru } as const;
