/** The Kazakh words of the date field and its calendar, typed against the English source (en/date-input.ts). */
import type { DateInputMessages } from '../en/date-input';

export const kkDateInput: DateInputMessages = {
  dateInput: {
    open: 'Күнтізбеден таңдау',
    dialog: 'Күнді таңдаңыз',
    prevMonth: 'Алдыңғы ай',
    nextMonth: 'Келесі ай',
    prevYear: 'Алдыңғы жыл',
    nextYear: 'Келесі жыл',
    today: 'Бүгін',
    close: 'Жабу',
    keys: 'Көрсеткілер — бір күнге, Page Up / Page Down — бір айға (Shift-пен — бір жылға), Enter — таңдау, Escape — жабу.',
    problems: {
      invalid: '«{{value}}» — күн емес. кк.аа.жжжж түрінде көрсетіңіз, мысалы 12.01.2026.',
      required: 'Күнді көрсетіңіз (кк.аа.жжжж).',
      beforeMin: 'Күн {{date}} күнінен ерте бола алмайды.',
      afterMax: 'Күн {{date}} күнінен кеш бола алмайды.',
    },
    months: {
      m1: 'Қаңтар',
      m2: 'Ақпан',
      m3: 'Наурыз',
      m4: 'Сәуір',
      m5: 'Мамыр',
      m6: 'Маусым',
      m7: 'Шілде',
      m8: 'Тамыз',
      m9: 'Қыркүйек',
      m10: 'Қазан',
      m11: 'Қараша',
      m12: 'Желтоқсан',
    },
    weekdays: {
      d0: 'дүйсенбі',
      d1: 'сейсенбі',
      d2: 'сәрсенбі',
      d3: 'бейсенбі',
      d4: 'жұма',
      d5: 'сенбі',
      d6: 'жексенбі',
    },
    weekdaysShort: { d0: 'Дс', d1: 'Сс', d2: 'Ср', d3: 'Бс', d4: 'Жм', d5: 'Сб', d6: 'Жс' },
  },
};
