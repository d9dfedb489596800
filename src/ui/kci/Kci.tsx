/**
 * KCI of unit heads (004 §§22–28): pick a unit and a quarter; for the unit's head, whether they are
 * evaluated by KCI in that quarter (and why not), their individual work plan and the KCI sheet with
 * the superior manager's review.
 */
import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import {
  formatDate,
  fullName,
  kciEditable,
  kciPlanId,
  kciReviewState,
  methodOf,
  type Employee,
  type KciPlan,
  type Period,
} from '../../domain';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { exclusionText } from '../shared/messages';
import { createUnitPeriod, UnitPeriodPicker } from '../shared/UnitPeriodPicker';
import { KciPlanEditor } from './KciPlanEditor';
import { KciSheet } from './KciSheet';
import { createCaseBook } from '../shared/case-book';

export function KciPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const picked = createUnitPeriod();
  const docLang = () => (app.i18n.lang() === 'kk' ? 'kk' : 'ru');
  const { quarters, unit } = picked;
  const period = picked.quarter;
  const cases = createCaseBook(agency, () => {
    const p = period();
    return p ? [p.id] : [];
  });
  // The unit's heads the KCI method evaluates (the case's one rule).
  const heads = createMemo(() => {
    const book = cases();
    return agency
      .employees()
      .filter((e) => e.unitId === unit()?.id && methodOf(book.heads.has(e.id), agency.profile()) === 'kci')
      .sort((a, b) => fullName(a).localeCompare(fullName(b)) || (a.id < b.id ? -1 : 1));
  });
  const [headId, setHeadId] = createSignal('');
  const head = () => heads().find((h) => h.id === headId()) ?? heads()[0];
  const previousPeriod = () => {
    const list = quarters();
    const i = list.findIndex((p) => p.id === period()?.id);
    return i > 0 ? list[i - 1] : undefined;
  };

  const previousLabel = () => {
    const prev = previousPeriod();
    return picked.periodLabel(prev);
  };
  const planIds = () => {
    const p = period();
    const prev = previousPeriod();
    const h = head();
    return p && h ? [kciPlanId(p.id, h.id), prev ? kciPlanId(prev.id, h.id) : ''] : [];
  };
  const found = agency.live('kciPlansById', planIds, []);
  const plans = () => found().map((p) => p ?? undefined);
  const plan = () => plans()[0];

  const theCase = createMemo(() => {
    const p = period();
    const h = head();
    return p && h ? cases().caseOf(h.id, p.id) : undefined;
  });
  const elig = () => theCase()?.eligibility;
  // 004 §23: no KCIs when less than three months remain from the appointment to the period's end.
  const tooLate = () => theCase()?.blocks.includes('kciNotSet') === true;
  const excluded = () => {
    const e = elig();
    return e?.kind === 'notEvaluated' ? e : undefined;
  };
  const absent = () => {
    const e = elig();
    return e?.kind === 'shifted' || e?.kind === 'withoutParticipation' ? e : undefined;
  };
  const absenceText = (e: NonNullable<ReturnType<typeof absent>>) =>
    e.kind === 'shifted'
      ? t('kci.shifted', {
          status: t(`statusKinds.${e.reason}`),
          days: agency.profile().deadlines.shiftedKciWorkingDays.value,
          source: e.source,
          deadline: e.deadline ? t('kci.shiftedBy', { date: formatDate(e.deadline) }) : '',
        })
      : `${t(`statusKinds.${e.reason}`)}: ${t('values.withoutParticipation')}`;
  const evaluated = () => elig()?.kind !== 'notEvaluated' && !tooLate();
  const hasItems = () => (plan()?.items.length ?? 0) > 0;
  /** The plan's editor: first while the plan has no KCIs, under the sheet once it has. */
  const planEditor = (period: () => Period, head: () => Employee) => (
    <KciPlanEditor
      period={period()}
      employeeId={head().id}
      plan={plan()}
      previous={plans()[1]}
      previousLabel={previousLabel()}
      editable={planEditable()}
    />
  );
  const planEditable = () => evaluated() && (plan() === undefined || kciEditable(kciReviewState(plan() as KciPlan)));

  return (
    <section aria-labelledby="kci-title">
      <div class="page-head grid-page-head">
        <h1 id="kci-title">{t('kci.title')}</h1>
        <Show when={quarters().length > 0}>
          <UnitPeriodPicker state={picked} withYears={false}>
            <Show when={heads().length > 1}>
              <label class="inline">
                <span>{t('kci.head')}</span>
                <select value={head()?.id ?? ''} onChange={(e) => setHeadId(e.currentTarget.value)}>
                  <For each={heads()}>{(h) => <option value={h.id}>{fullName(h)}</option>}</For>
                </select>
              </label>
            </Show>
          </UnitPeriodPicker>
        </Show>
      </div>
      <Show when={quarters().length > 0} fallback={<p class="warning-box">{t('evaluate.noPeriods')}</p>}>
        <Show
          when={head()}
          fallback={
            <p class="muted">
              {t('kci.noHeads', {
                categories: agency.profile().unitHeadCategories.value.join(', '),
                source: app.i18n.cite(agency.profile().unitHeadCategories),
              })}
            </p>
          }
        >
          {(h) => (
            <Show when={period()}>
              {(p) => (
                <>
                  <h2 class="page-head">{`${fullName(h())} · ${h().position} · ${h().category}`}</h2>
                  <Switch>
                    <Match when={excluded()}>
                      {(e) => (
                        <p class="warning-box" role="status">
                          {t('kci.notEvaluated', { reason: exclusionText(app.i18n, e(), agency.profile()) })}
                        </p>
                      )}
                    </Match>
                    <Match when={tooLate()}>
                      <p class="warning-box" role="status">
                        {t('kci.tooLate', {
                          months: agency.profile().kci.noKciMonthsLeft.value,
                          source: app.i18n.cite(agency.profile().kci.noKciMonthsLeft),
                        })}
                      </p>
                    </Match>
                    <Match when={absent()}>
                      {(e) => (
                        <p class="warning-box" role="status">
                          {absenceText(e())}
                        </p>
                      )}
                    </Match>
                  </Switch>
                  <Show when={evaluated()}>
                    {/* Until the plan has its KCIs it is the work, so it comes first; then the sheet is, so the plan goes below it (three Tabs from the heading to the sheet's grid). */}
                    <Show when={!hasItems()}>{planEditor(p, h)}</Show>
                    <Show when={hasItems()} fallback={<p class="muted">{t('kci.noPlan')}</p>}>
                      <KciSheet period={p()} employeeId={h().id} plan={plan() as KciPlan} evaluated={evaluated()} />
                      <nav class="toolbar" aria-label={t('forms.label')}>
                        <A href={`/forms?kind=plan&period=${p().id}&employee=${h().id}&lang=${docLang()}`}>{t('forms.plan')}</A>
                        <A href={`/forms?kind=kci&period=${p().id}&employee=${h().id}&lang=${docLang()}`}>{t('forms.kci')}</A>
                      </nav>
                    </Show>
                    <Show when={hasItems()}>{planEditor(p, h)}</Show>
                  </Show>
                </>
              )}
            </Show>
          )}
        </Show>
      </Show>
    </section>
  );
}
