/**
 * The overview (issue 4): units × quarters with progress (scored of those to score), whether the
 * period is submitted, and its deadline state on the working-day calendar; the grade distribution
 * per unit and for the agency — final grades where signed protocols changed them — as a chart and
 * as a table.
 */
import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  deadlineState,
  GRADES,
  lockId,
  methodOf,
  unitProgress,
  yearSchedule,
  type GradeId,
  quarterIdsOf,
  unitNameIn,
} from '../../domain';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { GradeChart } from './GradeChart';
import { createCaseBook } from '../shared/case-book';

export function OverviewPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const today = todayIso();
  const years = createMemo(() => [...new Set(agency.periods().map((p) => p.year))].sort());
  const [year, setYear] = createSignal<number | undefined>(undefined);
  const selectedYear = () =>
    year() ??
    years()
      .filter((y) => `${y}` <= today.slice(0, 4))
      .pop() ??
    years()[0] ??
    Number(today.slice(0, 4));
  const quarters = createMemo(() => agency.periods().filter((p) => p.kind === 'quarter' && p.year === selectedYear()));
  const quarterIds = () => quarterIdsOf(selectedYear());
  const cases = createCaseBook(agency, quarterIds);
  const units = createMemo(() => [...agency.units()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)));
  const progress = createMemo(() =>
    unitProgress(
      cases(),
      units().map((u) => u.id),
      quarters().map((q) => q.id),
    ),
  );
  const cell = (unitId: string, periodId: string) => progress().find((p) => p.unitId === unitId && p.periodId === periodId);
  const deadlines = createMemo(
    () =>
      new Map(
        yearSchedule(selectedYear(), agency.profile(), agency.calendar())
          .filter((d) => d.kind === 'evaluation')
          .map((d) => [d.periodId, d.date]),
      ),
  );
  /** The unit's period is submitted for the method its staff are evaluated by (ranking or points). */
  const lockDay = (unitId: string, periodId: string) => {
    const method = methodOf(false, agency.profile());
    return method
      ? (agency
          .locks()
          .get(lockId(periodId, unitId, method))
          ?.at.slice(0, 10) ?? null)
      : null;
  };
  const submitted = (unitId: string, periodId: string) => lockDay(unitId, periodId) !== null;
  const state = (unitId: string, periodId: string) => {
    const date = deadlines().get(periodId);
    return date ? deadlineState(date, today, lockDay(unitId, periodId), agency.calendar()) : undefined;
  };
  const quarterLabel = (q: number | null) => t('agency.quarter', { q: q ?? 0 });

  const lastEnded = () => [...quarters()].reverse().find((p) => p.end < today) ?? quarters()[0];
  const [chartPeriod, setChartPeriod] = createSignal<string | undefined>(undefined);
  const shownPeriod = () => quarters().find((p) => p.id === chartPeriod()) ?? lastEnded();
  const series = createMemo(() => {
    const p = shownPeriod();
    if (!p) return [];
    const perUnit = units().map((u) => ({ label: unitNameIn(u, app.i18n.lang()), counts: cell(u.id, p.id)?.grades ?? {} }));
    const total: Partial<Record<GradeId, number>> = {};
    for (const s of perUnit) for (const g of GRADES) total[g] = (total[g] ?? 0) + (s.counts[g] ?? 0);
    return [...perUnit, { label: t('overview.agencyTotal'), counts: total }];
  });
  const shownGrades = () => GRADES.filter((g) => series().some((s) => (s.counts[g] ?? 0) > 0));
  const summary = () =>
    series()
      .map(
        (s) =>
          `${s.label}: ${
            shownGrades()
              .map((g) => `${t(`grades.${g}`)} ${s.counts[g] ?? 0}`)
              .join(', ') || '0'
          }`,
      )
      .join('; ');

  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overview.title')}</h1>
      <label class="inline">
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
      <section aria-labelledby="progress-title" class="panel">
        <h2 id="progress-title">{t('overview.progress')}</h2>
        <p class="muted">{t('overview.progressHint')}</p>
        <div class="table-scroll" tabindex="0">
          <table class="table compact progress">
            <thead>
              <tr>
                <th scope="col">{t('overview.unit')}</th>
                <For each={quarters()}>{(q) => <th scope="col">{quarterLabel(q.quarter)}</th>}</For>
              </tr>
            </thead>
            <tbody>
              <For each={units()}>
                {(u) => (
                  <tr>
                    <th scope="row">{unitNameIn(u, app.i18n.lang())}</th>
                    <For each={quarters()}>
                      {(q) => {
                        const c = () => cell(u.id, q.id);
                        return (
                          <td>
                            <A
                              href={`/evaluate?unit=${u.id}&period=${q.id}`}
                              aria-label={`${t('overview.cell', { done: c()?.scored ?? 0, total: c()?.toScore ?? 0 })}. ${t('overview.open', { unit: unitNameIn(u, app.i18n.lang()), period: `${q.year} ${quarterLabel(q.quarter)}` })}`}
                            >
                              {t('overview.cell', { done: c()?.scored ?? 0, total: c()?.toScore ?? 0 })}
                            </A>{' '}
                            <Show when={submitted(u.id, q.id)}>
                              <span class="state state-done">{t('overview.submitted')}</span>{' '}
                            </Show>
                            <Show when={(c()?.recordedNotEvaluated ?? 0) > 0}>
                              <span class="muted small">
                                {t('overview.recordedNotEvaluated', { n: c()?.recordedNotEvaluated ?? 0 })}
                              </span>{' '}
                            </Show>
                            <Show when={!submitted(u.id, q.id) && (c()?.toScore ?? 0) > 0 ? state(u.id, q.id) : undefined}>
                              {(s) => <span class={`state state-${s()}`}>{t(`calendar.states.${s()}`)}</span>}
                            </Show>
                          </td>
                        );
                      }}
                    </For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="distribution-title" class="panel">
        <h2 id="distribution-title">
          {t('overview.distribution', {
            period: shownPeriod() ? `${shownPeriod()?.year} ${quarterLabel(shownPeriod()?.quarter ?? null)}` : '',
          })}
        </h2>
        <label class="inline">
          <span>{t('overview.quarter')}</span>
          <select onChange={(e) => setChartPeriod(e.currentTarget.value)}>
            <For each={quarters()}>
              {(q) => (
                <option value={q.id} selected={q.id === shownPeriod()?.id}>
                  {quarterLabel(q.quarter)}
                </option>
              )}
            </For>
          </select>
        </label>
        <GradeChart series={series()} summary={t('overview.chartLabel', { summary: summary() })} />
        <table class="table compact">
          <thead>
            <tr>
              <th scope="col">{t('overview.unit')}</th>
              <For each={GRADES}>{(g) => <th scope="col">{t(`grades.${g}`)}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={series()}>
              {(s) => (
                <tr>
                  <th scope="row">{s.label}</th>
                  <For each={GRADES}>{(g) => <td class="num">{s.counts[g] ?? 0}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </section>
  );
}
