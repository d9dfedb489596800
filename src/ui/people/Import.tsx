/**
 * Roster import: read the file (limits and kind checked first), find the header row, offer the
 * agency's last mapping for the same headers, let the user fix the column mapping, preview every row
 * with its located problems and the proposed action (add / update / skip), list the people it leaves
 * out (dismissed on one day if it is the full roster), then apply everything in one transaction —
 * and undo a whole import later. The roster template is downloaded here too.
 */
import type { ColDef } from 'ag-grid-community';
import { batch, createEffect, createMemo, createSignal, For, Show, untrack } from 'solid-js';
import {
  ROSTER_FIELDS,
  columnLetter,
  findHeader,
  fullName,
  hasErrors,
  mapHeaderRow,
  mappingIsUsable,
  mappingToSave,
  offeredMapping,
  unmappedRequired,
  planRosterImport,
  type ColumnMapping,
  type RosterAction,
  type RosterField,
  type RosterMatch,
  type RosterPreview,
  type SavedRosterMapping,
  formatDate,
  parseDateInput,
  unitNameIn,
} from '../../domain';
import { ROSTER_LIMITS } from '../../io/limits';
import type { RawWorkbook } from '../../io/read-workbook';
import { applyRosterPlan, undoImport } from '../../store/roster-import';
import { fileBytes } from '../../platform/download';
import { newId } from '../../platform/ids';
import { todayIso } from '../../platform/clock';
import { nextTask } from '../../platform/tasks';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { Grid } from '../shared/Grid';
import { fieldLabel, locatedProblemText } from '../shared/messages';
import { createFileJob, JobProgress } from '../shared/file-job';
import { createAbsentChoice, ImportAbsent } from './ImportAbsent';
import { ImportTemplate } from './ImportTemplate';

interface Loaded {
  readonly fileName: string;
  readonly workbook: RawWorkbook;
}

export function ImportPage() {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [loaded, setLoaded] = createSignal<Loaded | null>(null);
  const [fileError, setFileError] = createSignal('');
  const [reading, setReading] = createSignal('');
  const reader = createFileJob();
  const [sheetIndex, setSheetIndex] = createSignal(0);
  const [headerRow, setHeaderRow] = createSignal(0);
  const [mapping, setMapping] = createSignal<ColumnMapping>([]);
  const [headerFound, setHeaderFound] = createSignal(true);
  const [actions, setActions] = createSignal<ReadonlyMap<number, RosterAction>>(new Map());
  const [onlyProblems, setOnlyProblems] = createSignal(false);
  const [busy, setBusy] = createSignal(false);

  const sheet = () => loaded()?.workbook.sheets[sheetIndex()];

  /** The agency's last import's mapping, offered (never applied unasked) for a sheet with the same headers. */
  const [offer, setOffer] = createSignal<SavedRosterMapping | undefined>();

  // One change of sheet, header or mapping is one preview: its signals are set in one batch.
  const chooseSheet = (index: number) =>
    batch(() => {
      setSheetIndex(index);
      const rows = loaded()?.workbook.sheets[index]?.rows ?? [];
      const guess = findHeader(rows);
      setHeaderFound(guess !== undefined);
      setHeaderRow(guess?.headerRow ?? 0);
      setMapping(guess?.mapping ?? mapHeaderRow(rows[0] ?? []).map(() => null));
      setOffer(offeredMapping(agency.settings().rosterMapping, rows, guess));
      setActions(new Map());
    });
  const useOffer = (saved: SavedRosterMapping) =>
    batch(() => {
      setHeaderRow(saved.headerRow);
      setMapping(saved.mapping);
      setOffer(undefined);
      setActions(new Map());
    });

  const open = async (file: File) => {
    setFileError('');
    setLoaded(null);
    absentChoice.reset();
    if (file.size > ROSTER_LIMITS.maxBytes) {
      setFileError(t('fileProblems.tooLarge', { max: Math.round(ROSTER_LIMITS.maxBytes / 1024 / 1024) }));
      return;
    }
    const job = await reader.run(t('import.reading', { name: file.name }), 'readRoster', [await fileBytes(file)]);
    if (!job.ok) {
      setFileError(job.cancelled ? '' : job.message);
      setReading(job.cancelled ? job.message : '');
      return;
    }
    setReading('');
    const result = job.value;
    if (!result.ok) {
      setFileError(app.i18n.tData(`fileProblems.${result.error.code}`, result.error.params));
      return;
    }
    const firstWithHeader = result.value.sheets.findIndex((s) => !s.hidden && findHeader(s.rows) !== undefined);
    batch(() => {
      setLoaded({ fileName: file.name, workbook: result.value });
      chooseSheet(Math.max(0, firstWithHeader));
    });
  };

  const changeHeaderRow = (row: number) => {
    const rows = sheet()?.rows ?? [];
    const index = Math.min(Math.max(0, row), Math.max(0, rows.length - 1));
    batch(() => {
      setHeaderRow(index);
      setMapping(mapHeaderRow(rows[index] ?? []));
      setOffer(undefined);
      setActions(new Map());
    });
  };

  const setColumnField = (column: number, field: RosterField | null) => {
    const next = [...mapping()];
    while (next.length <= column) next.push(null);
    // A field maps from one column at most: taking it here releases it elsewhere.
    const fixed = next.map((f, i) => (i === column ? field : f === field ? null : f));
    batch(() => {
      setMapping(fixed);
      setOffer(undefined);
      setActions(new Map());
    });
  };

  /** The agency as the roster is matched against it. */
  const existing = () => ({ units: agency.units(), employees: agency.employees(), statuses: agency.statuses() });
  // The rows are read and matched in the workbook worker (`previewRoster`): a roster of thousands
  // of rows costs the page no long task. A newer sheet, header or mapping supersedes a running check;
  // Apply waits for the preview of what is on screen.
  const matcher = createFileJob();
  const [preview, setPreview] = createSignal<RosterPreview | undefined>();
  // The preview's grid is made in a task after the first preview's (issue 21): AG Grid's making,
  // ~40 ms, and the preview's own arrival had been one task of 60–75 ms with 10,000 rows.
  const [gridMade, setGridMade] = createSignal(false);
  createEffect(() => {
    if (preview() && !gridMade()) void nextTask().then(() => setGridMade(true));
  });
  /** A check of what is on screen is still under way (the preview shown, if any, is of an older choice). */
  const [checking, setChecking] = createSignal(false);
  let previewRun = 0;
  createEffect(() => {
    const s = sheet();
    const m = mapping();
    const header = headerRow();
    const agencyNow = existing();
    // Applying changes the agency; the file is closed once it is done, so nothing is matched meanwhile.
    if (busy()) return;
    const run = ++previewRun;
    if (!s || !mappingIsUsable(m)) {
      matcher.cancel();
      setPreview(undefined);
      setChecking(false);
      return;
    }
    setChecking(true);
    // A CSV has no sheets: its rows are located without one.
    const sheetName = untrack(() => loaded()?.workbook.kind) === 'text' ? '' : s.name;
    const input = { rows: s.rows, headerRow: header, mapping: m, sheet: sheetName, existing: agencyNow };
    void (async () => {
      // Copying the rows to the worker is a task of its own, not a part of the one that drew the page.
      await nextTask();
      if (run !== previewRun) return;
      const job = await untrack(() => matcher.run(t('import.checking'), 'previewRoster', [input]));
      if (run !== previewRun) return;
      batch(() => {
        setChecking(false);
        if (job.ok) setPreview(job.value);
        else if (!job.cancelled) setFileError(job.message);
      });
    })();
  });
  const matches = () => preview()?.matches ?? [];
  const absentChoice = createAbsentChoice(() => preview()?.absentFromAgency ?? []);
  const dismissAbsent = () => {
    const r = absentChoice.dismissals();
    return r.ok ? r.value : [];
  };
  const actionOf = (m: RosterMatch): RosterAction =>
    hasErrors(m.problems) ? 'skip' : (actions().get(m.draft.row) ?? m.suggested);
  const counts = createMemo(() => {
    const c = { add: 0, update: 0, skip: 0, errors: 0 };
    for (const m of matches()) {
      c[actionOf(m)]++;
      if (hasErrors(m.problems)) c.errors++;
    }
    return c;
  });

  const apply = async () => {
    const file = loaded();
    const rows = sheet()?.rows;
    if (!file || !rows || !absentChoice.dismissals().ok) return;
    setBusy(true);
    const plan = planRosterImport({
      matches: matches(),
      actions: new Map(matches().map((m) => [m.draft.row, actionOf(m)])),
      existing: existing(),
      newId,
      dismissAbsent: dismissAbsent(),
    });
    // The mapping is kept for the agency's next file with these headers, in the import's transaction.
    const kept = mappingToSave(rows, headerRow(), mapping(), todayIso());
    // The plan of 10,000 people is one task, their writing others (in slices, one transaction).
    await nextTask();
    const summary = await agency.run(applyRosterPlan(agency.ctx, plan, file.fileName, kept));
    batch(() => {
      setBusy(false);
      if (summary) setLoaded(null);
    });
    if (!summary) return;
    app.notify(
      t('import.applied', {
        file: file.fileName,
        added: summary.added,
        updated: summary.updated,
        units: summary.units,
        dismissed: summary.dismissed,
      }),
    );
  };

  const imports = agency.live('auditBatches', () => null, []);
  const undoable = createMemo(() => {
    const undone = new Set(
      imports()
        .filter((a) => a.action === 'undoImport')
        .map((a) => a.batchId),
    );
    // Newest first, by the audit log's own order (the batch ids the query comes in are random).
    return imports()
      .filter((a) => a.action === 'import' && !undone.has(a.batchId))
      .sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
  });
  const undo = async (batchId: string) => {
    if (await agency.runOk(undoImport(agency.ctx, batchId))) app.notify(t('import.undone'));
  };

  const previewRows = createMemo(() => (onlyProblems() ? matches().filter((m) => m.problems.length > 0) : matches()));
  /** A field an update changes, old → new, as the card shows them. */
  const changeText = (m: RosterMatch, f: RosterMatch['changes'][number]): string => {
    const shown = (v: unknown) => {
      if (v === '' || v === null || v === undefined) return t('import.emptyValue');
      if (typeof v === 'boolean') return v ? t('app.yes') : t('app.no');
      if (f === 'appointedOn') return formatDate(String(v));
      if (f === 'unitId') {
        const u = agency.units().find((x) => x.id === v);
        return u ? unitNameIn(u, app.i18n.lang()) : String(v);
      }
      return String(v);
    };
    const d = m.draft;
    const to = f === 'unitId' ? d.unitName : shown((d as unknown as Record<string, unknown>)[f]);
    const label = fieldLabel(app.i18n, f === 'unitId' ? 'unit' : (f as RosterField));
    return t('import.changeOf', { field: label, from: shown(m.existing?.[f]), to });
  };
  const previewColumns = (): ColDef<RosterMatch>[] => [
    { headerName: t('import.row'), width: 80, valueGetter: (p) => p.data?.draft.row, pinned: 'left', sort: 'asc' },
    { headerName: t('import.person'), width: 230, valueGetter: (p) => (p.data ? fullName(p.data.draft) : ''), pinned: 'left' },
    { headerName: fieldLabel(app.i18n, 'iin'), width: 130, valueGetter: (p) => p.data?.draft.iin },
    { headerName: fieldLabel(app.i18n, 'unit'), width: 200, valueGetter: (p) => p.data?.draft.unitName },
    { headerName: fieldLabel(app.i18n, 'category'), width: 100, valueGetter: (p) => p.data?.draft.category },
    {
      headerName: t('import.match'),
      width: 230,
      valueGetter: (p) => {
        const m = p.data;
        if (!m?.existing) return t('import.matchNone');
        const who = fullName(m.existing);
        const base = m.matchedBy === 'iin' ? t('import.matchIin', { name: who }) : t('import.matchName', { name: who });
        const what = [
          ...m.changes.map((f) => changeText(m, f)),
          ...(m.dismissal ? [t('import.dismissalNew', { date: formatDate(m.dismissal) })] : []),
        ];
        return what.length > 0 ? `${base}. ${t('import.changes', { fields: what.join('; ') })}` : base;
      },
    },
    {
      colId: 'action',
      headerName: t('import.action'),
      width: 140,
      editable: (p) => (p.data ? !hasErrors(p.data.problems) : false),
      valueGetter: (p) => (p.data ? actionOf(p.data) : 'skip'),
      valueFormatter: (p) =>
        t(p.value === 'add' ? 'import.actionAdd' : p.value === 'update' ? 'import.actionUpdate' : 'import.actionSkip'),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: (p: { data?: RosterMatch }) => ({
        values: p.data?.existing ? ['update', 'skip'] : ['add', 'skip'],
        formatValue: (v: string) =>
          t(v === 'add' ? 'import.actionAdd' : v === 'update' ? 'import.actionUpdate' : 'import.actionSkip'),
      }),
      valueSetter: (p) => {
        if (p.data) setActions(new Map([...actions(), [p.data.draft.row, p.newValue as RosterAction]]));
        return true;
      },
    },
    {
      headerName: t('employees.problems'),
      flex: 1,
      minWidth: 360,
      wrapText: true,
      autoHeight: true,
      valueGetter: (p) => p.data?.problems.map((x) => locatedProblemText(app.i18n, x)).join('\n') ?? '',
      cellClassRules: {
        'cell-error': (p) => (p.data ? hasErrors(p.data.problems) : false),
        'cell-warning': (p) => (p.data ? !hasErrors(p.data.problems) && p.data.problems.length > 0 : false),
      },
      cellClass: 'pre-line',
    },
  ];

  const headerCells = () => sheet()?.rows[headerRow()] ?? [];
  const sampleOf = (col: number) => {
    const rows = sheet()?.rows ?? [];
    for (let r = headerRow() + 1; r < Math.min(rows.length, headerRow() + 20); r++) {
      const v = rows[r]?.[col];
      if (v === null || v === undefined || v === '') continue;
      // A date column's Excel serial (42376) is shown as the date it is.
      const field = mapping()[col];
      if ((field === 'appointedOn' || field === 'dismissedOn') && typeof v === 'number') {
        const iso = parseDateInput(v);
        return iso ? formatDate(iso) : String(v);
      }
      return String(v);
    }
    return '';
  };
  const columnCount = () => Math.max(headerCells().length, mapping().length);

  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <ImportTemplate />
      <div
        class="dropzone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          const file = e.dataTransfer?.files[0];
          if (file) void open(file);
        }}
      >
        <label class="button primary">
          {t('import.choose')}
          <input
            type="file"
            class="visually-hidden-file"
            accept=".xlsx,.xls,.ods,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet,text/csv"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void open(file);
            }}
          />
        </label>
        <span class="muted">{t('import.drop')}</span>
      </div>
      <JobProgress job={reader} />
      <p role="status">{reading()}</p>
      <p role="alert" class="error-box" hidden={fileError() === ''}>
        {fileError()}
      </p>

      <Show when={loaded()}>
        {(file) => (
          <>
            <div class="inline-form">
              <label>
                <span>{t('import.sheet')}</span>
                <select value={sheetIndex()} onChange={(e) => chooseSheet(Number(e.currentTarget.value))}>
                  <For each={file().workbook.sheets}>{(s, i) => <option value={i()}>{s.name}</option>}</For>
                </select>
              </label>
              <label>
                <span>{t('import.headerRow')}</span>
                <input
                  type="number"
                  min="1"
                  max={sheet()?.rows.length ?? 1}
                  value={headerRow() + 1}
                  onChange={(e) => changeHeaderRow(Number(e.currentTarget.value) - 1)}
                />
              </label>
            </div>
            <Show when={!headerFound() && !mappingIsUsable(mapping())}>
              <p role="alert" class="warning-box">
                {t('import.noHeader', { sheet: sheet()?.name ?? '' })}
              </p>
            </Show>

            <Show when={offer()}>
              {(saved) => (
                <div class="warning-box toolbar" role="group" aria-labelledby="mapping-offer">
                  <span id="mapping-offer">{t('import.mappingOffer', { date: formatDate(saved().savedOn) })}</span>
                  <button type="button" class="primary" onClick={() => useOffer(saved())}>
                    {t('import.mappingUse')}
                  </button>
                  <button type="button" onClick={() => setOffer(undefined)}>
                    {t('import.mappingIgnore')}
                  </button>
                </div>
              )}
            </Show>
            <h2>{t('import.mapping')}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t('import.mapping')}>
              <table class="table mapping">
                <thead>
                  <tr>
                    <th scope="col">{t('import.column')}</th>
                    <th scope="col">{t('import.sample')}</th>
                    <th scope="col">{t('import.field')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={Array.from({ length: columnCount() }, (_, i) => i)}>
                    {(col) => (
                      <tr>
                        <th scope="row">{`${columnLetter(col)} · ${String(headerCells()[col] ?? '')}`}</th>
                        <td>{sampleOf(col)}</td>
                        <td>
                          <select
                            aria-label={`${t('import.field')}: ${columnLetter(col)} ${String(headerCells()[col] ?? '')}`}
                            value={mapping()[col] ?? ''}
                            onChange={(e) =>
                              setColumnField(col, e.currentTarget.value === '' ? null : (e.currentTarget.value as RosterField))
                            }
                          >
                            <option value="">{t('import.ignore')}</option>
                            <For each={ROSTER_FIELDS}>{(f) => <option value={f}>{fieldLabel(app.i18n, f)}</option>}</For>
                          </select>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>

            <Show
              when={mappingIsUsable(mapping())}
              fallback={
                <p role="alert" class="warning-box">
                  {t('import.mappingUnusable')}
                </p>
              }
            >
              <Show when={unmappedRequired(mapping()).length > 0}>
                <p role="alert" class="warning-box">
                  {t('import.unmapped', {
                    fields: unmappedRequired(mapping())
                      .map((f) => `«${fieldLabel(app.i18n, f)}»`)
                      .join(', '),
                  })}
                </p>
              </Show>
              <h2>{t('import.preview')}</h2>
              <p role="status">
                {checking()
                  ? t('import.checking')
                  : [
                      t('import.summary', { ...counts() }),
                      ...(dismissAbsent().length > 0 ? [t('import.summaryDismiss', { count: dismissAbsent().length })] : []),
                    ].join('; ')}
              </p>
              <label class="checkbox">
                <input type="checkbox" checked={onlyProblems()} onChange={(e) => setOnlyProblems(e.currentTarget.checked)} />
                <span>{t('import.onlyErrors')}</span>
              </label>
              {/* Made when the first preview comes: the grid's making is then not a part of the file's reading. */}
              <Show when={preview() && gridMade()}>
                <Grid<RosterMatch>
                  label={t('import.preview')}
                  rows={previewRows()}
                  height="50vh"
                  options={{
                    columnDefs: previewColumns(),
                    getRowId: (p) => String(p.data.draft.row),
                    defaultColDef: { sortable: true, resizable: true },
                  }}
                />
              </Show>
              <Show when={preview()}>
                <ImportAbsent
                  choice={absentChoice}
                  ofUnits={preview()?.absent ?? []}
                  ofAgency={preview()?.absentFromAgency ?? []}
                  unitName={(id) => agency.units().find((u) => u.id === id)?.name ?? ''}
                />
              </Show>
              <p>
                <button
                  type="button"
                  class="primary"
                  disabled={
                    busy() ||
                    checking() ||
                    counts().add + counts().update + dismissAbsent().length === 0 ||
                    !absentChoice.dismissals().ok ||
                    unmappedRequired(mapping()).length > 0
                  }
                  onClick={() => void apply()}
                >
                  {t('import.apply')}
                </button>
              </p>
            </Show>
          </>
        )}
      </Show>

      <Show when={undoable().length > 0}>
        <section aria-labelledby="undo-title" class="panel">
          <h2 id="undo-title">{t('import.undoTitle')}</h2>
          <ul>
            <For each={undoable()}>
              {(entry) => (
                <li>
                  {entry.entityId} · {app.i18n.formatDateTime(entry.at)}{' '}
                  <button type="button" onClick={() => void undo(entry.batchId ?? '')}>
                    {t('import.undo')}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
    </section>
  );
}
