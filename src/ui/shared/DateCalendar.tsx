/**
 * The calendar popup of a date field (ui/shared/DateInput.tsx): a dialog with the month as a grid,
 * Monday first, month and weekday names in the UI language (our dictionaries — Chromium has no
 * Kazakh locale data). Keyboard as the WAI-ARIA date picker dialog: arrows move a day or a week,
 * Home/End to the week's ends, PageUp/PageDown a month (with Shift a year), Enter or Space picks,
 * Escape closes; Tab stays inside. Days outside min/max are shown greyed and cannot be picked.
 */
import { createMemo, createSignal, createUniqueId, For, onMount, Show, untrack } from 'solid-js';
import {
  formatDate,
  monthWeeks,
  moveInCalendar,
  weekdayFromMonday,
  withinBounds,
  type CalendarMove,
  type DateBounds,
} from '../../domain';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';

const KEY_MOVES: Readonly<Record<string, CalendarMove>> = {
  ArrowLeft: 'prevDay',
  ArrowRight: 'nextDay',
  ArrowUp: 'prevWeek',
  ArrowDown: 'nextWeek',
  Home: 'weekStart',
  End: 'weekEnd',
  PageUp: 'prevMonth',
  PageDown: 'nextMonth',
};
const WEEKDAYS = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6'] as const;
const MONTHS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11', 'm12'] as const;

export function DateCalendar(props: {
  /** The day shown first: the field's date, or today, brought into the bounds. */
  start: string;
  selected: string | null;
  bounds: DateBounds;
  /** What the field is, for the dialog's name. */
  label: string;
  onPick: (iso: string) => void;
  onClose: () => void;
}) {
  const app = useApp();
  const { t } = app.i18n;
  // The day first focused; later moves are the calendar's own.
  const [focused, setFocused] = createSignal(untrack(() => props.start));
  const today = todayIso();
  const year = () => Number(focused().slice(0, 4));
  const month = () => Number(focused().slice(5, 7));
  const weeks = createMemo(() => monthWeeks(year(), month()));
  const monthName = (m: number) => t(`dateInput.months.${MONTHS[m - 1] ?? 'm1'}`);
  const dayLabel = (iso: string) => `${t(`dateInput.weekdays.${WEEKDAYS[weekdayFromMonday(iso)] ?? 'd0'}`)}, ${formatDate(iso)}`;
  let dialog!: HTMLDivElement;
  const titleId = `date-calendar-${createUniqueId()}`;

  const focusDay = () => queueMicrotask(() => dialog.querySelector<HTMLElement>('td[tabindex="0"]')?.focus());
  const go = (move: CalendarMove, refocus: boolean) => {
    setFocused(moveInCalendar(focused(), move, props.bounds));
    if (refocus) focusDay();
  };
  const pick = (iso: string) => {
    if (withinBounds(iso, props.bounds)) props.onPick(iso);
  };

  const onGridKey = (e: KeyboardEvent) => {
    const base = KEY_MOVES[e.key];
    if (base) {
      e.preventDefault();
      go(e.shiftKey && base === 'prevMonth' ? 'prevYear' : e.shiftKey && base === 'nextMonth' ? 'nextYear' : base, true);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pick(focused());
    }
  };
  const onDialogKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
    } else if (e.key === 'Tab') {
      const stops = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled]), td[tabindex="0"]')];
      const first = stops[0];
      const last = stops[stops.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first?.focus();
      }
    }
  };
  onMount(focusDay);

  return (
    <div
      ref={dialog}
      class="date-calendar"
      role="dialog"
      aria-modal="true"
      aria-label={`${t('dateInput.dialog')}: ${props.label}`}
      onKeyDown={onDialogKey}
    >
      <div class="date-calendar-head">
        <button type="button" class="icon" aria-label={t('dateInput.prevYear')} onClick={() => go('prevYear', false)}>
          «
        </button>
        <button type="button" class="icon" aria-label={t('dateInput.prevMonth')} onClick={() => go('prevMonth', false)}>
          ‹
        </button>
        <span id={titleId} class="date-calendar-title" aria-live="polite">
          {monthName(month())} {year()}
        </span>
        <button type="button" class="icon" aria-label={t('dateInput.nextMonth')} onClick={() => go('nextMonth', false)}>
          ›
        </button>
        <button type="button" class="icon" aria-label={t('dateInput.nextYear')} onClick={() => go('nextYear', false)}>
          »
        </button>
      </div>
      <table role="grid" aria-labelledby={titleId} onKeyDown={onGridKey}>
        <thead>
          <tr>
            <For each={WEEKDAYS}>
              {(d) => (
                <th scope="col" abbr={t(`dateInput.weekdays.${d}`)}>
                  {t(`dateInput.weekdaysShort.${d}`)}
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={weeks()}>
            {(week) => (
              <tr>
                <For each={week}>
                  {(iso) => (
                    <Show when={iso} fallback={<td class="outside" />}>
                      {(day) => (
                        <td
                          tabindex={day() === focused() ? 0 : -1}
                          aria-selected={day() === props.selected}
                          aria-disabled={withinBounds(day(), props.bounds) ? undefined : 'true'}
                          aria-current={day() === today ? 'date' : undefined}
                          classList={{ today: day() === today, selected: day() === props.selected }}
                          onClick={() => {
                            setFocused(day());
                            pick(day());
                          }}
                        >
                          <span aria-hidden="true">{Number(day().slice(8, 10))}</span>
                          <span class="sr-only">{dayLabel(day())}</span>
                        </td>
                      )}
                    </Show>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <p class="date-calendar-keys muted">{t('dateInput.keys')}</p>
      <div class="date-calendar-foot">
        <button type="button" disabled={!withinBounds(today, props.bounds)} onClick={() => pick(today)}>
          {t('dateInput.today')}
        </button>
        <button type="button" onClick={() => props.onClose()}>
          {t('dateInput.close')}
        </button>
      </div>
    </div>
  );
}
