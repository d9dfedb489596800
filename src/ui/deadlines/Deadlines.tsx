/**
 * The home page: the deadline board of a year (issue 7) — everything overdue, due soon and due,
 * from the engine's schedule and the evaluations in progress, each linking to where it is done;
 * what is done can be shown too.
 */
import { createEffect, createMemo, createSignal, For, on, Show, untrack } from 'solid-js';
import {
  deadlineBoardSteps,
  formatDate,
  fullName,
  periodIdsOfYear,
  periodsOfYear,
  type BoardInput,
  type BoardItem,
  unitNameIn,
} from '../../domain';
import { todayIso } from '../../platform/clock';
import { nextFrame } from '../../platform/tasks';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { createCaseBook } from '../shared/case-book';
import { Citation } from '../shared/Citation';
import { Loading } from '../shared/Loading';
import { createStepped } from '../shared/stepped';

/** The board's rows drawn at once, and added by each "show more". */
export const BOARD_PAGE = 200;
/**
 * The rows of the board's first frame: more than a screen shows under the page's header, navigation
 * and filters — 9 at 1366×768, about 18 at 1920×1080 (measured with the demo agency).
 */
export const BOARD_FIRST_ROWS = 20;

/** The board of a year, with the year it is of. */
function* boardOfYear(input: BoardInput) {
  const items = yield* deadlineBoardSteps(input);
  return { year: input.year, items };
}

export function DeadlinesPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const today = todayIso();
  const years = createMemo(() => [...new Set(agency.periods().map((p) => p.year))].sort());
  const [year, setYear] = createSignal<number | undefined>(undefined);
  const selectedYear = () =>
    year() ??
    (years().includes(Number(today.slice(0, 4)))
      ? Number(today.slice(0, 4))
      : (years()[years().length - 1] ?? Number(today.slice(0, 4))));
  const cases = createCaseBook(agency, () => periodIdsOfYear(selectedYear()));
  // Made once the period's records are read, not first without them, and in slices: ten thousand
  // staff are fifty thousand cases to derive (issue 21).
  const board = createStepped(() => {
    if (!cases.loaded()) return undefined;
    const staffed = new Set(agency.employees().map((e) => e.unitId));
    const unitIds = agency
      .units()
      .filter((u) => staffed.has(u.id))
      .map((u) => u.id);
    return boardOfYear({ year: selectedYear(), book: cases(), unitIds });
  });
  // While a change of the records is made into the board, the board before it stays; another year's does not.
  const loaded = () => cases.loaded() && board()?.year === selectedYear();
  const items = () => board()?.items ?? [];
  const [showDone, setShowDone] = createSignal(false);
  const shown = createMemo(() => items().filter((i) => showDone() || i.state !== 'done'));
  // An agency of 10,000 staff has tens of thousands of items: the most urgent come first, a page
  // of them at a time (drawing 43,000 rows was one task of 17 s on the home page).
  const [limit, setLimit] = createSignal(BOARD_PAGE);
  createEffect(on([selectedYear, showDone], () => setLimit(BOARD_PAGE), { defer: true }));
  // The first screenful of rows is drawn first, the rest of the page a frame later: the board is
  // there sooner on a slow PC (issue 21), and the rows below come before anyone scrolls to them.
  const [firstFrame, setFirstFrame] = createSignal(true);
  createEffect(() => {
    if (!loaded()) setFirstFrame(true);
    else if (untrack(firstFrame)) void nextFrame().then(() => setFirstFrame(false));
  });
  const visible = createMemo(() => {
    const all = shown();
    const n = firstFrame() ? Math.min(limit(), BOARD_FIRST_ROWS) : limit();
    return all.length > n ? all.slice(0, n) : all;
  });
  // Counted by the page, not by the rows of the first frame.
  const onPage = () => Math.min(limit(), shown().length);
  const more = () => Math.min(BOARD_PAGE, shown().length - onPage());
  const count = (state: BoardItem['state']) => items().filter((i) => i.state === state).length;

  // Looked up by id: each of the board's rows names a person or a unit, some twice.
  const unitsById = createMemo(() => new Map(agency.units().map((u) => [u.id, u])));
  const peopleById = createMemo(() => new Map(agency.employees().map((e) => [e.id, e])));
  const unitName = (id: string | undefined) => {
    const u = id === undefined ? undefined : unitsById().get(id);
    return u ? unitNameIn(u, app.i18n.lang()) : '';
  };
  const personName = (id: string | undefined) => {
    const e = id === undefined ? undefined : peopleById().get(id);
    return e ? fullName(e) : '';
  };
  const periodLabel = (id: string) => {
    const p = agency.periods().find((x) => x.id === id) ?? periodsOfYear(Number(id.slice(0, 4))).find((x) => x.id === id);
    return p
      ? p.kind === 'year'
        ? t('annual.year', { year: p.year })
        : `${p.year} · ${t('agency.quarter', { q: p.quarter ?? 0 })}`
      : id;
  };
  const what = (i: BoardItem) => {
    const who =
      i.sitting !== undefined
        ? String(i.sitting)
        : i.employeeId
          ? personName(i.employeeId)
          : i.unitId
            ? unitName(i.unitId)
            : t('deadlines.agency');
    return t(`deadlines.kinds.${i.kind}`, { who, period: periodLabel(i.periodId) });
  };
  const link = (i: BoardItem) => {
    const unit = i.unitId ?? (i.employeeId === undefined ? undefined : peopleById().get(i.employeeId)?.unitId) ?? '';
    switch (i.kind) {
      case 'kciSet':
      case 'kciResubmit':
      case 'kciActuals':
      case 'kciEvaluation':
        return `/kci?unit=${unit}&period=${i.periodId}`;
      case 'sheetToCommission':
      case 'approval':
        return `/commission?period=${i.periodId}`;
      case 'familiarisationAgain':
        return `/familiarisation?period=${i.periodId}`;
      case 'appeal':
      case 'appealInformed':
        return `/dossier?employee=${i.employeeId ?? ''}&period=${i.periodId}`;
      case 'plan':
        return agency.profile().components.value.points ? `/points?period=${i.periodId}` : `/kci?period=${i.periodId}`;
      case 'planOf':
      case 'training':
      case 'yearComputed':
        return `/points?unit=${unit}&period=${i.periodId}`;
      case 'evaluation':
        return agency.profile().components.value.points
          ? `/points?unit=${unit}&period=${i.periodId}`
          : `/evaluate?unit=${unit}&period=${i.periodId}`;
      case 'familiarisation':
        return `/familiarisation?period=${i.periodId}`;
      case 'calibrationDecision':
      case 'calibrationSession':
      case 'calibrationProtocol':
        return `/calibration?period=${i.periodId}`;
      default:
        return '/calendar';
    }
  };

  return (
    <section aria-labelledby="deadlines-title">
      <h1 id="deadlines-title">{t('deadlines.title')}</h1>
      <div class="inline-form">
        <label>
          <span>{t('overview.year')}</span>
          <select onChange={(e) => setYear(Number(e.currentTarget.value))}>
            <For each={years()}>
              {(y) => (
                <option value={y} selected={y === selectedYear()}>
                  {y}
                </option>
              )}
            </For>
          </select>
        </label>
        <label class="checkbox">
          <input type="checkbox" checked={showDone()} onChange={(e) => setShowDone(e.currentTarget.checked)} />
          <span>{t('deadlines.showDone')}</span>
        </label>
        <p role="status" class="chips" hidden={!loaded()}>
          <span class="state state-overdue">{t('deadlines.count.overdue', { n: count('overdue') })}</span>
          <span class="state state-dueSoon">{t('deadlines.count.dueSoon', { n: count('dueSoon') })}</span>
          <span class="state">{t('deadlines.count.due', { n: count('due') })}</span>
          <span class="state state-done">{t('deadlines.count.done', { n: count('done') })}</span>
        </p>
      </div>
      <Show when={loaded()} fallback={<Loading />}>
        <Show when={shown().length > 0} fallback={<p class="muted">{t('deadlines.none')}</p>}>
          <div class="table-scroll" tabindex="0" role="region" aria-label={`${t('deadlines.title')} — ${selectedYear()}`}>
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('deadlines.date')}</th>
                  <th scope="col">{t('deadlines.what')}</th>
                  <th scope="col">{t('deadlines.state')}</th>
                  <th scope="col">{t('deadlines.source')}</th>
                  <th scope="col">{t('deadlines.open')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={visible()}>
                  {(i) => {
                    const label = createMemo(() => what(i));
                    return (
                      <tr>
                        <td>{formatDate(i.date)}</td>
                        <th scope="row">{label()}</th>
                        <td>
                          <span class={`state state-${i.state}`}>{t(`deadlines.states.${i.state}`)}</span>
                          {i.doneOn ? ` ${formatDate(i.doneOn)}` : ''}
                          {i.reminder ? <span class="muted"> · {t('deadlines.reminder')}</span> : ''}
                        </td>
                        <td>
                          <Citation source={i.source} assumption={i.assumption} />
                        </td>
                        <td>
                          {/* A plain link into the hash route: the router's <A> costs a few
                            computations a row, and these need no "current page" state. */}
                          <a href={`#${link(i)}`} aria-label={`${t('deadlines.open')}: ${label()}`}>
                            {t('deadlines.open')}
                          </a>
                        </td>
                      </tr>
                    );
                  }}
                </For>
              </tbody>
            </table>
          </div>
          <Show when={more() > 0}>
            <p class="inline-form">
              <span>{t('deadlines.shownOf', { shown: onPage(), total: shown().length })}</span>
              <button type="button" onClick={() => setLimit((n) => n + BOARD_PAGE)}>
                {t('deadlines.more', { n: more() })}
              </button>
            </p>
          </Show>
        </Show>
      </Show>
    </section>
  );
}
