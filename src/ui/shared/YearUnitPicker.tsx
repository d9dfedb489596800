/**
 * The unit and year the 360 pages work on (issue 6): the unit in tree order, the year — this year's
 * when it exists, else the latest. One picker for the set-up and the results.
 */
import { createMemo, createSignal, For, type Accessor, type JSX } from 'solid-js';
import { eligibility, fullName, unitHeadIds, type Employee, unitNameIn } from '../../domain';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { exclusionText } from './messages';

/** `initial` picks the year (`YYYY-Y`) and unit a link asked for, e.g. the way back from a form. */
export function createYearUnit(initial: { readonly yearId?: string | undefined; readonly unitId?: string | undefined } = {}) {
  const agency = useAgency();
  const years = createMemo(() =>
    agency
      .periods()
      .filter((p) => p.kind === 'year')
      .sort((a, b) => b.year - a.year),
  );
  const thisYear = Number(todayIso().slice(0, 4));
  const [yearId, setYearId] = createSignal(initial.yearId ?? '');
  const year = () => years().find((p) => p.id === yearId()) ?? years().find((p) => p.year === thisYear) ?? years()[0];
  const units = createMemo(() => [...agency.units()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)));
  const [unitId, setUnitId] = createSignal(initial.unitId ?? '');
  const unit = () => units().find((u) => u.id === unitId()) ?? units()[0];
  return { years, year, setYearId, units, unit, setUnitId };
}

export type YearUnit = ReturnType<typeof createYearUnit>;

export interface YearPerson {
  readonly person: Employee;
  readonly name: string;
  readonly head: boolean;
  /** Why the person is not evaluated that year (004 §6), or undefined. */
  readonly excluded: string | undefined;
}

/** The picked unit's people for the picked year: its head first, then by name, each with whether the year's evaluation applies. */
export function createYearPeople(state: YearUnit): Accessor<readonly YearPerson[]> {
  const app = useApp();
  const agency = useAgency();
  const people = createMemo(() => {
    const y = state.year();
    const u = state.unit();
    if (!y || !u) return [];
    const profile = agency.profile();
    const heads = unitHeadIds(agency.employees(), agency.profile().unitHeadCategories.value);
    const collator = new Intl.Collator(app.i18n.lang());
    return agency
      .employees()
      .filter((e) => e.unitId === u.id)
      .map((person): YearPerson => {
        const elig = eligibility(
          person,
          agency.statuses().filter((s) => s.employeeId === person.id),
          y,
          'survey360',
          profile,
          agency.calendar(),
        );
        return {
          person,
          name: fullName(person),
          head: heads.has(person.id),
          excluded: elig.kind === 'notEvaluated' ? exclusionText(app.i18n, elig, profile) : undefined,
        };
      })
      .sort((a, b) => Number(b.head) - Number(a.head) || collator.compare(a.name, b.name));
  });
  return people;
}

export function YearUnitPicker(props: { state: YearUnit; children?: JSX.Element }) {
  const app = useApp();
  const { t } = app.i18n;
  const s = () => props.state;
  return (
    <div class="inline-form unit-period">
      <label class="inline">
        <span>{t('evaluate.unit')}</span>
        <select aria-label={t('evaluate.unit')} onChange={(e) => s().setUnitId(e.currentTarget.value)}>
          <For each={s().units()}>
            {(u) => (
              <option value={u.id} selected={u.id === s().unit()?.id}>
                {unitNameIn(u, app.i18n.lang())}
              </option>
            )}
          </For>
        </select>
      </label>
      <label class="inline">
        <span>{t('survey360.year')}</span>
        <select aria-label={t('survey360.year')} onChange={(e) => s().setYearId(e.currentTarget.value)}>
          <For each={s().years()}>
            {(y) => (
              <option value={y.id} selected={y.id === s().year()?.id}>
                {y.year}
              </option>
            )}
          </For>
        </select>
      </label>
      {props.children}
    </div>
  );
}
