/**
 * The individual work plan of a unit head for a quarter (004 §§23–26, Appendix 1): 3–5 KCIs with
 * their source planning document, unit of measure, planned value, direction, deadline and expected
 * result. Problems are shown beside the field they concern; a plan that was set changes only with
 * a reason (004 §26), and its history is listed from the change log.
 */
import { createEffect, createMemo, createSignal, For, on, Show, type Accessor } from 'solid-js';
import {
  compareIso,
  formatDate,
  hundredthsText,
  kciPlanFields,
  kciPlanProblems,
  readAmount,
  sameValue,
  yearSchedule,
  type AuditEntry,
  type KciItem,
  type KciPlan,
  type Period,
  type Problem,
} from '../../domain';
import { saveKciPlan, setKciPlanApproved } from '../../store/kci';
import { todayIso } from '../../platform/clock';
import { newId } from '../../platform/ids';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { problemText } from '../shared/messages';
import { EntryList, type EntryA11y } from '../shared/EntryList';
import { followValue } from '../shared/follow-value';
import { ConflictBox, type ConflictSource } from '../shared/ConflictBox';

interface Draft {
  readonly id: string;
  readonly name: string;
  readonly source: string;
  readonly measure: string;
  /** As typed: a decimal comma is fine. */
  readonly plan: string;
  readonly direction: KciItem['direction'];
  readonly deadline: string;
  readonly expected: string;
}

const FIELDS = ['name', 'source', 'measure', 'plan', 'direction', 'deadline', 'expected'] as const;

export function KciPlanEditor(props: {
  period: Period;
  employeeId: string;
  plan: KciPlan | undefined;
  previous: KciPlan | undefined;
  previousLabel: string;
  editable: boolean;
}) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const amountText = (h: number) =>
    hundredthsText(h)
      .replace(/\.00$/, '')
      .replace('.', app.i18n.lang() === 'en' ? '.' : ',');
  const toDraft = (i: KciItem): Draft => ({
    id: i.id,
    name: i.name,
    source: i.source,
    measure: i.measure,
    plan: amountText(i.plan),
    direction: i.direction,
    deadline: i.deadline,
    expected: i.expected,
  });
  const [drafts, setDrafts] = createSignal<Draft[]>([]);
  const [dirty, setDirty] = createSignal(false);
  const [reason, setReason] = createSignal('');
  const [shown, setShown] = createSignal<Problem[]>([]);
  /** The stored KCIs the draft started from: a save over a plan changed since elsewhere is refused. */
  const [seen, setSeen] = createSignal<readonly KciItem[]>([]);
  const reload = () => {
    setDrafts((props.plan?.items ?? []).map(toDraft));
    setSeen(props.plan?.items ?? []);
    setShown([]);
    setDirty(false);
  };
  // The stored plan replaces the draft when it changes (here or in another tab) unless the user is editing.
  createEffect(
    on(
      () => props.plan,
      () => !dirty() && reload(),
    ),
  );
  const changedElsewhere = createMemo(() => dirty() && !sameValue(kciPlanFields(props.plan?.items ?? []), kciPlanFields(seen())));
  /** Edited while another tab saved the plan: keep mine (the save overwrites) or take the stored plan. */
  const conflict: ConflictSource<{ readonly items: readonly KciItem[] }> = {
    conflicts: () => (changedElsewhere() ? ['items'] : []),
    stored: () => ({ items: props.plan?.items ?? [] }),
    value: () => ({ items: read().items }),
    keepMine: () => setSeen(props.plan?.items ?? []),
    takeTheirs: reload,
  };
  const update = (id: string, field: (typeof FIELDS)[number], value: string) => {
    setDirty(true);
    setDrafts(drafts().map((d) => (d.id === id ? { ...d, [field]: value } : d)));
  };
  const blank = (): Draft => ({
    id: newId(),
    name: '',
    source: '',
    measure: '',
    plan: '',
    direction: 'higherBetter',
    deadline: '',
    expected: '',
  });
  const add = () => {
    setDirty(true);
    const next = [...drafts(), blank()];
    setDrafts(next);
    const id = `kci-${next.length - 1}-name`;
    queueMicrotask(() => document.getElementById(id)?.focus());
  };
  const remove = (index: number) => {
    setDirty(true);
    setDrafts(drafts().filter((_, i) => i !== index));
  };
  const copyPrevious = () => {
    setDirty(true);
    setDrafts((props.previous?.items ?? []).map((i) => ({ ...toDraft(i), id: newId(), deadline: '' })));
  };

  /** The draft as KCIs, with every problem of a typed value and of the plan as a whole. */
  const read = (): { items: KciItem[]; problems: Problem[] } => {
    const problems: Problem[] = [];
    const stored = new Map((props.plan?.items ?? []).map((i) => [i.id, i]));
    const items = drafts().map((d, i): KciItem => {
      const plan = readAmount(d.plan, `items.${i}.plan`);
      if (plan.kind === 'invalid') problems.push(plan.problem);
      if (plan.kind === 'blank') problems.push({ code: 'required', severity: 'error', field: `items.${i}.plan` });
      const kept = stored.get(d.id);
      return {
        id: d.id,
        name: d.name.trim(),
        source: d.source.trim(),
        measure: d.measure.trim(),
        plan: plan.kind === 'amount' ? plan.value : 0,
        direction: d.direction,
        deadline: d.deadline,
        expected: d.expected.trim(),
        actual: kept?.actual ?? null,
        confirmedScore: kept?.confirmedScore ?? null,
      };
    });
    const planProblems = kciPlanProblems(items, props.period, agency.profile()).filter(
      (p) => !(p.code === 'valueNegative' && problems.some((q) => q.field === p.field)),
    );
    return { items, problems: [...problems, ...planProblems] };
  };
  const problemsOf = (index: number, field: string) => shown().filter((p) => p.field === `items.${index}.${field}`);
  const planWide = () => shown().filter((p) => p.field === 'items');
  const label = (field: (typeof FIELDS)[number]) => t(`kci.${field}`);
  // Fields of a KCI are named by the plan's own column headers.
  const say = (p: Problem) => {
    if (p.code !== 'required') return problemText(app.i18n, p);
    const id = p.field?.split('.')[2] ?? '';
    const field = FIELDS.find((f) => f === id);
    return t('problems.required', { field: field === undefined ? `kci.${id}` : label(field) });
  };

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const { items, problems } = read();
    setShown(problems);
    // The count may be short while a plan is being drafted; every other problem stops the save.
    if (problems.some((p) => p.field !== 'items')) {
      document.querySelector<HTMLElement>('.kci-plan [aria-invalid="true"]')?.focus();
      return;
    }
    const saved = await agency.run(
      saveKciPlan(agency.ctx, { periodId: props.period.id, employeeId: props.employeeId }, items, reason(), seen()),
    );
    if (saved) {
      setDirty(false);
      setReason('');
      setDrafts(saved.items.map(toDraft));
      setSeen(saved.items);
      app.notify(t('kci.planSaved'));
    }
  };
  const approve = async () => {
    const { problems } = read();
    setShown(problems);
    if (dirty() || !props.plan) return app.notify(t('kci.planProblems', { list: t('kci.savePlan') }), 'error');
    if (problems.length > 0) return app.notify(t('kci.planProblems', { list: problems.map(say).join('; ') }), 'error');
    await agency.runOk(setKciPlanApproved(agency.ctx, props.plan.id, todayIso()));
  };

  const due = createMemo(
    () =>
      yearSchedule(props.period.year, agency.profile(), agency.calendar()).find((d) => d.id === `${props.period.id}:kciSet`)
        ?.date ?? '',
  );
  const planId = () => props.plan?.id ?? '';
  const history = agency.live('auditOf', () => (planId() === '' ? [] : [planId()]), []);
  const historyText = (a: AuditEntry) => {
    const field = a.field.startsWith('items.') ? (a.field.split('.')[2] ?? a.field) : a.field;
    // A word the history has no message for shows its key, as a missing message does.
    const what =
      field === 'review'
        ? (app.i18n.tIn('kci.actions', String(a.after)) ?? `kci.actions.${String(a.after)}`)
        : (app.i18n.tIn('kci.fields', field) ?? `kci.fields.${field}`);
    return t('kci.historyItem', {
      date: app.i18n.formatDateTime(a.at),
      who: a.operator || t('app.none'),
      what: a.reason ? `${what} — ${a.reason}` : what,
    });
  };

  return (
    <section class="panel kci-plan" aria-labelledby="kci-plan-title">
      <h2 id="kci-plan-title">{t('kci.planTitle')}</h2>
      <p class="muted">
        {t('kci.planIntro', {
          min: agency.profile().kci.minCount.value,
          max: agency.profile().kci.maxCount.value,
          source: app.i18n.cite(agency.profile().kci.minCount),
        })}
      </p>
      <p>
        <Show
          when={props.plan?.approvedOn}
          fallback={t('kci.notApproved', {
            due: formatDate(due()),
            source: app.i18n.cite(agency.profile().deadlines.kciSetWorkingDays),
          })}
        >
          {(on) => (
            <>
              {t('kci.approvedOn', {
                date: formatDate(on()),
                due: formatDate(due()),
                days: agency.profile().deadlines.kciSetWorkingDays.value,
                source: app.i18n.cite(agency.profile().deadlines.kciSetWorkingDays),
              })}
              {compareIso(on(), due()) > 0 ? <strong class="warning-text"> {t('kci.late')}</strong> : ''}
            </>
          )}
        </Show>
      </p>
      <form onSubmit={(e) => void save(e)} novalidate>
        <EntryList<Draft>
          id="kci"
          caption={t('kci.planTable')}
          tableClass="kci-plan-table"
          entryName={t('kci.name')}
          entries={drafts()}
          editable={props.editable}
          problems={(i, f) => problemsOf(i, f).map(say)}
          removeLabel={(n) => t('kci.removeKci', { n })}
          onRemove={remove}
          fields={FIELDS.map((f) => ({
            key: f,
            label: label(f),
            control: (d: Accessor<Draft>, _i: Accessor<number>, a: EntryA11y) =>
              f === 'direction' ? (
                <select
                  id={a.id}
                  aria-label={a.name}
                  disabled={a.disabled}
                  value={d().direction}
                  onChange={(e) => update(d().id, f, e.currentTarget.value)}
                >
                  <option value="higherBetter" selected={d().direction === 'higherBetter'}>
                    {t('kci.directions.higherBetter')}
                  </option>
                  <option value="lowerBetter" selected={d().direction === 'lowerBetter'}>
                    {t('kci.directions.lowerBetter')}
                  </option>
                </select>
              ) : (
                <input
                  id={a.id}
                  aria-label={a.name}
                  aria-invalid={a.invalid}
                  aria-describedby={a.describedBy}
                  disabled={a.disabled}
                  type={f === 'deadline' ? 'date' : 'text'}
                  min={f === 'deadline' ? props.period.start : undefined}
                  max={f === 'deadline' ? props.period.end : undefined}
                  ref={(el) => followValue(el, () => d()[f])}
                  inputmode={f === 'plan' ? 'decimal' : undefined}
                  class={f === 'plan' ? 'num' : f === 'name' || f === 'expected' || f === 'source' ? 'wide' : undefined}
                  onInput={(e) => update(d().id, f, e.currentTarget.value)}
                />
              ),
          }))}
        />
        <ConflictBox form={conflict} words={() => ({ label: t('kci.planTable') })} />
        <Show when={planWide().length > 0}>
          <p class="warning-box" role="alert">
            {planWide().map(say).join(' ')}
          </p>
        </Show>
        <Show when={props.editable}>
          <div class="toolbar">
            <button type="button" onClick={add} disabled={drafts().length >= agency.profile().kci.maxCount.value}>
              {t('kci.addKci')}
            </button>
            <Show when={drafts().length === 0 && (props.previous?.items.length ?? 0) > 0}>
              <button type="button" onClick={copyPrevious}>
                {t('kci.copyPrevious', { period: props.previousLabel })}
              </button>
            </Show>
            <Show when={props.plan?.approvedOn && dirty()}>
              <label>
                <span>{t('kci.changeReason', { source: app.i18n.cite(agency.profile().kci.changeNeedsReason) })}</span>
                <input value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
              </label>
            </Show>
            <button type="submit" class="primary" disabled={!dirty()}>
              {t('kci.savePlan')}
            </button>
            <Show when={props.plan && !props.plan.approvedOn}>
              <button type="button" onClick={() => void approve()}>
                {t('kci.approve')}
              </button>
            </Show>
          </div>
        </Show>
      </form>
      <details>
        <summary>{t('kci.history')}</summary>
        <Show when={history().length > 0} fallback={<p class="muted">{t('kci.noHistory')}</p>}>
          <ul class="history">
            <For each={[...history()].reverse()}>{(a) => <li>{historyText(a)}</li>}</For>
          </ul>
        </Show>
      </details>
    </section>
  );
}
