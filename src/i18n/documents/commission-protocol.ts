/** The protocol of the evaluation Commission's sitting (Appendix 5 of 004/001/002). */
import type { Widen } from '../template';

/** The source: the Kazakh words. */
const kk = {
  title: 'Бағалау жөніндегі комиссия отырысының хаттамасы',
  agency: 'Мемлекеттік орган',
  heldOn: 'Отырыс күні',
  order: 'Комиссия құрамы бекітілген бұйрық',
  orderOf: '№ {{number}}, {{date}}',
  period: 'Бағаланатын кезең',
  present: 'Қатысқандар',
  quorum: '{{voting}} мүшенің {{present}}-і қатысты; отырыс өкілетті.',
  number: '№',
  name: 'Тегі, аты, әкесінің аты (бар болса)',
  results: 'Бағалау нәтижелері',
  corrected: 'Комиссияның түзетуі (бар болса)',
  recommendations: 'Комиссияның ұсынымдары',
  decision: 'Шешім',
  decisions: { approve: 'бекітілсін', revise: 'қайта қаралсын' },
  conclusion: 'Қорытынды',
  signatures: 'Қолдар',
  roles: { chair: 'Комиссия төрағасы', member: 'Комиссия мүшесі', secretary: 'Комиссия хатшысы' },
  date: 'Күні',
  print: 'Басып шығару',
  export: 'Түсіру (.xlsx)',
  back: 'Комиссия отырысына оралу',
  none: 'Бұл кезеңде отырыс тіркелмеген.',
} as const;

/** The Russian words: the same keys (and list lengths) as the Kazakh, or the typecheck fails. */
const ru = {
  title: 'Протокол заседания Комиссии по оценке',
  agency: 'Государственный орган',
  heldOn: 'Дата заседания',
  order: 'Приказ об утверждении состава Комиссии',
  orderOf: '№ {{number}} от {{date}}',
  period: 'Оцениваемый период',
  present: 'Присутствовали',
  quorum: 'Присутствовали {{present}} из {{voting}} членов; заседание правомочно.',
  number: '№',
  name: 'Фамилия, имя, отчество (при его наличии)',
  results: 'Результаты оценки',
  corrected: 'Корректировка Комиссией (в случае наличия)',
  recommendations: 'Рекомендации Комиссии',
  decision: 'Решение',
  decisions: { approve: 'утвердить', revise: 'пересмотреть' },
  conclusion: 'Заключение',
  signatures: 'Подписи',
  roles: { chair: 'Председатель Комиссии', member: 'Член Комиссии', secretary: 'Секретарь Комиссии' },
  date: 'Дата',
  print: 'Печать',
  export: 'Выгрузить (.xlsx)',
  back: 'К заседанию Комиссии',
  none: 'Заседание за этот период не зарегистрировано.',
} as const satisfies Widen<typeof kk>;

export const COMMISSION_PROTOCOL = { kk, ru } as const;
