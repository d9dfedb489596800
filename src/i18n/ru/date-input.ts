/** The Russian words of the date field and its calendar, typed against the English source (en/date-input.ts). */
import type { DateInputMessages } from '../en/date-input';

export const ruDateInput: DateInputMessages = {
  dateInput: {
    open: 'Выбрать в календаре',
    dialog: 'Выберите дату',
    prevMonth: 'Предыдущий месяц',
    nextMonth: 'Следующий месяц',
    prevYear: 'Предыдущий год',
    nextYear: 'Следующий год',
    today: 'Сегодня',
    close: 'Закрыть',
    keys: 'Стрелки — на день, Page Up / Page Down — на месяц (с Shift — на год), Enter — выбрать, Escape — закрыть.',
    problems: {
      invalid: '«{{value}}» — не дата. Укажите в виде дд.мм.гггг, например 12.01.2026.',
      required: 'Укажите дату (дд.мм.гггг).',
      beforeMin: 'Дата не может быть раньше {{date}}.',
      afterMax: 'Дата не может быть позже {{date}}.',
    },
    months: {
      m1: 'Январь',
      m2: 'Февраль',
      m3: 'Март',
      m4: 'Апрель',
      m5: 'Май',
      m6: 'Июнь',
      m7: 'Июль',
      m8: 'Август',
      m9: 'Сентябрь',
      m10: 'Октябрь',
      m11: 'Ноябрь',
      m12: 'Декабрь',
    },
    weekdays: {
      d0: 'понедельник',
      d1: 'вторник',
      d2: 'среда',
      d3: 'четверг',
      d4: 'пятница',
      d5: 'суббота',
      d6: 'воскресенье',
    },
    weekdaysShort: { d0: 'Пн', d1: 'Вт', d2: 'Ср', d3: 'Чт', d4: 'Пт', d5: 'Сб', d6: 'Вс' },
  },
};
