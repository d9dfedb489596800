/** The Russian words of the deadlines screens, typed against the English source (en/deadlines.ts). */
import type { DeadlinesMessages } from '../en/deadlines';

export const ruDeadlines: DeadlinesMessages = {
  deadlines: {
    title: 'Сроки',
    agency: 'организация',
    showDone: 'Показывать выполненное',
    count: { overdue: 'просрочено: {{n}}', dueSoon: 'срок скоро: {{n}}', due: 'в срок: {{n}}', done: 'выполнено: {{n}}' },
    none: 'Сроков нет.',
    date: 'Дата',
    what: 'Что',
    state: 'Состояние',
    source: 'Источник',
    open: 'Открыть',
    reminder: 'напоминание',
    states: { overdue: 'просрочено', dueSoon: 'срок скоро', due: 'в срок', done: 'выполнено' },
    kinds: {
      kciSet: 'Установить КЦИ: {{who}}, {{period}}',
      kciPlacement: 'Разместить планы КЦИ в информационной системе, {{period}}',
      kciNotify: 'Уведомить руководителей об оценке по КЦИ, {{period}}',
      notify: 'Уведомить служащих об оценке, {{period}}',
      evaluation: 'Сдать оценку подразделения «{{who}}», {{period}}',
      survey360: 'Завершить оценку 360, {{period}}',
      annual: 'Сформировать годовые результаты, {{period}}',
      kciResubmit: 'Повторно внести возвращённый лист КЦИ: {{who}}, {{period}}',
      familiarisation: 'Ознакомить с результатом: {{who}}, {{period}}',
      calibrationDecision: 'Калибровочная сессия {{who}}: решение и состав, {{period}}',
      calibrationSession: 'Провести калибровочную сессию {{who}}, {{period}}',
      calibrationProtocol: 'Разместить протокол калибровочной сессии {{who}}, {{period}}',
    },
  },
};
