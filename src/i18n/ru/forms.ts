/** The Russian words of the forms screens, typed against the English source (en/forms.ts). */
import type { FormsMessages } from '../en/forms';

export const ruForms: FormsMessages = {
  forms: {
    label: 'Официальные формы',
    plan: 'Индивидуальный план работы (прил. 1)',
    kci: 'Лист оценки по КЦИ (прил. 2)',
    competency: 'Лист оценки по компетенциям (прил. 3) за {{year}} год',
    ranking: 'Лист оценки методом ранжирования',
  },
};
