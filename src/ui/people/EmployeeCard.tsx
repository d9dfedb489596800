/**
 * One person: their fields (each saved when it changes, with its problems beside it) and their
 * status intervals — leave, sick leave, business trip, training, probation, dismissal.
 */
import { A, useNavigate, useParams } from '@solidjs/router';
import { nowIso } from '../../platform/clock';
import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  CATEGORIES,
  STATUS_KINDS,
  formatDate,
  indicatorLevel,
  isUnitHead,
  fullName,
  normaliseCategory,
  normaliseIin,
  parseDateInput,
  problem,
  validateStatus,
  type Employee,
  type Problem,
  type StatusInterval,
  type StatusKind,
  unitNameIn,
} from '../../domain';
import { addStatus, deleteEmployee, deleteStatus, updateEmployee } from '../../store/organisation';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { employeeRows } from './employee-rows';
import { EligibilityTable } from './EligibilityTable';
import { fieldLabel, problemText } from '../shared/messages';
import { DateInput } from '../shared/DateInput';

export function EmployeeCardPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const today = todayIso();
  const row = createMemo(() =>
    employeeRows(agency.employees(), agency.statuses(), agency.units(), today, app.i18n.lang()).find((r) => r.id === params.id),
  );
  /** Who can be the manager: everyone else, by unit (in the tree's order), by name within it. */
  const managerGroups = (selfId: string) => {
    const collator = new Intl.Collator(app.i18n.lang());
    const others = agency.employees().filter((e) => e.id !== selfId);
    return agency
      .units()
      .map((u) => ({
        unit: unitNameIn(u, app.i18n.lang()),
        people: others.filter((e) => e.unitId === u.id).sort((a, b) => collator.compare(fullName(a), fullName(b))),
      }))
      .filter((g) => g.people.length > 0);
  };
  const statuses = createMemo(() =>
    agency
      .statuses()
      .filter((s) => s.employeeId === params.id)
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.id < b.id ? -1 : 1)),
  );

  const save = (patch: Partial<Employee>) => agency.run(updateEmployee(agency.ctx, params.id, patch));
  const problemsOf = (field: string) => row()?.problems.filter((p) => p.field === field) ?? [];

  const TextField = (p: { field: 'surname' | 'name' | 'patronymic' | 'position' | 'iin'; lang?: string }) => (
    <Field field={p.field} problems={problemsOf(p.field)}>
      {(id, describedBy) => (
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={problemsOf(p.field).some((x) => x.severity === 'error')}
          value={row()?.[p.field] ?? ''}
          inputMode={p.field === 'iin' ? 'numeric' : undefined}
          onChange={(e) =>
            void save({ [p.field]: p.field === 'iin' ? normaliseIin(e.currentTarget.value) : e.currentTarget.value.trim() })
          }
        />
      )}
    </Field>
  );

  const remove = async () => {
    const r = row();
    if (!r || !(await app.confirm(t('card.deleteConfirm', { name: fullName(r) }), t('app.delete')))) return;
    if (await agency.runOk(deleteEmployee(agency.ctx, r.id))) navigate('/employees');
  };

  return (
    <Show
      when={row()}
      fallback={
        <p role="alert">
          {t('card.notFound')} <A href="/employees">{t('card.back')}</A>
        </p>
      }
    >
      {(r) => (
        <article aria-labelledby="card-title" class="card">
          <p>
            <A href="/employees">← {t('card.back')}</A>
          </p>
          <h1 id="card-title">{fullName(r()) || t('employees.newPerson')}</h1>
          <p>
            <A
              href={`/forms?kind=competency&from=card&year=${nowIso().slice(0, 4)}&employee=${r().id}&lang=${app.i18n.lang() === 'kk' ? 'kk' : 'ru'}`}
            >
              {t('forms.competency', { year: nowIso().slice(0, 4) })}
            </A>
          </p>
          <div class="form-grid">
            <TextField field="surname" />
            <TextField field="name" />
            <TextField field="patronymic" />
            <TextField field="iin" />
            <TextField field="position" />
            <Field field="category" problems={problemsOf('category')}>
              {(id, describedBy) => (
                <select
                  id={id}
                  aria-describedby={describedBy}
                  value={r().category}
                  onChange={(e) => void save({ category: normaliseCategory(e.currentTarget.value) ?? e.currentTarget.value })}
                >
                  <option value="">{t('app.none')}</option>
                  <Show when={r().category !== '' && !CATEGORIES.includes(r().category)}>
                    <option value={r().category}>{r().category}</option>
                  </Show>
                  <For each={CATEGORIES}>{(c) => <option value={c}>{c}</option>}</For>
                </select>
              )}
            </Field>
            <Field field="unitId" problems={problemsOf('unitId')}>
              {(id, describedBy) => (
                <select
                  id={id}
                  aria-describedby={describedBy}
                  value={r().unitId}
                  onChange={(e) => void save({ unitId: e.currentTarget.value })}
                >
                  <option value="">{t('app.none')}</option>
                  <For each={agency.units()}>{(u) => <option value={u.id}>{unitNameIn(u, app.i18n.lang())}</option>}</For>
                </select>
              )}
            </Field>
            <Field field="managerId" problems={problemsOf('managerId')}>
              {(id, describedBy) => (
                <select
                  id={id}
                  aria-describedby={describedBy}
                  value={r().managerId ?? ''}
                  onChange={(e) => void save({ managerId: e.currentTarget.value === '' ? null : e.currentTarget.value })}
                >
                  <option value="">{t('app.none')}</option>
                  {/* Grouped by unit, by name within it, each with the position: two namesakes are told apart. */}
                  <For each={managerGroups(r().id)}>
                    {(g) => (
                      <optgroup label={g.unit}>
                        <For each={g.people}>
                          {(e) => (
                            <option value={e.id}>
                              {fullName(e)} — {e.position}
                            </option>
                          )}
                        </For>
                      </optgroup>
                    )}
                  </For>
                </select>
              )}
            </Field>
            <Field field="appointedOn" problems={problemsOf('appointedOn')} hint={t('app.dateHint')}>
              {(id, describedBy) => (
                <DateInput
                  id={id}
                  describedBy={describedBy}
                  value={r().appointedOn}
                  onChange={(v) => void save({ appointedOn: v ?? '' })}
                />
              )}
            </Field>
            <div class="field checkbox">
              <label>
                <input
                  type="checkbox"
                  checked={r().publicServices}
                  onChange={(e) => void save({ publicServices: e.currentTarget.checked })}
                />
                <span>{fieldLabel(app.i18n, 'publicServices')}</span>
              </label>
            </div>
            <div class="field">
              <label for="field-headsUnit">{t('card.headsUnit')}</label>
              <select
                id="field-headsUnit"
                aria-describedby="field-headsUnit-hint"
                value={r().headsUnit === true ? 'yes' : r().headsUnit === false ? 'no' : 'auto'}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  void save({ headsUnit: v === 'yes' ? true : v === 'no' ? false : null });
                }}
              >
                <option value="auto">{t('card.headsUnitAuto')}</option>
                <option value="yes">{t('card.headsUnitYes')}</option>
                <option value="no">{t('card.headsUnitNo')}</option>
              </select>
              <small class="muted" id="field-headsUnit-hint">
                {isUnitHead(r(), agency.employees(), agency.profile().unitHeadCategories.value)
                  ? t('card.isUnitHead')
                  : agency.profile().unitHeadCategories.value.includes(r().category)
                    ? t('card.isStaff')
                    : t('card.categoryCannotHead', {
                        category: r().category,
                        source: app.i18n.cite(agency.profile().unitHeadCategories),
                      })}
              </small>
            </div>
          </div>
          <Show when={agency.profile().components.value.competencySheet}>
            <p class="muted">
              {t('card.indicatorGroup', {
                group: t(
                  `values.${indicatorLevel(r().category, isUnitHead(r(), agency.employees(), agency.profile().unitHeadCategories.value), agency.profile().indicatorGroups.value)}`,
                ),
                source: app.i18n.cite(agency.profile().indicatorGroups),
              })}
            </p>
          </Show>
          <StatusSection employeeId={r().id} statuses={statuses()} />
          <EligibilityTable employee={r()} statuses={statuses()} year={Number(today.slice(0, 4))} />
          <p>
            <button type="button" class="danger" onClick={() => void remove()}>
              {t('card.deleteEmployee')}
            </button>
          </p>
        </article>
      )}
    </Show>
  );
}

function Field(props: {
  field: string;
  problems: readonly Problem[];
  hint?: string;
  children: (id: string, describedBy: string) => unknown;
}) {
  const app = useApp();
  const id = () => `field-${props.field}`;
  return (
    <div class="field">
      <label for={id()}>{fieldLabel(app.i18n, props.field)}</label>
      {props.children(id(), `${id()}-problems`) as never}
      <p id={`${id()}-problems`} class="field-problems">
        <For each={props.problems}>{(p) => <span class={p.severity}>{problemText(app.i18n, p)} </span>}</For>
      </p>
    </div>
  );
}

function StatusSection(props: { employeeId: string; statuses: readonly StatusInterval[] }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [kind, setKind] = createSignal<StatusKind>('labourLeave');
  const [from, setFrom] = createSignal('');
  const [to, setTo] = createSignal('');
  const [note, setNote] = createSignal('');
  const [problems, setProblems] = createSignal<readonly Problem[]>([]);

  const add = async (e: SubmitEvent) => {
    e.preventDefault();
    const fromIso = parseDateInput(from());
    const toIso = to().trim() === '' || kind() === 'dismissed' ? null : parseDateInput(to());
    const found: Problem[] = [];
    if (fromIso === undefined) found.push(problem('dateInvalid', 'from', { value: from() }));
    if (toIso === undefined) found.push(problem('dateInvalid', 'to', { value: to() }));
    const draft = { employeeId: props.employeeId, kind: kind(), from: fromIso ?? '', to: toIso ?? null, note: note().trim() };
    if (found.length === 0) found.push(...validateStatus({ ...draft, id: '' }));
    setProblems(found);
    if (found.length > 0) return;
    if ((await agency.run(addStatus(agency.ctx, draft))) !== undefined) {
      setFrom('');
      setTo('');
      setNote('');
    }
  };

  return (
    <section aria-labelledby="statuses-title" class="panel">
      <h2 id="statuses-title">{t('card.statuses')}</h2>
      <Show when={props.statuses.length > 0} fallback={<p class="muted">{t('card.noStatuses')}</p>}>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('card.kind')}</th>
              <th scope="col">{t('card.from')}</th>
              <th scope="col">{t('card.to')}</th>
              <th scope="col">{t('card.note')}</th>
              <th scope="col">{t('app.actions')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.statuses}>
              {(s) => (
                <tr>
                  <td>{t(`statusKinds.${s.kind}`)}</td>
                  <td>{formatDate(s.from)}</td>
                  <td>{s.to === null ? (s.kind === 'dismissed' ? t('app.none') : t('card.openEnded')) : formatDate(s.to)}</td>
                  <td>{s.note}</td>
                  <td>
                    <button
                      type="button"
                      class="link"
                      onClick={() => void agency.runOk(deleteStatus(agency.ctx, s.id))}
                      aria-label={`${t('app.delete')}: ${t(`statusKinds.${s.kind}`)} ${formatDate(s.from)}`}
                    >
                      {t('app.delete')}
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <form class="inline-form" onSubmit={(e) => void add(e)} aria-label={t('card.addStatus')}>
        <label>
          <span>{t('card.kind')}</span>
          <select value={kind()} onChange={(e) => setKind(e.currentTarget.value as StatusKind)}>
            <For each={STATUS_KINDS}>{(k) => <option value={k}>{t(`statusKinds.${k}`)}</option>}</For>
          </select>
        </label>
        <DateInput label={t('card.from')} value={from()} required onChange={(v) => setFrom(v ?? '')} />
        <Show when={kind() !== 'dismissed'}>
          <DateInput label={t('card.to')} value={to()} onChange={(v) => setTo(v ?? '')} />
        </Show>
        <label>
          <span>{t('card.note')}</span>
          <input value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('card.addStatus')}</button>
      </form>
      <p role="alert" class="field-problems">
        <For each={problems()}>
          {(p) => (
            <span class="error">
              {fieldLabel(app.i18n, p.field)}: {problemText(app.i18n, p)}{' '}
            </span>
          )}
        </For>
      </p>
    </section>
  );
}
