/**
 * Working days and deadlines (METHODOLOGY §6, rule 10): the year's days off with why each is off,
 * HR's amendments (decrees move days every year), and the schedule of deadlines the agency's profile
 * implies, with their state today.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import { daysOffOfYear, deadlineState, formatDate, yearSchedule, type CalendarAmendments } from '../../domain';
import { setCalendarAmendments } from '../../store/organisation';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { Citation } from '../shared/Citation';
import { DateInput } from '../shared/DateInput';

const LOCALES = { ru: 'ru-RU', en: 'en-GB' } as const;
/** Chromium ships no Kazakh ICU data (it would print "Monday" or nothing useful): the names, Monday first. */
const KK_WEEKDAYS = ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'];

export function CalendarPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const today = todayIso();
  const [year, setYear] = createSignal(Number(today.slice(0, 4)));
  const years = () => [...new Set([year() - 1, year(), year() + 1, ...agency.periods().map((p) => p.year)])].sort();
  const amendments = () => agency.settings().calendarAmendments;
  const days = createMemo(() => daysOffOfYear(year(), agency.calendar()));
  const schedule = createMemo(() => yearSchedule(year(), agency.profile(), agency.calendar()));
  const weekday = (iso: string) => {
    const date = new Date(`${iso}T00:00:00Z`);
    const lang = app.i18n.lang();
    return lang === 'kk'
      ? (KK_WEEKDAYS[(date.getUTCDay() + 6) % 7] ?? '')
      : new Intl.DateTimeFormat(LOCALES[lang], { weekday: 'long', timeZone: 'UTC' }).format(date);
  };
  const [date, setDate] = createSignal('');
  const [dateValid, setDateValid] = createSignal(false);
  const [note, setNote] = createSignal('');
  const [error, setError] = createSignal('');

  const amend = async (kind: 'daysOff' | 'workdays') => {
    const iso = dateValid() && date() !== '' ? date() : undefined;
    if (iso === undefined) {
      setError(t('calendar.badDate'));
      return;
    }
    setError('');
    const current = amendments();
    const next: CalendarAmendments = {
      ...current,
      [kind]: [...current[kind].filter((d) => d.date !== iso), { date: iso, note: note().trim() }].sort((a, b) =>
        a.date < b.date ? -1 : 1,
      ),
    };
    if (await agency.runOk(setCalendarAmendments(agency.ctx, next))) {
      setDate('');
      setNote('');
    }
  };
  const remove = (kind: 'daysOff' | 'workdays', iso: string) =>
    void agency.runOk(
      setCalendarAmendments(agency.ctx, { ...amendments(), [kind]: amendments()[kind].filter((d) => d.date !== iso) }),
    );

  return (
    <section aria-labelledby="calendar-title">
      <h1 id="calendar-title">{t('calendar.title')}</h1>
      <p>{t('calendar.intro')}</p>
      <label class="inline">
        <span>{t('calendar.year')}</span>
        <select value={year()} onChange={(e) => setYear(Number(e.currentTarget.value))}>
          <For each={years()}>{(y) => <option value={y}>{y}</option>}</For>
        </select>
      </label>
      <div class="two-columns">
        <section aria-labelledby="days-off-title" class="panel">
          <h2 id="days-off-title">{t('calendar.daysOff')}</h2>
          <div class="table-scroll" tabindex="0">
            <table class="table compact">
              <thead>
                <tr>
                  <th scope="col">{t('calendar.date')}</th>
                  <th scope="col">{t('calendar.weekday')}</th>
                  <th scope="col">{t('calendar.why')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={days()}>
                  {(d) => (
                    <tr>
                      <td>{formatDate(d.date)}</td>
                      <td>{weekday(d.date)}</td>
                      <td>
                        {d.name ? `${d.name} · ` : ''}
                        {t(`calendar.kinds.${d.kind}`)}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </section>
        <section aria-labelledby="amend-title" class="panel">
          <h2 id="amend-title">{t('calendar.amendTitle')}</h2>
          <form class="inline-form" onSubmit={(e) => e.preventDefault()}>
            <DateInput
              label={t('calendar.date')}
              value={date()}
              required
              describedBy="amend-error"
              onChange={(v) => setDate(v ?? '')}
              onValidity={setDateValid}
            />
            <label>
              <span>{t('calendar.note')}</span>
              <input value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
            </label>
            <button type="button" onClick={() => void amend('daysOff')}>
              {t('calendar.addDayOff')}
            </button>
            <button type="button" onClick={() => void amend('workdays')}>
              {t('calendar.addWorkday')}
            </button>
          </form>
          <p id="amend-error" class="field-error" role="alert">
            {error()}
          </p>
          <Show
            when={amendments().daysOff.length + amendments().workdays.length > 0}
            fallback={<p class="muted">{t('calendar.noAmendments')}</p>}
          >
            <ul>
              <For
                each={[
                  ...amendments().daysOff.map((d) => ({ ...d, kind: 'daysOff' as const })),
                  ...amendments().workdays.map((d) => ({ ...d, kind: 'workdays' as const })),
                ]}
              >
                {(d) => (
                  <li>
                    {formatDate(d.date)} — {d.kind === 'daysOff' ? t('calendar.amendedOff') : t('calendar.amendedWork')}
                    {d.note ? ` (${d.note})` : ''}{' '}
                    <button
                      type="button"
                      class="link danger"
                      onClick={() => remove(d.kind, d.date)}
                      aria-label={`${t('app.delete')}: ${formatDate(d.date)}`}
                    >
                      {t('app.delete')}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>
      </div>
      <section aria-labelledby="schedule-title" class="panel">
        <h2 id="schedule-title">{t('calendar.schedule', { profile: agency.profile().names[app.i18n.lang()] })}</h2>
        <table class="table compact">
          <thead>
            <tr>
              <th scope="col">{t('calendar.deadline')}</th>
              <th scope="col">{t('calendar.period')}</th>
              <th scope="col">{t('calendar.date')}</th>
              <th scope="col">{t('calendar.state')}</th>
              <th scope="col">{t('calendar.source')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={schedule()}>
              {(d) => {
                const state = () => deadlineState(d.date, today, null, agency.calendar());
                return (
                  <tr>
                    <td>{t(`calendar.deadlineKinds.${d.kind}`)}</td>
                    <td>
                      {d.periodId.endsWith('-Y') ? t('agency.wholeYear') : t('agency.quarter', { q: d.periodId.slice(-1) })}
                    </td>
                    <td>{formatDate(d.date)}</td>
                    <td>
                      <span class={`state state-${state()}`}>{t(`calendar.states.${state()}`)}</span>
                    </td>
                    <td>
                      <Citation source={d.source} assumption={d.assumption} />
                    </td>
                  </tr>
                );
              }}
            </For>
          </tbody>
        </table>
      </section>
    </section>
  );
}
