/**
 * Evaluator mode (issue 5): a unit head with Bagalau (the single-file copy will do) but without the
 * agency's database opens the unit workbook HR sent, fills its scores in a grid that behaves like
 * the ranking grid (decimal comma, paste from Excel, undo/redo, Delete, Ctrl+D), and saves the
 * workbook back — its `_meta` envelope exactly as it came — for emailing. Nothing is stored here.
 */
import { A } from '@solidjs/router';
import type { ColDef, GridApi } from 'ag-grid-community';
import { createMemo, createSignal, Show } from 'solid-js';
import { readScore, type EvaluationRecord, type ReturnedWorkbook } from '../../domain';
import { fillUnitWorkbook, readUnitWorkbook } from '../../io/unit-workbook';
import { downloadBytes, fileBytes } from '../../platform/download';
import type { AppliedChange, ScoreChange } from '../../store/evaluations';
import { useApp } from '../app-state';
import { Grid } from '../components/Grid';
import { createGridEditing } from '../grid-editing';
import { unitReadProblemText } from '../messages';
import { createPendingScores } from '../pending-scores';

interface FillRow {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly status: string;
  readonly scores: Readonly<Record<string, number>>;
  readonly eligibility: { readonly kind: 'evaluated' | 'notEvaluated' };
}

export function EvaluatorPage() {
  const app = useApp();
  const { t } = app.i18n;
  const [file, setFile] = createSignal<{ bytes: Uint8Array; book: ReturnedWorkbook } | undefined>(undefined);
  const [error, setError] = createSignal('');
  // The entered scores as records, so the ranking grid's editing (paste, undo) works unchanged.
  const [records, setRecords] = createSignal<readonly EvaluationRecord[]>([]);
  const [changed, setChanged] = createSignal(0);
  const pending = createPendingScores(records);

  const open = async (f: File) => {
    setError('');
    const bytes = await fileBytes(f);
    const read = readUnitWorkbook(bytes, f.name);
    if (!read.ok) {
      setError(t('evaluator.refused', { reason: unitReadProblemText(app.i18n, read.error) }));
      return;
    }
    const book = read.value;
    setRecords(
      book.rows.map((r) => {
        const scores: Record<string, number> = {};
        for (const c of r.cells) {
          const v = readScore(c.raw, c.param);
          if (v.kind === 'score') scores[c.param] = v.value;
        }
        return { id: r.id, periodId: book.envelope.periodId, employeeId: r.id, component: 'ranking', scores, comment: '', evaluatorId: null, profileId: book.envelope.profileId, profileVersion: book.envelope.profileVersion };
      }),
    );
    setChanged(0);
    setFile({ bytes, book });
  };

  const rows = createMemo<FillRow[]>(() => {
    const f = file();
    if (!f) return [];
    const byId = new Map(records().map((r) => [r.id, r]));
    return f.book.rows.map((r) => ({
      id: r.id,
      name: r.readOnly[0] ?? '',
      category: r.readOnly[1] ?? '',
      status: r.status,
      scores: pending.withPending(r.id, byId.get(r.id)?.scores ?? {}),
      eligibility: { kind: f.book.envelope.rows.get(r.id)?.excluded ? 'notEvaluated' : 'evaluated' },
    }));
  });

  // In memory: a change is applied at once and returned with what it replaced, for undo.
  const apply = (changes: readonly ScoreChange[]): Promise<AppliedChange[]> => {
    const next = new Map(records().map((r) => [r.id, r]));
    const applied: AppliedChange[] = [];
    for (const c of changes) {
      const r = next.get(c.employeeId);
      if (!r || !('param' in c.field)) continue;
      const before = r.scores[c.field.param];
      if (before === c.field.value) continue;
      const scores = { ...r.scores };
      if (c.field.value === undefined) delete scores[c.field.param];
      else scores[c.field.param] = c.field.value;
      next.set(r.id, { ...r, scores });
      applied.push({ ...c, before: { param: c.field.param, value: before } });
    }
    setRecords([...next.values()]);
    setChanged(changed() + applied.length);
    return Promise.resolve(applied);
  };

  let api: GridApi<FillRow> | undefined;
  const editing = createGridEditing<FillRow>({
    api: () => api,
    locked: () => false,
    pending,
    apply,
    changeFor: (row, field) => ({ periodId: file()?.book.envelope.periodId ?? '', employeeId: row.id, component: 'ranking', field }),
  });

  const scoreSetter = editing.scoreSetter;

  const columns = (book: ReturnedWorkbook): ColDef<FillRow>[] => {
    const excluded = (p: { data?: FillRow }) => p.data?.eligibility.kind === 'notEvaluated';
    return [
      { colId: 'name', headerName: t('evaluate.person'), field: 'name', pinned: 'left', width: 260, cellClassRules: { excluded } },
      { colId: 'category', headerName: t('fields.category'), field: 'category', width: 100, cellClassRules: { excluded } },
      { colId: 'status', headerName: t('evaluate.status'), field: 'status', width: 180, cellClassRules: { excluded } },
      ...book.envelope.params.map((param, i): ColDef<FillRow> => {
        const header = book.headers[5 + i] ?? param;
        return {
          colId: `p:${param}`,
          headerName: header,
          width: 160,
          editable: (p) => p.data?.eligibility.kind !== 'notEvaluated',
          valueGetter: (p) => p.data?.scores[param],
          valueFormatter: (p) => (p.value === undefined || p.value === null ? '' : app.i18n.formatNumber((p.value as number) / 100, 2)),
          valueSetter: scoreSetter(param, header),
          cellClass: 'num-cell',
          cellClassRules: { excluded },
        };
      }),
    ];
  };

  const save = () => {
    const f = file();
    if (!f) return;
    const bytes = fillUnitWorkbook(f.bytes, f.book, new Map(records().map((r) => [r.id, r.scores])));
    downloadBytes(bytes, f.book.fileName);
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
      <p role="alert" class="error-box" hidden={error() === ''}>{error()}</p>
      <Show when={file()}>
        {(f) => (
          <>
            <h2>{f().book.title.join(' · ')}</h2>
            <p class="muted">{t('evaluate.keys')}</p>
            <div ref={editing.listen}>
              <Show when={`${f().book.fileName}:${app.i18n.lang()}`} keyed>
                <Grid<FillRow>
                  label={t('evaluator.gridLabel')}
                  rows={rows()}
                  height="55vh"
                  onReady={(ready) => {
                    api = ready;
                  }}
                  options={{ columnDefs: columns(f().book), getRowId: (p) => p.data.id, defaultColDef: { resizable: true }, suppressColumnVirtualisation: true }}
                />
              </Show>
            </div>
            <div class="toolbar">
              <Show when={changed() > 0}>
                <p role="status">{t('evaluator.changed', { n: changed() })}</p>
              </Show>
              <button type="button" class="primary" onClick={save}>{t('evaluator.save')}</button>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
