/** Competency lists as the seeds give them in Russian (004) and Kazakh (001). */
import type { Named } from './types';
import { TYPICAL_INDICATORS, type CompetencyIndicators } from './indicators';

const c = (id: string, ru: string, kk: string): Named => ({ id, names: { ru, kk } });

/** 004 §35 / 001 §34: the 360 competencies. */
export const C360 = {
  management: c('management', 'Управление деятельностью', 'Қызметті басқару'),
  communication: c('communication', 'Выстраивание эффективных коммуникаций', 'Тиімді коммуникацияларды құру'),
  ethics: c('ethics', 'Следование этическим нормам и принципам', 'Әдеп нормалары мен қағидаларын ұстану'),
  change: c('change', 'Управление изменениями', 'Өзгерістерді басқару'),
  results: c('results', 'Ориентация на результат', 'Нәтижеге бағдарлану'),
  decisions: c('decisions', 'Самостоятельность и навыки принятия решений', 'Дербестік және шешімдерді қабылдау дағдылары'),
  team: c('team', 'Управление командой', 'Топты басқару'),
  leadership: c('leadership', 'Лидерские качества', 'Көшбасшылық қасиеттер'),
  cooperation: c('cooperation', 'Сотрудничество', 'Ынтымақтастық'),
  promptness: c('promptness', 'Оперативность', 'Жеделділік'),
  selfDevelopment: c('selfDevelopment', 'Саморазвитие', 'Өзін-өзі дамыту'),
  initiative: c('initiative', 'Инициативность', 'Бастамашылдық'),
};

export const HEAD_360: readonly Named[] = [
  C360.management,
  C360.communication,
  C360.ethics,
  C360.change,
  C360.results,
  C360.decisions,
  C360.team,
  C360.leadership,
  C360.cooperation,
  C360.promptness,
  C360.selfDevelopment,
  C360.initiative,
];

export const STAFF_360: readonly Named[] = [
  C360.communication,
  C360.ethics,
  C360.change,
  C360.results,
  C360.decisions,
  C360.cooperation,
  C360.promptness,
  C360.selfDevelopment,
];

/** 004 Appendix 3 / 001 appendix: the competency sheet; * = not assessed without public-service duties. */
export const SHEET_COMPETENCY_NAMES: readonly (Named & { publicServiceOnly: boolean })[] = [
  { ...c('management', 'Управление деятельностью', 'Қызметті басқару'), publicServiceOnly: false },
  { ...c('cooperation', 'Сотрудничество', 'Ынтымақтастық'), publicServiceOnly: false },
  { ...c('decisions', 'Принятие решений', 'Шешім қабылдау'), publicServiceOnly: false },
  { ...c('promptness', 'Оперативность', 'Жеделділік'), publicServiceOnly: false },
  { ...c('selfDevelopment', 'Саморазвитие', 'Өздігінен даму'), publicServiceOnly: false },
  { ...c('consumerOrientation', 'Ориентация на потребителя услуг', 'Қызметті тұтынушыға бағдарлану'), publicServiceOnly: true },
  {
    ...c('consumerInforming', 'Информирование потребителей услуг', 'Қызметті тұтынушыларды хабарландыру'),
    publicServiceOnly: true,
  },
  { ...c('integrity', 'Добропорядочность', 'Адалдық'), publicServiceOnly: false },
  { ...c('responsibility', 'Ответственность', 'Жауапкершілік'), publicServiceOnly: false },
  { ...c('initiative', 'Инициативность', 'Бастамашылдық'), publicServiceOnly: false },
  { ...c('stressResistance', 'Стрессоустойчивость', 'Стресске орнықтылық'), publicServiceOnly: false },
];

/** 004 §33 / 001 §32: ranking parameters. */
export const RANKING_PARAMETERS = [
  { ...c('quality', 'Качество выполнения функциональных обязанностей', 'Функционалдық міндеттерді орындау сапасы'), weight: 1 },
  { ...c('deadlines', 'Соблюдение сроков выполнения задач', 'Тапсырмаларды орындау мерзімдерін сақтау'), weight: 1 },
  { ...c('initiative', 'Самостоятельность и инициативность', 'Дербестік және бастамашылық'), weight: 1 },
  { ...c('discipline', 'Трудовая дисциплина', 'Еңбек тәртібі'), weight: 1 },
];

/** The competency sheet with the behavioural indicators of 004/000 Appendix 4 per group. */
export const SHEET_COMPETENCIES: readonly (Named & { publicServiceOnly: boolean; indicators?: CompetencyIndicators })[] =
  SHEET_COMPETENCY_NAMES.map((c) => {
    const indicators = TYPICAL_INDICATORS[c.id];
    return indicators ? { ...c, indicators } : c;
  });
