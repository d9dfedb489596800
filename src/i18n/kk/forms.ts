/** The Kazakh words of the forms screens, typed against the English source (en/forms.ts). */
import type { FormsMessages } from '../en/forms';

export const kkForms: FormsMessages = {
  forms: {
    label: 'Ресми нысандар',
    plan: 'Жеке жұмыс жоспары (1-қосымша)',
    kci: 'НМИ бойынша бағалау парағы (2-қосымша)',
    competency: '{{year}} жылғы құзіреттер бойынша бағалау парағы (3-қосымша)',
    ranking: 'Саралау әдісімен бағалау парағы',
  },
};
