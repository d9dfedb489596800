/**
 * The competency sheet per unit (issue 6, 004 Appendix 3, METHODOLOGY §2.7): rows are people,
 * columns the sheet's competencies, each cell "meets" or "does not meet expectations", saved as it
 * is chosen. The two public-service competencies are greyed for staff whose duties do not include
 * public services. For "does not meet" the sheet names the behavioural indicators the person did not
 * show: the editor below the grid offers the effective indicators of the person's group (000
 * Appendix 4) and a note; the Appendix 3 form prints what is stored.
 */
import { A, useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  applicableCompetencies,
  blankEntry,
  formatDate,
  indicatorLevel,
  namedNotShown,
  sheetProblems,
  sheetSignatureProblem,
  sheetSummary,
  type CompetencySheet,
  type IndicatorLevel,
  type SheetEntry,
  type SheetProblem,
  competencySheetId,
} from '../../domain';
import { signCompetencySheet, updateSheetEntry, type SheetSignatures } from '../../store/competency-sheets';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { TableHead } from '../shared/TableHead';
import { createRecordForm } from '../shared/record-form';
import { ConflictBox, type FieldWords } from '../shared/ConflictBox';
import { createYearPeople, createYearUnit, YearUnitPicker, type YearPerson } from '../shared/YearUnitPicker';
import { DateInput } from '../shared/DateInput';

/**
 * A person's row. It does not hold the entries: a saved choice then updates its cell and the
 * summary without rebuilding the row, and the keyboard focus stays where it was.
 */
interface Row extends YearPerson {
  readonly applicable: readonly string[];
  readonly level: IndicatorLevel;
}

export function CompetencySheetPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [search] = useSearchParams<{ year?: string; unit?: string }>();
  const picked = createYearUnit({ yearId: search.year ? `${search.year}-Y` : undefined, unitId: search.unit });
  const { years, year, unit } = picked;
  /** Indicators and the forms exist in Kazakh and Russian; the English screen shows the Russian ones. */
  const textLang = () => (app.i18n.lang() === 'kk' ? 'kk' : 'ru');
  const competencies = () => agency.profile().competencySheet.value;
  const nameOf = (id: string) => competencies().find((c) => c.id === id)?.names[textLang()] ?? id;
  const sheets = agency.live(
    'competencySheets',
    () => {
      const y = year();
      return y ? [y.id] : [];
    },
    [],
  );
  const sheetOf = createMemo(() => new Map(sheets().map((s) => [s.employeeId, s])));

  const people = createYearPeople(picked);
  const rows = createMemo<Row[]>(() => {
    const profile = agency.profile();
    return people().map((p) => ({
      ...p,
      applicable: applicableCompetencies(profile, p.person.publicServices),
      level: indicatorLevel(p.person.category, p.head, profile.indicatorGroups.value),
    }));
  });

  const [editing, setEditing] = createSignal<string>();
  const editingRow = () => rows().find((r) => r.person.id === editing() && r.excluded === undefined);
  const entriesOf = (r: Row): readonly SheetEntry[] => sheetOf().get(r.person.id)?.entries ?? [];
  const entryOf = (r: Row, competency: string): SheetEntry =>
    entriesOf(r).find((e) => e.competency === competency) ?? blankEntry(competency);
  const problemsOf = (r: Row) => sheetProblems(entriesOf(r), agency.profile(), r.person.publicServices);
  const summaryOf = (r: Row) => sheetSummary(entriesOf(r), agency.profile(), r.person.publicServices);
  /** Every change is applied to the entry as stored, so two quick ones to one competency both land. */
  const change = (r: Row, competency: string, how: (entry: SheetEntry) => SheetEntry) => {
    const y = year();
    if (y) void agency.run(updateSheetEntry(agency.ctx, y.id, r.person.id, competency, how));
  };
  const choose = (r: Row, competency: string, value: string) =>
    change(r, competency, (e) => ({ ...e, meets: value === '' ? null : value === 'meets' }));
  /** The button that opened the editor gets the focus back when it closes. */
  let opener: HTMLElement | undefined;
  const openEditor = (id: string, from: HTMLElement) => {
    opener = from;
    setEditing(id);
    queueMicrotask(() => document.getElementById('sheet-editor-title')?.focus());
  };
  const closeEditor = () => {
    setEditing(undefined);
    opener?.focus();
  };
  const problemText = (p: SheetProblem) => t(`sheet.problems.${p.code}`, { competency: nameOf(p.competency) });
  const formHref = (r: Row) => `/forms?kind=competency&year=${year()?.year ?? ''}&employee=${r.person.id}&lang=${textLang()}`;

  return (
    <section aria-labelledby="sheet-title">
      <h1 id="sheet-title">{t('sheet.title')}</h1>
      <p>{t('sheet.intro')}</p>
      <Show when={years().length > 0} fallback={<p class="warning-box">{t('survey360.noYears')}</p>}>
        <YearUnitPicker state={picked} />
        <Show when={rows().length > 0} fallback={<p class="muted">{t('sheet.noPeople')}</p>}>
          <div
            class="table-scroll"
            tabindex="0"
            role="region"
            aria-label={t('sheet.gridLabel', { unit: unit()?.name ?? '', year: year()?.year ?? '' })}
          >
            <table class="table compact heatmap competency-sheet">
              <TableHead
                labels={[
                  t('evaluate.person'),
                  ...competencies().map((c) => `${c.names[textLang()]}${c.publicServiceOnly ? '*' : ''}`),
                  t('sheet.summary'),
                ]}
                actions={t('sheet.actions')}
              />
              <tbody>
                <For each={rows()}>
                  {(r) => (
                    <tr>
                      <th scope="row">{r.name}</th>
                      <Show
                        when={r.excluded === undefined}
                        fallback={
                          <td class="not-assessed" colspan={competencies().length + 2}>
                            {r.excluded}
                          </td>
                        }
                      >
                        <For each={competencies()}>
                          {(c) => (
                            <Show
                              when={r.applicable.includes(c.id)}
                              fallback={<td class="not-assessed">{t('sheet.notAssessed')}</td>}
                            >
                              <SheetCell
                                entry={entryOf(r, c.id)}
                                label={t('sheet.cellLabel', { competency: c.names[textLang()], name: r.name })}
                                onChoose={(v) => choose(r, c.id, v)}
                              />
                            </Show>
                          )}
                        </For>
                        <td>
                          {t('sheet.meetsOf', { meets: summaryOf(r).meets, total: summaryOf(r).total })}
                          <Show when={problemsOf(r).length > 0} fallback={<small>{t('sheet.complete')}</small>}>
                            <small class="warning-text">{t('sheet.toDo', { n: problemsOf(r).length })}</small>
                          </Show>
                          <Show when={sheetOf().get(r.person.id)?.acquaintedOn}>
                            {(d) => <small>{t('sheet.acquaintedMark', { date: formatDate(d()) })}</small>}
                          </Show>
                        </td>
                        <td>
                          <button
                            type="button"
                            onClick={(e) => openEditor(r.person.id, e.currentTarget)}
                            aria-label={t('sheet.editFor', { name: r.name })}
                          >
                            {t('sheet.edit')}
                          </button>
                          <A href={formHref(r)} aria-label={t('sheet.formFor', { name: r.name })}>
                            {t('sheet.form')}
                          </A>
                        </td>
                      </Show>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
          <p class="form-footnote">{t('sheet.footnote')}</p>
        </Show>
        <Show when={editingRow()}>
          {(r) => (
            <SheetEditor
              row={r()}
              entries={entriesOf(r())}
              problems={problemsOf(r())}
              textLang={textLang()}
              nameOf={nameOf}
              problemText={problemText}
              formHref={formHref(r())}
              sheet={sheetOf().get(r().person.id)}
              yearId={year()?.id ?? ''}
              onChange={(id, how) => change(r(), id, how)}
              onClose={closeEditor}
            />
          )}
        </Show>
      </Show>
    </section>
  );
}

/** One grid cell: the choice, and for "does not meet" how many indicators are named (or that none are yet). */
function SheetCell(props: { entry: SheetEntry; label: string; onChoose: (value: string) => void }) {
  const { t } = useApp().i18n;
  // A memo: the select is set only when its own stored choice changes, not on every save of the entry.
  const value = createMemo(() => (props.entry.meets === true ? 'meets' : props.entry.meets === false ? 'notMeets' : ''));
  const named = () => namedNotShown(props.entry, 'ru').length;
  return (
    <td classList={{ 'sheet-meets': props.entry.meets === true, 'sheet-not-meets': props.entry.meets === false }}>
      <select aria-label={props.label} value={value()} onChange={(e) => props.onChoose(e.currentTarget.value)}>
        <option value="">—</option>
        <option value="meets">{t('sheet.meets')}</option>
        <option value="notMeets">{t('sheet.notMeets')}</option>
      </select>
      <Show when={props.entry.meets === false}>
        <Show when={named() > 0} fallback={<small class="warning-text">{t('sheet.noIndicators')}</small>}>
          <small>{t('sheet.indicatorsNamed', { n: named() })}</small>
        </Show>
      </Show>
    </td>
  );
}

/** A person's sheet in full: each applicable competency, and for "does not meet" the indicators not shown and a note. */
function SheetEditor(props: {
  row: Row;
  entries: readonly SheetEntry[];
  problems: readonly SheetProblem[];
  textLang: 'kk' | 'ru';
  nameOf: (id: string) => string;
  problemText: (p: SheetProblem) => string;
  formHref: string;
  sheet: CompetencySheet | undefined;
  yearId: string;
  onChange: (competency: string, how: (entry: SheetEntry) => SheetEntry) => void;
  onClose: () => void;
}) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const competency = (id: string) => agency.profile().competencySheet.value.find((c) => c.id === id);
  const entryOf = (id: string) => props.entries.find((e) => e.competency === id) ?? blankEntry(id);
  const effective = (id: string) => competency(id)?.indicators?.[props.row.level].effective ?? [];
  const toggle = (id: string, indicator: { kk: string; ru: string }, on: boolean) => {
    const list = effective(id);
    // In the profile's order, so the form lists them as the methodology does; one no longer listed stays, last.
    const order = (x: { ru: string }) => {
      const i = list.findIndex((y) => y.ru === x.ru);
      return i < 0 ? list.length : i;
    };
    props.onChange(id, (e) => {
      const rest = e.indicatorsNotShown.filter((x) => x.ru !== indicator.ru);
      return {
        ...e,
        indicatorsNotShown: on ? [...rest, { kk: indicator.kk, ru: indicator.ru }].sort((a, b) => order(a) - order(b)) : rest,
      };
    });
  };
  return (
    <section class="panel" aria-labelledby="sheet-editor-title">
      <h2 id="sheet-editor-title" tabindex="-1">
        {t('sheet.editorTitle', { name: props.row.name })}
      </h2>
      <p>{t('sheet.editorIntro', { level: t(`sheet.levels.${props.row.level}`) })}</p>
      <Show when={props.problems.length > 0} fallback={<p>{t('sheet.complete')}</p>}>
        <div class="warning-box">
          <p>{t('sheet.toDo', { n: props.problems.length })}</p>
          <ul>
            <For each={props.problems}>{(p) => <li>{props.problemText(p)}</li>}</For>
          </ul>
        </div>
      </Show>
      <For each={props.row.applicable}>
        {(id) => {
          const e = () => entryOf(id);
          // Each control follows its own stored value, not the entry object: a save of another
          // control replaces the entry, and must not reset a note being typed or a box just ticked.
          const meets = createMemo(() => e().meets);
          const note = createMemo(() => e().note);
          const name = () => `radio-${props.row.person.id}-${id}`;
          return (
            <fieldset class="sheet-competency">
              <legend>{props.nameOf(id)}</legend>
              <div class="inline-form" role="radiogroup" aria-label={t('sheet.resultOf', { competency: props.nameOf(id) })}>
                <label class="checkbox">
                  <input
                    type="radio"
                    name={name()}
                    checked={meets() === true}
                    onChange={() => props.onChange(id, (x) => ({ ...x, meets: true }))}
                  />
                  <span>{t('sheet.meets')}</span>
                </label>
                <label class="checkbox">
                  <input
                    type="radio"
                    name={name()}
                    checked={meets() === false}
                    onChange={() => props.onChange(id, (x) => ({ ...x, meets: false }))}
                  />
                  <span>{t('sheet.notMeets')}</span>
                </label>
              </div>
              <Show when={meets() === false}>
                <Show when={effective(id).length > 0} fallback={<p class="muted">{t('sheet.noList')}</p>}>
                  <p>{t('sheet.whichNotShown')}</p>
                  <ul class="indicator-choices">
                    <For each={effective(id)}>
                      {(indicator) => {
                        const ticked = createMemo(() => e().indicatorsNotShown.some((x) => x.ru === indicator.ru));
                        return (
                          <li>
                            <label class="checkbox">
                              <input
                                type="checkbox"
                                checked={ticked()}
                                onChange={(ev) => toggle(id, indicator, ev.currentTarget.checked)}
                              />
                              <span>{indicator[props.textLang]}</span>
                            </label>
                          </li>
                        );
                      }}
                    </For>
                  </ul>
                </Show>
                <label class="block">
                  <span>{t('sheet.note')}</span>
                  <textarea
                    rows="2"
                    maxLength={2000}
                    value={note()}
                    onChange={(ev) => {
                      const note = ev.currentTarget.value;
                      props.onChange(id, (x) => ({ ...x, note }));
                    }}
                  />
                </label>
              </Show>
            </fieldset>
          );
        }}
      </For>
      <Signatures row={props.row} problems={props.problems} sheet={props.sheet} yearId={props.yearId} />
      <div class="toolbar">
        <A href={props.formHref}>{t('sheet.form')}</A>
        <button type="button" onClick={() => props.onClose()}>
          {t('sheet.close')}
        </button>
      </div>
    </section>
  );
}

/**
 * Appendix 3's signatures: the direct manager signs the filled sheet, then the person — acquainted
 * with it. The dates are kept on the sheet and printed on the form.
 */
function Signatures(props: { row: Row; problems: readonly SheetProblem[]; sheet: CompetencySheet | undefined; yearId: string }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  // The days follow the stored sheet (here and in other tabs), each until the user changes it.
  const form = createRecordForm<SheetSignatures>({
    stored: () => ({ managerSignedOn: props.sheet?.managerSignedOn ?? null, acquaintedOn: props.sheet?.acquaintedOn ?? null }),
    identity: () => competencySheetId(props.yearId, props.row.person.id),
  });
  const managerOn = () => form.value().managerSignedOn ?? '';
  const acquaintedOn = () => form.value().acquaintedOn ?? '';
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const { next, basis } = form.toSave();
    const at = { periodId: props.yearId, employeeId: props.row.person.id, year: props.yearId.slice(0, 4), today: todayIso() };
    const problem = sheetSignatureProblem(props.problems, next, at.year, at.today);
    if (problem) return app.notify(t(`sheet.signatureProblems.${problem}`), 'error');
    const check = (entries: readonly SheetEntry[]) => sheetProblems(entries, agency.profile(), props.row.person.publicServices);
    if (await agency.run(signCompetencySheet(agency.ctx, at, next, check, basis))) {
      form.saved(next);
      app.notify(t('sheet.signaturesSaved'), 'info');
    }
  };
  const fieldWords: FieldWords<SheetSignatures> = (field, v) => ({
    label: t(field === 'managerSignedOn' ? 'sheet.managerSignedOn' : 'sheet.acquaintedOn'),
    text: v[field] ? formatDate(v[field]) : '',
  });
  return (
    <form class="panel" aria-labelledby="sheet-signatures-title" onSubmit={(e) => void save(e)}>
      <h3 id="sheet-signatures-title">{t('sheet.signatures')}</h3>
      <div class="inline-form">
        <DateInput
          label={t('sheet.managerSignedOn')}
          value={managerOn()}
          max={todayIso()}
          onChange={(v) => form.change({ managerSignedOn: v })}
        />
        <DateInput
          label={t('sheet.acquaintedOn')}
          value={acquaintedOn()}
          max={todayIso()}
          onChange={(v) => form.change({ acquaintedOn: v })}
        />
        <button type="submit">{t('sheet.saveSignatures')}</button>
      </div>
      <ConflictBox form={form} words={fieldWords} />
    </form>
  );
}
