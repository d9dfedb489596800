/** The Kazakh words of the deadlines screens, typed against the English source (en/deadlines.ts). */
import type { DeadlinesMessages } from '../en/deadlines';

export const kkDeadlines: DeadlinesMessages = {
  deadlines: {
    title: 'Мерзімдер',
    agency: 'ұйым',
    showDone: 'Орындалғандарды көрсету',
    count: {
      overdue: 'мерзімі өтті: {{n}}',
      dueSoon: 'мерзімі жақын: {{n}}',
      due: 'мерзімінде: {{n}}',
      done: 'орындалды: {{n}}',
    },
    none: 'Мерзімдер жоқ.',
    date: 'Күні',
    what: 'Не',
    state: 'Жағдайы',
    source: 'Дереккөз',
    open: 'Ашу',
    reminder: 'еске салу',
    states: { overdue: 'мерзімі өтті', dueSoon: 'мерзімі жақын', due: 'мерзімінде', done: 'орындалды' },
    kinds: {
      kciSet: 'НМИ белгілеу: {{who}}, {{period}}',
      kciPlacement: 'НМИ жоспарларын ақпараттық жүйеге орналастыру, {{period}}',
      kciNotify: 'Басшыларды НМИ бойынша бағалау туралы хабардар ету, {{period}}',
      notify: 'Қызметшілерді бағалау туралы хабардар ету, {{period}}',
      evaluation: '«{{who}}» бөлімшесінің бағалауын тапсыру, {{period}}',
      survey360: '360 бағалауын аяқтау, {{period}}',
      annual: 'Жылдық нәтижелерді қалыптастыру, {{period}}',
      kciResubmit: 'Қайтарылған НМИ парағын қайта енгізу: {{who}}, {{period}}',
      familiarisation: 'Нәтижемен таныстыру: {{who}}, {{period}}',
      calibrationDecision: '{{who}} калибрлеу сессиясы: шешім және құрам, {{period}}',
      calibrationSession: '{{who}} калибрлеу сессиясын өткізу, {{period}}',
      calibrationProtocol: '{{who}} калибрлеу сессиясының хаттамасын орналастыру, {{period}}',
    },
  },
};
