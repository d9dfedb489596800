/**
 * The unit and year the 360 pages work on (issue 6): the unit in tree order, the year — this year's
 * when it exists, else the latest. One picker for the set-up and the results.
 */
import { createMemo, createSignal, For, type JSX } from 'solid-js';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app-state';
import { useAgency } from '../agency-state';

export function createYearUnit() {
  const agency = useAgency();
  const years = createMemo(() => agency.periods().filter((p) => p.kind === 'year').sort((a, b) => b.year - a.year));
  const thisYear = Number(todayIso().slice(0, 4));
  const [yearId, setYearId] = createSignal('');
  const year = () => years().find((p) => p.id === yearId()) ?? years().find((p) => p.year === thisYear) ?? years()[0];
  const units = createMemo(() => [...agency.units()].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name)));
  const [unitId, setUnitId] = createSignal('');
  const unit = () => units().find((u) => u.id === unitId()) ?? units()[0];
  return { years, year, setYearId, units, unit, setUnitId };
}

export type YearUnit = ReturnType<typeof createYearUnit>;

export function YearUnitPicker(props: { state: YearUnit; children?: JSX.Element }) {
  const { t } = useApp().i18n;
  const s = () => props.state;
  return (
    <div class="inline-form">
      <label>
        <span>{t('evaluate.unit')}</span>
        <select aria-label={t('evaluate.unit')} onChange={(e) => s().setUnitId(e.currentTarget.value)}>
          <For each={s().units()}>{(u) => <option value={u.id} selected={u.id === s().unit()?.id}>{u.name}</option>}</For>
        </select>
      </label>
      <label>
        <span>{t('survey360.year')}</span>
        <select aria-label={t('survey360.year')} onChange={(e) => s().setYearId(e.currentTarget.value)}>
          <For each={s().years()}>{(y) => <option value={y.id} selected={y.id === s().year()?.id}>{y.year}</option>}</For>
        </select>
      </label>
      {props.children}
    </div>
  );
}
