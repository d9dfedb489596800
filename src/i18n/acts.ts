/**
 * The sources legend (issue 19 §6): each act a citation names by its number («004 п. 23»), as the act
 * itself is titled — who adopted it, its kind, date and number. Shown on hover of every citation and
 * listed on the Methodology page.
 */
import type { Lang } from '../domain';

export const ACT_CODES = ['000', '001', '002', '003', '004'] as const;
export type ActCode = (typeof ACT_CODES)[number];

export const ACTS: Readonly<Record<ActCode, Readonly<Record<Lang, string>>>> = {
  '000': {
    kk: 'Қызылорда облыстық мәслихатының 2021 жылғы 25 қарашадағы № 68 шешімі (2018 жылғы 29 наурыздағы № 199 шешімге өзгеріс енгізу туралы)',
    ru: 'Решение Кызылординского областного маслихата от 25 ноября 2021 года № 68 (о внесении изменения в решение от 29 марта 2018 года № 199)',
    en: 'Decision of the Kyzylorda regional maslikhat of 25 November 2021 No. 68 (amending decision No. 199 of 29 March 2018)',
  },
  '001': {
    kk: 'Маңғыстау облысы Жаңаөзен қалалық мәслихатының 2018 жылғы 10 сәуірдегі № 19/231 шешімі',
    ru: 'Решение маслихата города Жанаозен Мангистауской области от 10 апреля 2018 года № 19/231',
    en: 'Decision of the Zhanaozen city maslikhat, Mangystau region, of 10 April 2018 No. 19/231',
  },
  '002': {
    kk: 'Қазақстан Республикасы Әділет министрінің 2017 жылғы 22 маусымдағы № 777 бұйрығы',
    ru: 'Приказ Министра юстиции Республики Казахстан от 22 июня 2017 года № 777',
    en: 'Order of the Minister of Justice of the Republic of Kazakhstan of 22 June 2017 No. 777',
  },
  '003': {
    kk: 'Қазақстан Республикасы Жоғары Сот Кеңесі аппараты Басшысының 2018 жылғы 12 шілдедегі № 2-4/26 өкімі',
    ru: 'Распоряжение руководителя аппарата Высшего Судебного Совета Республики Казахстан от 12 июля 2018 года № 2-4/26',
    en: 'Order of the Head of the Office of the Supreme Judicial Council of the Republic of Kazakhstan of 12 July 2018 No. 2-4/26',
  },
  '004': {
    kk: 'Павлодар облысы Ақсу қаласы әкімдігінің 2018 жылғы 4 мамырдағы № 278/5 қаулысы',
    ru: 'Постановление акимата города Аксу Павлодарской области от 4 мая 2018 года № 278/5',
    en: 'Resolution of the Aksu city akimat, Pavlodar region, of 4 May 2018 No. 278/5',
  },
};

/** The acts a citation names, in the order it names them. @example actsIn('004 §§34–36; 001 §33') → ['004', '001'] */
export function actsIn(source: string): ActCode[] {
  const found = source.match(/\b00[0-4]\b/g) ?? [];
  return [...new Set(found)].filter((c): c is ActCode => (ACT_CODES as readonly string[]).includes(c));
}

/** The legend of a citation: each act it names with its title. */
export const actLegend = (lang: Lang, source: string): string =>
  actsIn(source)
    .map((c) => `${c} — ${ACTS[c][lang]}`)
    .join('\n');
