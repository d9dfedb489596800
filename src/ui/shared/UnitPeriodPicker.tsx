/**
 * The unit and period a grid page works on: the unit from `?unit=` or the first in tree order; the
 * period from `?period=` or the quarter being evaluated now (the last one that has ended), years
 * offered where the page has an annual view. One picker for every evaluation page.
 */
import { useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show, type Accessor, type JSX } from 'solid-js';
import { setLocked } from '../../store/evaluations';
import { submissionComplete, submissionMissing, type CaseBook, type EvaluationCase, type Period, unitNameIn } from '../../domain';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { derivedFrom, lockId } from '../../domain';

export function createUnitPeriod() {
  const agency = useAgency();
  const { t } = useApp().i18n;
  const today = todayIso();
  const [search] = useSearchParams<{ unit?: string; period?: string }>();
  const quarters = createMemo(() => agency.periods().filter((p) => p.kind === 'quarter'));
  const years = createMemo(() => agency.periods().filter((p) => p.kind === 'year'));
  const [periodId, setPeriodId] = createSignal(search.period ?? '');
  const defaultQuarter = () => [...quarters()].reverse().find((p) => p.end < today)?.id ?? quarters()[0]?.id ?? '';
  /** The chosen period: a quarter or a year. */
  const period = () => agency.periods().find((p) => p.id === (periodId() || defaultQuarter()));
  const units = createMemo(() => [...agency.units()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)));
  const [unitId, setUnitId] = createSignal(search.unit ?? '');
  const unit = () => units().find((u) => u.id === unitId()) ?? units()[0];
  const periodLabel = (p: Period | undefined) =>
    p === undefined
      ? ''
      : p.kind === 'year'
        ? t('annual.year', { year: p.year })
        : `${p.year} · ${t('agency.quarter', { q: p.quarter ?? 0 })}`;
  const quarter = () => {
    const p = period();
    return p?.kind === 'quarter' ? p : undefined;
  };
  const year = () => {
    const p = period();
    return p?.kind === 'year' ? p : undefined;
  };
  return { quarters, years, period, quarter, year, setPeriodId, units, unit, setUnitId, periodLabel };
}

export type UnitPeriod = ReturnType<typeof createUnitPeriod>;

/**
 * The period a page of the procedure after the score works on (the Commission, familiarisation): a
 * quarter, or a year where the Commission reviews the annual result too (002 §35) — with the periods
 * its cases are derived from (a year's case from its quarters' final results).
 */
export function createReviewedPeriod(picked: UnitPeriod) {
  const agency = useAgency();
  const withYears = () => agency.profile().procedure.annualReview.value;
  const period = () => {
    const p = picked.period();
    return p?.kind === 'quarter' || (p?.kind === 'year' && withYears()) ? p : undefined;
  };
  const periodIds = () => {
    const p = period();
    return p ? derivedFrom(p.id) : [];
  };
  return { withYears, period, periodIds };
}

export function UnitPeriodPicker(props: { state: UnitPeriod; withYears: boolean; withUnit?: boolean; children?: JSX.Element }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const s = () => props.state;
  return (
    <div class="inline-form unit-period">
      <Show when={props.withUnit !== false}>
        <label class="inline">
          <span>{t('evaluate.unit')}</span>
          <select value={s().unit()?.id ?? ''} onChange={(e) => s().setUnitId(e.currentTarget.value)}>
            <For each={s().units()}>{(u) => <option value={u.id}>{unitNameIn(u, app.i18n.lang())}</option>}</For>
          </select>
        </label>
      </Show>
      <label class="inline">
        <span>{t('evaluate.period')}</span>
        <select value={s().period()?.id ?? ''} onChange={(e) => s().setPeriodId(e.currentTarget.value)}>
          <For each={s().quarters()}>
            {(p) => (
              <option value={p.id} selected={p.id === s().period()?.id}>
                {s().periodLabel(p)}
              </option>
            )}
          </For>
          <Show when={props.withYears}>
            <For each={s().years()}>
              {(p) => (
                <option value={p.id} selected={p.id === s().period()?.id}>
                  {s().periodLabel(p)}
                </option>
              )}
            </For>
          </Show>
        </select>
      </label>
      {props.children}
      <span class="muted">{agency.profile().names[app.i18n.lang()]}</span>
    </div>
  );
}

/**
 * Submitting (locking) a unit's period for one component and reopening it with a reason (004 §§31–32
 * workflow; logged): the lock's state for the picked unit and period, and the actions. A submission
 * with people who have no complete result lists them first (`submissionMissing`): the user completes
 * them, or records for each why they are not evaluated — nobody drops out silently.
 */
export function createPeriodLock(picked: UnitPeriod, component: 'ranking' | 'points', book: Accessor<CaseBook>) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const info = () => agency.locks().get(lockId(picked.period()?.id ?? '', picked.unit()?.id ?? '', component));
  const [missing, setMissing] = createSignal<readonly EvaluationCase[] | undefined>(undefined);
  const lock = async (notEvaluated: readonly { employeeId: string; reason: string }[]) => {
    const p = picked.period();
    const u = picked.unit();
    if (!p || !u) return false;
    const ok = await agency.runOk(setLocked(agency.ctx, { periodId: p.id, unitId: u.id, component }, true, '', notEvaluated));
    if (ok) setMissing(undefined);
    return ok;
  };
  const submit = async () => {
    const p = picked.period();
    const u = picked.unit();
    if (!p || !u) return;
    const open = submissionMissing(book(), p.id, u.id, component);
    if (open.length > 0) return setMissing(open);
    if (
      await app.confirm(
        t('evaluate.submitConfirm', { unit: unitNameIn(u, app.i18n.lang()), period: picked.periodLabel(p) }),
        t('evaluate.submit'),
      )
    )
      await lock([]);
  };
  /** Submit with the reasons each listed person is not evaluated; refused while one is blank. */
  const submitWith = async (reasons: ReadonlyMap<string, string>) => {
    const list = missing() ?? [];
    if (!submissionComplete(list, reasons)) return app.notify(t('evaluate.missingReasons'), 'error');
    return lock(list.map((c) => ({ employeeId: c.employee.id, reason: reasons.get(c.employee.id) ?? '' })));
  };
  const reopen = async (reason: string) => {
    const p = picked.period();
    const u = picked.unit();
    return p && u ? agency.runOk(setLocked(agency.ctx, { periodId: p.id, unitId: u.id, component }, false, reason)) : false;
  };
  return {
    info,
    locked: () => info() !== undefined,
    submit,
    reopen,
    missing,
    submitWith,
    cancel: () => setMissing(undefined),
  };
}

export type PeriodLockState = ReturnType<typeof createPeriodLock>;
