/**
 * The direct manager's agreement of a sheet of the points model — a quarter's (002 §24) or the
 * year's (§29) — and then the servant's signature (§§25, 31) or the act drawn up when they refuse:
 * a refusal does not hold the sheet back.
 */
import { createEffect, createSignal, on, Show, untrack } from 'solid-js';
import {
  agreementProblem,
  formatDate,
  SHEET_STEP_SOURCES,
  signatureProblem,
  type IsoDate,
  type Period,
  type PointsSheet,
} from '../../domain';
import { agreePointsSheet, signPointsSheet } from '../../store/points';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { DateInput } from '../shared/DateInput';

export function SheetSignatureForm(props: { period: Period; employeeId: string; sheet: PointsSheet | undefined }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const stored = () => props.sheet?.signature ?? null;
  const initial = untrack(stored);
  const [day, setDay] = createSignal(initial?.on ?? todayIso());
  const [refused, setRefused] = createSignal(initial?.refused ?? false);
  const [act, setAct] = createSignal(initial?.act ?? '');
  // The fields follow the person and the stored signature (here and in other tabs).
  createEffect(
    on(
      () => [props.employeeId, JSON.stringify(stored())] as const,
      () => {
        const now = stored();
        setDay(now?.on ?? todayIso());
        setRefused(now?.refused ?? false);
        setAct(now?.act ?? '');
      },
      { defer: true },
    ),
  );
  const sign = async (e: SubmitEvent) => {
    e.preventDefault();
    const signature = { on: day(), refused: refused(), act: act().trim() };
    const problem = signatureProblem(signature, props.period, todayIso(), props.sheet?.agreedOn);
    if (problem) return app.notify(t(`points.signatureProblems.${problem}`), 'error');
    if (
      await agency.run(
        signPointsSheet(
          agency.ctx,
          { period: props.period, employeeId: props.employeeId, today: todayIso() },
          signature,
          agency.profile(),
        ),
      )
    )
      app.notify(t('points.signatureSaved'), 'info');
  };
  const clear = async () => {
    const at = { period: props.period, employeeId: props.employeeId, today: todayIso() };
    if (await agency.run(signPointsSheet(agency.ctx, at, null, agency.profile())))
      app.notify(t('points.signatureCleared'), 'info');
  };
  const titleId = () => `sheet-sign-${props.period.id}`;
  return (
    <form class="panel" aria-labelledby={titleId()} onSubmit={(e) => void sign(e)}>
      <h3 id={titleId()}>{t('points.signTitle')}</h3>
      <Show when={props.sheet?.signature}>
        {(s) => (
          <p role="status">
            {s().refused
              ? t('points.signedRefused', { date: formatDate(s().on), act: s().act })
              : t('points.signedOn', { date: formatDate(s().on) })}
          </p>
        )}
      </Show>
      <div class="inline-form">
        <DateInput label={t('points.signOn')} value={day()} max={todayIso()} required onChange={(v) => setDay(v ?? todayIso())} />
        <label class="checkbox">
          <input type="checkbox" checked={refused()} onChange={(e) => setRefused(e.currentTarget.checked)} />
          <span>{t('points.refusedToSign')}</span>
        </label>
        <Show when={refused()}>
          <label class="grow">
            <span>{t('points.refusalAct')}</span>
            <input value={act()} onInput={(e) => setAct(e.currentTarget.value)} />
          </label>
        </Show>
        <button type="submit">{t('points.signSave')}</button>
        <Show when={props.sheet?.signature}>
          <button type="button" onClick={() => void clear()}>
            {t('points.signClear')}
          </button>
        </Show>
      </div>
    </form>
  );
}

/** 002 §24 (§29 for the year): the day the direct manager agreed the sheet, before the servant signs. */
export function SheetAgreementForm(props: { period: Period; employeeId: string; sheet: PointsSheet | undefined }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const stored = () => props.sheet?.agreedOn ?? null;
  const [day, setDay] = createSignal(untrack(stored) ?? todayIso());
  createEffect(
    on(
      () => [props.employeeId, stored()] as const,
      () => setDay(stored() ?? todayIso()),
      { defer: true },
    ),
  );
  const isYear = () => props.period.kind === 'year';
  const hint = () =>
    isYear()
      ? t('points.agreeHintYear', { source: SHEET_STEP_SOURCES.year.agree })
      : t('points.agreeHint', {
          source: SHEET_STEP_SOURCES.quarter.agree,
          count: props.sheet?.violations.length ?? 0,
        });
  const save = async (on: IsoDate | null) => {
    const problem = agreementProblem(on, props.period, todayIso(), props.sheet?.signature);
    if (problem) return app.notify(t(`points.agreementProblems.${problem}`), 'error');
    const at = { period: props.period, employeeId: props.employeeId, today: todayIso() };
    if (await agency.run(agreePointsSheet(agency.ctx, at, on, agency.profile())))
      app.notify(t(on === null ? 'points.agreementWithdrawn' : 'points.agreementSaved'), 'info');
  };
  const titleId = () => `sheet-agree-${props.period.id}`;
  const hintId = () => `sheet-agree-hint-${props.period.id}`;
  return (
    <form
      class="panel"
      aria-labelledby={titleId()}
      aria-describedby={hintId()}
      onSubmit={(e) => {
        e.preventDefault();
        void save(day());
      }}
    >
      <h3 id={titleId()}>{t('points.agreeTitle')}</h3>
      <p id={hintId()} class="hint">
        {hint()}
      </p>
      <p role="status">
        {stored() === null ? t('points.notAgreedText') : t('points.agreedOnText', { date: formatDate(stored() ?? '') })}
      </p>
      <div class="inline-form">
        <DateInput label={t('points.signOn')} value={day()} max={todayIso()} required onChange={(v) => setDay(v ?? todayIso())} />
        <button type="submit">{t('points.agreeSave')}</button>
        <Show when={stored() !== null}>
          <button type="button" onClick={() => void save(null)}>
            {t('points.agreeWithdraw')}
          </button>
        </Show>
      </div>
    </form>
  );
}
