/**
 * Familiarisation board (004 §12, 001 §§62–63, 002 §36, 003 §41): for a quarter, every result to be
 * made known — from its completion, or from the approval of the Commission's protocol, as the
 * profile's act has it — with the deadline two working days later on the Kazakhstan calendar and its
 * state, and a result revised since the person was acquainted (by calibration, the Commission or an
 * appeal) to be acquainted again; HR records when and by which of the act's means the person was
 * acquainted, or a refusal with the act drawn up and the employees who signed it; a record can be
 * withdrawn with a reason. Everyone not yet acquainted is listed first.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  familiarisationItems,
  familiarisationProblem,
  formatDate,
  fullName,
  type Familiarisation,
  type FamiliarisationItem,
  joinKey,
  unitNameIn,
} from '../../domain';
import { recordFamiliarisation, withdrawFamiliarisation } from '../../store/familiarisation';
import { BulkForm } from './BulkForm';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { createCaseBook } from '../shared/case-book';
import { valueText } from '../shared/result-text';
import { createReviewedPeriod, createUnitPeriod, UnitPeriodPicker } from '../shared/UnitPeriodPicker';
import { DateInput } from '../shared/DateInput';
import { Loading } from '../shared/Loading';

export function FamiliarisationPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const picked = createUnitPeriod();
  // The 2017 model's annual results are acquainted too (002 §§35–36).
  const { withYears, period, periodIds } = createReviewedPeriod(picked);
  const cases = createCaseBook(agency, periodIds);
  const loaded = cases.loaded;
  const [onlyOpen, setOnlyOpen] = createSignal(false);
  /** The period's completed results (from the cases), those not yet acquainted first. */
  const items = createMemo(() => {
    const p = period();
    if (!p) return [];
    const names = new Map(agency.employees().map((e) => [e.id, fullName(e)]));
    const collator = new Intl.Collator(app.i18n.lang());
    return familiarisationItems(cases().casesOf(agency.employees(), p.id))
      .filter((i) => !onlyOpen() || i.record === undefined)
      .sort(
        (a, b) =>
          Number(a.record !== undefined) - Number(b.record !== undefined) ||
          a.deadline.localeCompare(b.deadline) ||
          collator.compare(names.get(a.employeeId) ?? '', names.get(b.employeeId) ?? '') ||
          (a.employeeId < b.employeeId ? -1 : 1),
      );
  });
  /** Recorded as not evaluated at the unit's submission: no result to make known, the reason shown. */
  const notEvaluated = createMemo(() => {
    const p = period();
    return p
      ? cases()
          .casesOf(agency.employees(), p.id)
          .filter((c) => c.notEvaluatedReason !== undefined)
      : [];
  });
  const gradeText = (g: FamiliarisationItem['grade']) => (g ? ` — ${t(`grades.${g}`)}` : '');
  const keyOf = (i: FamiliarisationItem) => joinKey(i.employeeId, i.component, i.round);
  const byKey = createMemo(() => new Map(items().map((i) => [keyOf(i), i])));
  const keys = createMemo(() => items().map(keyOf), [], {
    equals: (a, b) => a.length === b.length && a.every((k, i) => k === b[i]),
  });
  const person = (id: string) => agency.employees().find((e) => e.id === id);
  const unitName = (id: string) => {
    const u = agency.units().find((x) => x.id === person(id)?.unitId);
    return u ? unitNameIn(u, app.i18n.lang()) : '';
  };
  const open = () => items().filter((i) => i.record === undefined).length;
  // Several acquainted together (a sheet the unit signed): ticked rows recorded at once.
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set());
  const selectable = () => items().filter((i) => i.record === undefined);
  const chosen = () => selectable().filter((i) => selected().has(keyOf(i)));
  const toggle = (key: string, on: boolean) => {
    const next = new Set(selected());
    if (on) next.add(key);
    else next.delete(key);
    setSelected(next);
  };
  const nameOf = (id: string) => fullName(person(id) ?? { surname: id, name: '', patronymic: '' });

  return (
    <section aria-labelledby="fam-title">
      <h1 id="fam-title">{t('familiarisation.title')}</h1>
      <p class="muted">
        {t(
          agency.profile().procedure.familiariseAfter.value === 'final'
            ? 'familiarisation.introApproval'
            : 'familiarisation.intro',
          {
            days: agency.profile().deadlines.familiarisationWorkingDays.value,
            source: app.i18n.cite(agency.profile().procedure.familiariseAfter),
            means: agency
              .profile()
              .procedure.familiarisationMeans.value.map((m) => t(`familiarisation.hows.${m}`))
              .join(', '),
            meansSource: app.i18n.cite(agency.profile().procedure.familiarisationMeans),
          },
        )}
      </p>
      <Show when={picked.quarters().length > 0} fallback={<p class="warning-box">{t('evaluate.noPeriods')}</p>}>
        <UnitPeriodPicker state={picked} withYears={withYears()} withUnit={false}>
          <label class="checkbox">
            <input type="checkbox" checked={onlyOpen()} onChange={(e) => setOnlyOpen(e.currentTarget.checked)} />
            <span>{t('familiarisation.onlyOpen')}</span>
          </label>
          <span role="status">{t('familiarisation.open', { count: open() })}</span>
        </UnitPeriodPicker>
        <Show when={loaded()} fallback={<Loading />}>
          <Show when={items().length > 0} fallback={<p class="muted">{t('familiarisation.none')}</p>}>
            <div
              class="table-scroll"
              tabindex="0"
              role="region"
              aria-label={`${t('familiarisation.title')} — ${picked.periodLabel(period())}`}
            >
              <table class="table">
                <thead>
                  <tr>
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label={t('familiarisation.selectAll')}
                        checked={selectable().length > 0 && chosen().length === selectable().length}
                        onChange={(e) => setSelected(new Set(e.currentTarget.checked ? selectable().map(keyOf) : []))}
                      />
                    </th>
                    <th scope="col">{t('evaluate.person')}</th>
                    <th scope="col">{t('evaluate.unit')}</th>
                    <th scope="col">{t('familiarisation.result')}</th>
                    <th scope="col">{t('familiarisation.from')}</th>
                    <th scope="col">{t('familiarisation.deadline')}</th>
                    <th scope="col">{t('familiarisation.acquainted')}</th>
                  </tr>
                </thead>
                <tbody>
                  {/* Keyed by person and round: a stored record updates a row, never remounts the form being filled. */}
                  <For each={keys()}>
                    {(key) => (
                      <Show when={byKey().get(key)}>
                        {(item) => (
                          <tr>
                            <td>
                              <Show when={item().record === undefined}>
                                <input
                                  type="checkbox"
                                  aria-label={t('familiarisation.select', { name: nameOf(item().employeeId) })}
                                  checked={selected().has(key)}
                                  onChange={(e) => toggle(key, e.currentTarget.checked)}
                                />
                              </Show>
                            </td>
                            <th scope="row">
                              {fullName(person(item().employeeId) ?? { surname: item().employeeId, name: '', patronymic: '' })}
                            </th>
                            <td>{unitName(item().employeeId)}</td>
                            <td>
                              {`${t(`eligibility.component.${item().component}`)} ${valueText(item().value, item().decimals)}${gradeText(item().grade)}`}
                              <Show when={item().round > 1}>
                                <br />
                                <span class="muted small">
                                  {t('familiarisation.again', {
                                    value: valueText(item().previous?.value, item().decimals),
                                    date: formatDate(item().previous?.on ?? null),
                                  })}
                                </span>
                              </Show>
                            </td>
                            <td>{formatDate(item().from)}</td>
                            <td>
                              {formatDate(item().deadline)}{' '}
                              <span class={`state state-${item().state}`}>{t(`familiarisation.states.${item().state}`)}</span>
                            </td>
                            <td>
                              <Show
                                when={item().record}
                                fallback={
                                  <RecordForm
                                    item={item()}
                                    name={fullName(person(item().employeeId) ?? { surname: '', name: '', patronymic: '' })}
                                  />
                                }
                              >
                                {(r) => (
                                  <Recorded
                                    record={r()}
                                    late={item().late}
                                    name={fullName(person(item().employeeId) ?? { surname: '', name: '', patronymic: '' })}
                                  />
                                )}
                              </Show>
                            </td>
                          </tr>
                        )}
                      </Show>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
          <Show when={selectable().length > 1}>
            <BulkForm items={chosen()} nameOf={nameOf} onDone={() => setSelected(new Set())} />
          </Show>
          <Show when={notEvaluated().length > 0}>
            <h2>{t('familiarisation.notEvaluated', { count: notEvaluated().length })}</h2>
            <ul>
              <For each={notEvaluated()}>{(c) => <li>{`${fullName(c.employee)} — ${c.notEvaluatedReason ?? ''}`}</li>}</For>
            </ul>
          </Show>
        </Show>
      </Show>
    </section>
  );
}

function RecordForm(props: { item: FamiliarisationItem; name: string }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [on, setOn] = createSignal(todayIso());
  const means = () => agency.profile().procedure.familiarisationMeans.value;
  const [how, setHow] = createSignal<Familiarisation['how']>(means()[0] ?? 'signature');
  const [act, setAct] = createSignal('');
  const [note, setNote] = createSignal('');
  const witnessCount = () => agency.profile().procedure.refusalWitnesses.value;
  const [witnesses, setWitnesses] = createSignal<string[]>([]);
  const [problem, setProblem] = createSignal('');
  const id = () => `fam-${props.item.component}-${props.item.employeeId}`;
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const record = { on: on(), how: how(), act: act(), witnesses: witnesses() };
    const found = familiarisationProblem(record, props.item.from, todayIso(), agency.profile());
    setProblem(
      found
        ? t(`familiarisation.problems.${found}`, {
            date: formatDate(props.item.from),
            count: witnessCount(),
            source: app.i18n.cite(agency.profile().procedure.refusalWitnesses),
          })
        : '',
    );
    if (found) return;
    await agency.run(
      recordFamiliarisation(agency.ctx, {
        periodId: props.item.periodId,
        employeeId: props.item.employeeId,
        component: props.item.component,
        on: on(),
        how: how(),
        act: how() === 'refusal' ? act().trim() : '',
        witnesses:
          how() === 'refusal'
            ? witnesses()
                .map((w) => w.trim())
                .filter((w) => w !== '')
            : [],
        note: note().trim(),
        round: props.item.round,
        value: props.item.value ?? null,
      }),
    );
  };
  return (
    <form
      class="inline-form compact"
      onSubmit={(e) => void submit(e)}
      aria-label={t('familiarisation.recordFor', { name: props.name })}
    >
      <DateInput
        ariaLabel={`${t('familiarisation.on')}: ${props.name}`}
        value={on()}
        max={todayIso()}
        required
        invalid={problem() !== ''}
        describedBy={problem() !== '' ? `${id()}-problem` : undefined}
        onChange={(v) => setOn(v ?? todayIso())}
      />
      <select
        value={how()}
        onChange={(e) => setHow(e.currentTarget.value as Familiarisation['how'])}
        aria-label={`${t('familiarisation.how')}: ${props.name}`}
      >
        <For each={means()}>{(m) => <option value={m}>{t(`familiarisation.hows.${m}`)}</option>}</For>
      </select>
      <Show when={how() === 'refusal'}>
        <input
          value={act()}
          onInput={(e) => setAct(e.currentTarget.value)}
          aria-label={`${t('familiarisation.act')}: ${props.name}`}
          placeholder={t('familiarisation.act')}
        />
        <For each={Array.from({ length: witnessCount() }, (_, i) => i)}>
          {(i) => (
            <input
              value={witnesses()[i] ?? ''}
              onInput={(e) => {
                const next = [...witnesses()];
                next[i] = e.currentTarget.value;
                setWitnesses(next);
              }}
              aria-label={`${t('familiarisation.witness', { n: i + 1 })}: ${props.name}`}
              placeholder={t('familiarisation.witness', { n: i + 1 })}
            />
          )}
        </For>
      </Show>
      <Show when={how() !== 'refusal' && how() !== 'signature' && how() !== 'electronic'}>
        <input
          value={note()}
          onInput={(e) => setNote(e.currentTarget.value)}
          aria-label={`${t('familiarisation.note')}: ${props.name}`}
          placeholder={t('familiarisation.note')}
        />
      </Show>
      <button type="submit">{t('familiarisation.record')}</button>
      <Show when={problem() !== ''}>
        <span id={`${id()}-problem`} class="field-problems" role="alert">
          <span class="error">{problem()}</span>
        </span>
      </Show>
    </form>
  );
}

function Recorded(props: { record: Familiarisation; late: boolean; name: string }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [reason, setReason] = createSignal('');
  const withdraw = async (e: SubmitEvent) => {
    e.preventDefault();
    if (reason().trim() === '') return app.failed({ code: 'reasonRequired' });
    if (await agency.runOk(withdrawFamiliarisation(agency.ctx, props.record.id, reason()))) setReason('');
  };
  return (
    <div>
      <span>
        {`${formatDate(props.record.on)}, ${t(`familiarisation.hows.${props.record.how}`)}${props.record.act ? ` (${[props.record.act, ...props.record.witnesses].join('; ')})` : ''}${props.record.note ? ` — ${props.record.note}` : ''}`}
        {props.late ? <strong class="warning-text"> {t('familiarisation.late')}</strong> : ''}
      </span>
      <details>
        <summary>{t('familiarisation.withdraw')}</summary>
        <form class="inline-form compact" onSubmit={(e) => void withdraw(e)}>
          <input
            value={reason()}
            onInput={(e) => setReason(e.currentTarget.value)}
            aria-label={`${t('familiarisation.withdrawReason')}: ${props.name}`}
          />
          <button type="submit">{t('familiarisation.withdraw')}</button>
        </form>
      </details>
    </div>
  );
}
