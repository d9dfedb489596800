/** The Russian words of the familiarisation screens, typed against the English source (en/familiarisation.ts). */
import type { FamiliarisationMessages } from '../en/familiarisation';

export const ruFamiliarisation: FamiliarisationMessages = {
  familiarisation: {
    title: 'Ознакомление с результатами',
    intro:
      'С каждым завершённым результатом служащего знакомят в течение {{days}} рабочих дней (004 п. 12); отказ оформляется актом (002 п. 36).',
    onlyOpen: 'Только не ознакомленные',
    open: 'Не ознакомлены: {{count}}',
    none: 'В этом периоде ещё нет завершённых результатов: они появляются, когда период подразделения сдан или лист КЦИ руководителя согласован.',
    result: 'Результат',
    completed: 'Завершено',
    deadline: 'Ознакомить до',
    acquainted: 'Ознакомлен',
    states: { due: 'в срок', dueSoon: 'срок скоро', overdue: 'просрочено', done: 'выполнено' },
    recordFor: 'Отметить ознакомление: {{name}}',
    on: 'Дата',
    how: 'Как',
    hows: { signature: 'под подпись', electronic: 'в электронной форме', refusal: 'отказ (составлен акт)' },
    act: 'Акт об отказе: номер, кто составил',
    record: 'Отметить',
    late: 'с опозданием',
    withdraw: 'Отозвать отметку',
    withdrawReason: 'Причина отзыва',
    problems: {
      beforeCompletion: 'Дата раньше завершения оценки ({{date}}).',
      inFuture: 'Дата в будущем.',
      actRequired: 'Укажите акт об отказе и кто его составил (002 п. 36).',
    },
  },
};
