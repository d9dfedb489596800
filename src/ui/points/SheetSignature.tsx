/**
 * The servant's signature of an agreed sheet of the points model — a quarter's (002 §25) or the
 * year's (002 §31) — or the act drawn up when they refuse: a refusal does not hold the sheet back.
 */
import { createEffect, createSignal, on, Show, untrack } from 'solid-js';
import { formatDate, signatureProblem, type Period, type PointsSheet } from '../../domain';
import { signPointsSheet } from '../../store/points';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';

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
    const problem = signatureProblem(signature, props.period, todayIso());
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
        <label>
          <span>{t('points.signOn')}</span>
          <input type="date" value={day()} max={todayIso()} onInput={(e) => setDay(e.currentTarget.value || todayIso())} />
        </label>
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
      </div>
    </form>
  );
}
