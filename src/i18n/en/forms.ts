/** The source words of the forms screens (forms). */
import type { Widen } from '../template';

export const enForms = {
  forms: {
    label: 'Official forms',
    plan: 'Individual work plan (App. 1)',
    kci: 'KCI evaluation sheet (App. 2)',
    competency: 'Competency sheet (App. 3) for {{year}}',
    ranking: 'Ranking sheet',
  },
} as const;

/** The shape ru and kk give: the same keys, any wording. */
export type FormsMessages = Widen<typeof enForms>;
