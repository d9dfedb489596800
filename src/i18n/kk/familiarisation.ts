/** The Kazakh words of the familiarisation screens, typed against the English source (en/familiarisation.ts). */
import type { FamiliarisationMessages } from '../en/familiarisation';

export const kkFamiliarisation: FamiliarisationMessages = {
  familiarisation: {
    title: 'Нәтижелермен таныстыру',
    intro:
      'Әрбір аяқталған нәтижемен қызметші {{days}} жұмыс күні ішінде таныстырылады (004, 12-т.); бас тарту актімен ресімделеді (002, 36-т.).',
    onlyOpen: 'Тек таныстырылмағандар',
    open: 'Таныстырылмағандар: {{count}}',
    none: 'Бұл кезеңде аяқталған нәтижелер әлі жоқ: бөлімше кезеңі тапсырылғанда немесе басшының НМИ парағы келісілгенде пайда болады.',
    result: 'Нәтиже',
    completed: 'Аяқталды',
    deadline: 'Таныстыру мерзімі',
    acquainted: 'Таныстырылды',
    states: { due: 'мерзімінде', dueSoon: 'мерзімі жақын', overdue: 'мерзімі өтті', done: 'орындалды' },
    recordFor: 'Таныстыруды белгілеу: {{name}}',
    on: 'Күні',
    how: 'Қалай',
    hows: { signature: 'қолын қойғызып', electronic: 'электрондық түрде', refusal: 'бас тартты (акт жасалды)' },
    act: 'Бас тарту актісі: нөмірі, кім жасады',
    record: 'Белгілеу',
    late: 'кешіктіріліп',
    withdraw: 'Белгіні қайтарып алу',
    withdrawReason: 'Қайтарып алу себебі',
    problems: {
      beforeCompletion: 'Күн бағалау аяқталғанға дейін ({{date}}).',
      inFuture: 'Күн болашақта.',
      actRequired: 'Бас тарту актісін және оны кім жасағанын көрсетіңіз (002, 36-т.).',
    },
  },
};
