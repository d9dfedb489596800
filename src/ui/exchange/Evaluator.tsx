/**
 * Evaluator mode (issue 5): a unit head with Bagalau (the single-file copy will do) but without the
 * agency's database opens the unit workbook HR sent, fills its scores — a grid per score sheet, the
 * ranking and the KCIs, that behaves like the ranking grid (decimal comma, paste from Excel,
 * undo/redo, Delete, Ctrl+D) — and saves the workbook back — its `_meta` envelope exactly as it came — for emailing. Nothing is stored here.
 */
import { A } from '@solidjs/router';
import type { ColDef, GridApi } from 'ag-grid-community';
import { createMemo, createSignal, For, Show, untrack, type Accessor } from 'solid-js';
import {
  activityCell,
  formatDate,
  isEntryList,
  parseDateInput,
  readEntryRow,
  readScore,
  rowTarget,
  scoreKey,
  type Cell,
  type EntryList,
  type EvaluationRecord,
  type ExchangeComponent,
  type Problem,
  type ReturnedSection,
  type ReturnedWorkbook,
  type UnitEnvelope,
  type UnitSection,
  entryKey,
  joinKey,
} from '../../domain';
import { ok } from '../../domain/result';
import { UNIT_WORKBOOK } from '../../i18n/documents';
import { downloadBytes, fileBytes } from '../../platform/download';
import type { AppliedChange, ScoreChange } from '../../store/evaluations';
import { useApp } from '../app/app-state';
import { Grid } from '../shared/Grid';
import { createGridEditing } from '../shared/grid-editing';
import { KIND_WORDS } from '../points/entry-words';
import { locatedProblemText, problemText, unitReadProblemText } from '../shared/messages';
import { createPendingScores } from '../shared/pending-scores';
import { createFileJob, JobProgress } from '../shared/file-job';

interface FillRow {
  /** The row's id in the workbook. */
  readonly id: string;
  readonly employeeId: string;
  /** The stored parameter of a KCI row's one score column (its KCI). */
  readonly param: string | undefined;
  readonly name: string;
  readonly shown: readonly string[];
  /** Ranking: by parameter; KCI: under `score`, the grid's column. */
  readonly scores: Readonly<Record<string, number>>;
  readonly eligibility: { readonly kind: 'evaluated' | 'notEvaluated' };
}

type Scores = ReadonlyMap<string, Readonly<Record<string, number>>>;
/** An entry sheet's rows by `<sheet kind>:<row id>`: the editable cells as the head sees them. */
type Entries = ReadonlyMap<string, readonly string[]>;

/** An entry sheet's cell as text to edit: dates as dd.mm.yyyy, whatever the spreadsheet stored. */
function entryCellText(param: string, raw: Cell): string {
  if (raw === null) return '';
  if (param === 'date' && typeof raw === 'number') return formatDate(parseDateInput(raw) ?? String(raw));
  return String(raw).trim();
}

export function EvaluatorPage() {
  const app = useApp();
  const { t } = app.i18n;
  const [file, setFile] = createSignal<{ bytes: Uint8Array; book: ReturnedWorkbook } | undefined>(undefined);
  const [error, setError] = createSignal('');
  const workbooks = createFileJob();
  // The entered scores by `scoreKey(component, person)`, as in the agency's records.
  const [scores, setScores] = createSignal<Scores>(new Map());
  const [entries, setEntries] = createSignal<Entries>(new Map());
  const [changed, setChanged] = createSignal(0);

  const open = async (f: File) => {
    setError('');
    const bytes = await fileBytes(f);
    const job = await workbooks.run(t('reading.reading', { file: f.name }), 'readUnitWorkbook', [bytes, f.name]);
    if (!job.ok) {
      setError(job.cancelled ? '' : job.message);
      return;
    }
    const read = job.value;
    if (!read.ok) {
      setError(t('evaluator.refused', { reason: unitReadProblemText(app.i18n, read.error) }));
      return;
    }
    const book = read.value;
    const next = new Map<string, Record<string, number>>();
    const nextEntries = new Map<string, string[]>();
    for (const section of book.sections) {
      if (isEntryList(section.component)) {
        for (const r of section.rows)
          nextEntries.set(
            entryKey(section.component, r.id),
            r.cells.map((c) => entryCellText(c.param, c.raw)),
          );
        continue;
      }
      for (const r of section.rows) {
        const key = scoreKey(section.component, rowTarget(section.component, r.id).employeeId);
        const values = next.get(key) ?? {};
        for (const c of r.cells) {
          const v = readScore(c.raw, c.param);
          if (v.kind === 'score') values[c.param] = v.value;
        }
        next.set(key, values);
      }
    }
    setScores(next);
    setEntries(nextEntries);
    setChanged(0);
    setFile({ bytes, book });
  };

  // In memory: a change is applied at once and returned with what it replaced, for undo.
  const apply = (changes: readonly ScoreChange[]): Promise<AppliedChange[]> => {
    const next = new Map(scores());
    const applied: AppliedChange[] = [];
    for (const c of changes) {
      if (!('param' in c.field) || (c.component !== 'ranking' && c.component !== 'kci')) continue;
      const key = scoreKey(c.component, c.employeeId);
      const was = next.get(key);
      if (!was) continue;
      const before = was[c.field.param];
      if (before === c.field.value) continue;
      const values = { ...was };
      if (c.field.value === undefined) delete values[c.field.param];
      else values[c.field.param] = c.field.value;
      next.set(key, values);
      applied.push({ ...c, before: { param: c.field.param, value: before } });
    }
    setScores(next);
    setChanged(changed() + applied.length);
    return Promise.resolve(applied);
  };

  const save = async () => {
    const f = file();
    if (!f) return;
    const job = await workbooks.run(t('reading.writing'), 'fillUnitWorkbook', [f.bytes, f.book, scores(), entries()], 'write');
    if (!job.ok) {
      setError(job.cancelled ? '' : job.message);
      return;
    }
    downloadBytes(job.value, f.book.fileName);
    setChanged(0);
    app.notify(t('evaluator.saved', { file: f.book.fileName }));
  };

  return (
    <section aria-labelledby="evaluator-title">
      <h1 id="evaluator-title">{t('evaluator.title')}</h1>
      <p>{t('evaluator.intro')}</p>
      <div class="toolbar">
        <A href="/">{t('evaluator.back')}</A>
        <label class="button primary">
          {t('evaluator.open')}
          <input
            type="file"
            class="visually-hidden-file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (f) void open(f);
            }}
          />
        </label>
      </div>
      <JobProgress job={workbooks} />
      <p role="alert" class="error-box" hidden={error() === ''}>
        {error()}
      </p>
      <Show when={file()}>
        {(f) => (
          <>
            <h2>{f().book.title.join(' · ')}</h2>
            <p class="muted">{t('evaluate.keys')}</p>
            <For each={f().book.sections}>
              {(section) => (
                <Show when={joinKey(f().book.fileName, app.i18n.lang())} keyed>
                  <Show
                    when={isEntryList(section.component)}
                    fallback={<FillGrid section={section} envelope={f().book.envelope} scores={scores} apply={apply} />}
                  >
                    <EntryGrid
                      section={section}
                      envelope={f().book.envelope}
                      entries={entries}
                      set={(key, cells) => {
                        setEntries(new Map(entries()).set(key, cells));
                        setChanged(changed() + 1);
                      }}
                    />
                  </Show>
                </Show>
              )}
            </For>
            <div class="toolbar">
              <Show when={changed() > 0}>
                <p role="status">{t('evaluator.changed', { n: changed() })}</p>
              </Show>
              <button type="button" class="primary" disabled={workbooks.busy()} onClick={() => void save()}>
                {t('evaluator.save')}
              </button>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}

/** One score sheet of the workbook as a grid with the ranking grid's keys. */
function FillGrid(props: {
  section: ReturnedSection;
  envelope: UnitEnvelope;
  scores: Accessor<Scores>;
  apply: (changes: readonly ScoreChange[]) => Promise<AppliedChange[]>;
}) {
  const app = useApp();
  const { t } = app.i18n;
  // One grid per opened file (the page re-creates it for another file): its sheet and envelope are fixed.
  const { section, envelope, apply } = untrack(() => ({ section: props.section, envelope: props.envelope, apply: props.apply }));
  const component = section.component as ExchangeComponent;
  const layout = envelope.sections.find((s) => s.component === component);
  // Pending overlays and undo work on records, as in the agency's grids.
  const records = createMemo((): EvaluationRecord[] =>
    [...props.scores()]
      .filter(([key]) => key.startsWith(`${component}:`))
      .map(([key, values]) => {
        const employeeId = key.slice(component.length + 1);
        return {
          id: key,
          periodId: envelope.periodId,
          employeeId,
          component: component,
          scores: values,
          comment: '',
          evaluatorId: null,
          profileId: envelope.profileId,
          profileVersion: envelope.profileVersion,
        };
      }),
  );
  const pending = createPendingScores(() => records());
  const rows = createMemo<FillRow[]>(() => {
    const byPerson = new Map(records().map((r) => [r.employeeId, r.scores]));
    return section.rows.map((r) => {
      const { employeeId, param } = rowTarget(component, r.id);
      const values = pending.withPending(employeeId, byPerson.get(employeeId) ?? {});
      const own = param === undefined ? values : values[param] === undefined ? {} : { score: values[param] as number };
      return {
        id: r.id,
        employeeId,
        param,
        name: r.readOnly[0] ?? '',
        shown: r.shown,
        scores: own,
        eligibility: { kind: layout?.rows.get(r.id)?.excluded ? 'notEvaluated' : 'evaluated' },
      };
    });
  });
  let api: GridApi<FillRow> | undefined;
  const editing = createGridEditing<FillRow>({
    api: () => api,
    locked: () => false,
    pending,
    // The file's own scores, kept in this page: nothing else writes them.
    apply: async (changes) => ok(await apply(changes)),
    changeFor: (row, field) => ({
      periodId: envelope.periodId,
      employeeId: row.employeeId,
      component: component,
      field: 'param' in field && row.param !== undefined ? { param: row.param, value: field.value } : field,
    }),
  });
  const fixed = layout?.fixed ?? 1;
  const excluded = (p: { data?: FillRow }) => p.data?.eligibility.kind === 'notEvaluated';
  const columns: ColDef<FillRow>[] = [
    ...fixedColumns<FillRow>(section, layout, excluded),
    ...(layout?.params ?? []).map((param, i): ColDef<FillRow> => {
      const header = section.headers[fixed + i] ?? param;
      return {
        colId: `p:${param}`,
        headerName: header,
        width: 150,
        editable: (p) => p.data?.eligibility.kind !== 'notEvaluated',
        valueGetter: (p) => p.data?.scores[param],
        valueFormatter: (p) =>
          p.value === undefined || p.value === null ? '' : app.i18n.formatNumber((p.value as number) / 100, 2),
        valueSetter: editing.scoreSetter(param, header),
        cellClass: 'num-cell',
        cellClassRules: { excluded },
      };
    }),
  ];
  return (
    <section aria-label={section.sheet} class="fill-section">
      <h3>{section.sheet}</h3>
      <div ref={editing.listen}>
        <Grid<FillRow>
          label={component === 'kci' ? t('evaluator.kciGridLabel') : t('evaluator.gridLabel')}
          rows={rows()}
          height={component === 'kci' ? '40vh' : '55vh'}
          onReady={(ready) => {
            api = ready;
          }}
          options={{
            columnDefs: editing.columns(columns),
            getRowId: (p) => p.data.id,
            defaultColDef: { resizable: true },
            suppressColumnVirtualisation: true,
          }}
        />
      </div>
    </section>
  );
}

/** The read-only columns of a sheet as the workbook has them (the hidden id column left out), the full name pinned. */
function fixedColumns<T extends { readonly name: string; readonly shown: readonly string[] }>(
  section: ReturnedSection,
  layout: UnitSection | undefined,
  excluded: (p: { data?: T }) => boolean,
): ColDef<T>[] {
  const nameColumn = layout?.hashed[0] ?? 2;
  return Array.from({ length: (layout?.fixed ?? 1) - 1 }, (_, i): ColDef<T> => {
    const c = i + 1;
    return c === nameColumn
      ? {
          colId: 'name',
          headerName: section.headers[c] ?? '',
          valueGetter: (p) => p.data?.name ?? '',
          pinned: 'left',
          width: 240,
          cellClassRules: { excluded },
        }
      : {
          colId: `c:${c}`,
          headerName: section.headers[c] ?? '',
          valueGetter: (p) => p.data?.shown[i] ?? '',
          width: c === 1 ? 70 : 140,
          cellClassRules: { excluded },
        };
  });
}

interface EntryRow {
  readonly id: string;
  readonly name: string;
  readonly shown: readonly string[];
  readonly fields: readonly string[];
  readonly problems: readonly Problem[];
  readonly excluded: boolean;
}

/**
 * An entry sheet of the points model (incentives or violations) as a grid: an entry a row, the
 * activity and the kind picked from lists, each row checked as the agency's import will check it
 * (scale, points range, date within the quarter), its problems beside the cells.
 */
function EntryGrid(props: {
  section: ReturnedSection;
  envelope: UnitEnvelope;
  entries: Accessor<Entries>;
  set: (key: string, cells: readonly string[]) => void;
}) {
  const app = useApp();
  const { t } = app.i18n;
  const { section, envelope, set } = untrack(() => ({ section: props.section, envelope: props.envelope, set: props.set }));
  const list = section.component as EntryList;
  const layout = envelope.sections.find((s) => s.component === list);
  const lang = () => (app.i18n.lang() === 'kk' ? 'kk' : 'ru');
  const scale = envelope.points;
  const params = layout?.params ?? [];
  const columnOf = (param: string) => section.rows[0]?.cells.find((c) => c.param === param)?.column ?? '';
  const rows = createMemo<EntryRow[]>(() =>
    section.rows.map((r) => {
      const fields = props.entries().get(entryKey(list, r.id)) ?? [];
      const read = scale
        ? readEntryRow(
            list,
            params.map((param, i) => ({ param, column: columnOf(param), raw: fields[i] ?? '' })),
            { ...scale, kindWords: KIND_WORDS },
          )
        : { kind: 'blank' as const };
      const problems = read.kind === 'invalid' ? read.problems.map((p) => ({ ...p, sheet: section.sheet, row: r.sheetRow })) : [];
      return {
        id: r.id,
        name: r.readOnly[0] ?? '',
        shown: r.shown,
        fields,
        problems,
        excluded: layout?.rows.get(r.id)?.excluded === true,
      };
    }),
  );
  const problems = () => rows().flatMap((r) => r.problems);
  const fixed = layout?.fixed ?? 1;
  const excluded = (p: { data?: EntryRow }) => p.data?.excluded === true;
  const choices = (param: string): string[] | undefined => {
    if (param === 'activity') return ['', ...(scale?.activities ?? []).map((a, i) => activityCell(i, a.names[lang()], a.points))];
    if (param === 'kind') return ['', ...Object.values(UNIT_WORKBOOK[lang()].kinds)];
    return undefined;
  };
  const columns: ColDef<EntryRow>[] = [
    ...fixedColumns<EntryRow>(section, layout, excluded),
    ...params.map((param, i): ColDef<EntryRow> => {
      const values = choices(param);
      const own = (p: { data?: EntryRow }) => (p.data?.problems ?? []).filter((x) => x.field === param);
      return {
        colId: `f:${param}`,
        headerName: section.headers[fixed + i] ?? param,
        width:
          param === 'activity'
            ? 360
            : param === 'note' || param.startsWith('selfI')
              ? 240
              : param.startsWith('self') && param !== 'selfPoints'
                ? 200
                : 140,
        editable: (p) => p.data?.excluded !== true,
        valueGetter: (p) => p.data?.fields[i] ?? '',
        valueSetter: (p) => {
          if (!p.data) return false;
          const next = [...params.map((_, j) => p.data?.fields[j] ?? '')];
          next[i] = String(p.newValue ?? '').trim();
          if (next[i] === (p.data.fields[i] ?? '')) return false;
          set(entryKey(list, p.data.id), next);
          return true;
        },
        ...(values ? { cellEditor: 'agSelectCellEditor', cellEditorParams: { values } } : {}),
        tooltipValueGetter: (p) =>
          own(p)
            .map((x) => problemText(app.i18n, x))
            .join(' ') || undefined,
        cellClassRules: { excluded, 'cell-invalid': (p) => own(p).length > 0 },
      };
    }),
  ];
  return (
    <section aria-label={section.sheet} class="fill-section">
      <h3>{section.sheet}</h3>
      <Grid<EntryRow>
        label={t(`evaluator.${list}GridLabel`)}
        rows={rows()}
        height="45vh"
        options={{
          columnDefs: columns,
          getRowId: (p) => p.data.id,
          defaultColDef: { resizable: true },
          suppressColumnVirtualisation: true,
          undoRedoCellEditing: true,
          tooltipShowDelay: 300,
        }}
      />
      <Show when={problems().length > 0}>
        <div class="warning-box" role="status">
          <ul>
            <For each={problems()}>
              {(p) => <li>{t('evaluator.entryInvalid', { problems: locatedProblemText(app.i18n, p) })}</li>}
            </For>
          </ul>
        </div>
      </Show>
    </section>
  );
}
