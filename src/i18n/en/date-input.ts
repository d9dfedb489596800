/** The source words of the date field and its calendar (ui/shared/DateInput.tsx). */
import type { Widen } from '../template';

export const enDateInput = {
  dateInput: {
    open: 'Choose in the calendar',
    dialog: 'Choose a date',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    prevYear: 'Previous year',
    nextYear: 'Next year',
    today: 'Today',
    close: 'Close',
    keys: 'Arrows move by day, Page Up / Page Down by month (with Shift by year), Enter picks, Escape closes.',
    problems: {
      invalid: '“{{value}}” is not a date. Type it as dd.mm.yyyy, e.g. 12.01.2026.',
      required: 'Give a date (dd.mm.yyyy).',
      beforeMin: 'The date cannot be before {{date}}.',
      afterMax: 'The date cannot be after {{date}}.',
    },
    months: {
      m1: 'January',
      m2: 'February',
      m3: 'March',
      m4: 'April',
      m5: 'May',
      m6: 'June',
      m7: 'July',
      m8: 'August',
      m9: 'September',
      m10: 'October',
      m11: 'November',
      m12: 'December',
    },
    weekdays: {
      d0: 'Monday',
      d1: 'Tuesday',
      d2: 'Wednesday',
      d3: 'Thursday',
      d4: 'Friday',
      d5: 'Saturday',
      d6: 'Sunday',
    },
    weekdaysShort: { d0: 'Mo', d1: 'Tu', d2: 'We', d3: 'Th', d4: 'Fr', d5: 'Sa', d6: 'Su' },
  },
} as const;

/** The shape ru and kk give: the same keys, any wording. */
export type DateInputMessages = Widen<typeof enDateInput>;
