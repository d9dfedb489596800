/**
 * The KCI evaluation sheet of a unit head for a quarter (004 §28, Appendix 2): per KCI the plan,
 * the actual value (HR's pre-computed figure, 004 §23), the achievement, the permissible score range
 * and the evaluator's score 0–5 — typed like a spreadsheet. A score outside the range is a warning
 * the evaluator confirms (METHODOLOGY §5). The sheet's score and grade follow at once with their
 * explanation; then the superior manager agrees or returns the sheet (001 §§45–50).
 */
import type { CellClassParams, ColDef, GridApi } from 'ag-grid-community';
import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  formatDate,
  hundredthsText,
  kciPlanProblems,
  kciResubmitDeadline,
  kciReviewRefusal,
  kciReviewState,
  kciSheet,
  readAmount,
  type KciLine,
  type KciPlan,
  type KciReviewAction,
  type Period,
  joinKey,
} from '../../domain';
import { applyEvaluationChanges } from '../../store/evaluations';
import { reviewKciSheet, setKciItemField } from '../../store/kci';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { Explanation } from '../shared/Explanation';
import { Grid } from '../shared/Grid';
import { createGridEditing } from '../shared/grid-editing';
import { createPendingScores } from '../shared/pending-scores';
import { createCaseBook } from '../shared/case-book';
import { finalText } from '../shared/result-text';
import { KeysHelp } from '../shared/KeysHelp';

interface KciRow {
  /** The KCI's id. */
  readonly id: string;
  readonly n: number;
  readonly name: string;
  readonly line: KciLine;
  /** The score under the grid-editing column id `p:score`. */
  readonly scores: Readonly<Record<string, number>>;
  readonly eligibility: { readonly kind: string };
}

export function KciSheet(props: { period: Period; employeeId: string; plan: KciPlan; evaluated: boolean }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  // The review's paragraphs (001 §§45–49), or the assumption where the act sets no such step.
  const reviewSource = () => app.i18n.cite(agency.profile().kci.review);
  // The head's case: typed scores enter it at once; the sheet, its score and the final result come from it.
  const pending = createPendingScores(() => cases.records().records.filter((r) => r.component === 'kci'));
  const cases = createCaseBook(
    agency,
    () => [props.period.id],
    (records) => pending.overlay(records, { periodId: props.period.id, component: 'kci', profile: agency.profile() }),
  );
  const theCase = createMemo(() => cases().caseOf(props.employeeId, props.period.id));
  const state = () => kciReviewState(props.plan);
  const editable = () => props.evaluated && (state() === 'draft' || state() === 'returned');
  /** The profile the sheet is computed with (an agreed sheet keeps the version its scores were entered with). */
  const profile = () => theCase()?.profile ?? agency.profile();
  const result = createMemo(() => {
    const c = theCase();
    return (c?.input?.method === 'kci' ? c.input.sheet : undefined) ?? kciSheet(props.plan.items, {}, profile());
  });
  const final = () => theCase()?.final;
  const scoresOf = (line: KciLine): Record<string, number> => (line.score === undefined ? {} : { score: line.score });
  const rows = createMemo<KciRow[]>(() =>
    result().lines.map((line, i) => ({
      id: line.item.id,
      n: i + 1,
      name: line.item.name,
      line,
      scores: scoresOf(line),
      eligibility: { kind: props.evaluated ? 'evaluated' : 'notEvaluated' },
    })),
  );
  const [focused, setFocused] = createSignal<string | null>(null);

  const lang = () => app.i18n.lang();
  const score = (h: number | undefined) => (h === undefined ? '' : app.i18n.formatNumber(h / 100, 2));
  const amount = (h: number | null) =>
    h === null
      ? ''
      : hundredthsText(h)
          .replace(/\.00$/, '')
          .replace('.', lang() === 'en' ? '.' : ',');
  const percent = (line: KciLine) => {
    const a = line.achievement;
    if (a === undefined) return '';
    return a.kind === 'zeroPlan' ? t('kci.zeroPlan') : `${app.i18n.formatNumber(a.percent / 100, 2)} %`;
  };
  const range = (line: KciLine) => (line.range ? `${score(line.range.min)}–${score(line.range.max)}` : '');
  const rangeAssumed = () => profile().kci.permissible.assumption !== undefined;

  let api: GridApi<KciRow> | undefined;
  const editing = createGridEditing<KciRow>({
    api: () => api,
    locked: () => !editable(),
    lockedError: 'kciSubmitted',
    pending,
    apply: async (changes) =>
      changes.length === 0 ? undefined : agency.attempt(applyEvaluationChanges(agency.ctx, changes, agency.profile())),
    changeFor: (row, field) => ({
      periodId: props.period.id,
      employeeId: props.employeeId,
      component: 'kci',
      field: 'param' in field ? { param: row.id, value: field.value } : field,
    }),
    person: (row) => `${t('kci.name')} ${row.n}`,
  });

  const outside = (p: CellClassParams<KciRow>) => p.data?.line.outside === true;
  const columns = (): ColDef<KciRow>[] => [
    { colId: 'n', headerName: t('kci.number'), field: 'n', width: 64, pinned: 'left', cellClass: 'num-cell' },
    { colId: 'name', headerName: t('kci.name'), field: 'name', width: 280, pinned: 'left', tooltipField: 'name' },
    { colId: 'measure', headerName: t('kci.measure'), width: 110, valueGetter: (p) => p.data?.line.item.measure },
    {
      colId: 'plan',
      headerName: t('kci.plan'),
      width: 100,
      valueGetter: (p) => amount(p.data?.line.item.plan ?? null),
      cellClass: 'num-cell',
    },
    {
      colId: 'actual',
      headerName: t('kci.actual'),
      width: 110,
      editable: () => editable(),
      valueGetter: (p) => amount(p.data?.line.item.actual ?? null),
      valueSetter: (e) => {
        const read = readAmount(e.newValue, 'actual');
        if (read.kind === 'invalid') return editing.refuse(e, t('kci.actual'), read.problem);
        editing.accept(e);
        const value = read.kind === 'amount' ? read.value : null;
        if (value !== e.data.line.item.actual)
          void agency.runOk(setKciItemField(agency.ctx, props.plan.id, e.data.id, { actual: value }));
        return false;
      },
      cellClass: 'num-cell',
    },
    {
      colId: 'percent',
      headerName: t('kci.percent'),
      width: 130,
      valueGetter: (p) => (p.data ? percent(p.data.line) : ''),
      cellClass: 'num-cell computed',
    },
    {
      colId: 'achieved',
      headerName: t('kci.achieved'),
      width: 110,
      valueGetter: (p) => (p.data?.line.achieved === undefined ? '' : p.data.line.achieved ? t('kci.yes') : t('kci.no')),
      cellClass: 'computed',
    },
    {
      colId: 'range',
      headerName: t('kci.range'),
      headerTooltip: t('evaluate.assumptionMark'),
      width: 150,
      valueGetter: (p) => (p.data ? `${range(p.data.line)}${p.data.line.range && rangeAssumed() ? ' ≈' : ''}` : ''),
      cellClass: 'num-cell computed',
    },
    {
      colId: 'p:score',
      headerName: t('kci.score'),
      width: 120,
      editable: () => editable(),
      valueGetter: (p) => p.data?.line.score,
      valueFormatter: (p) =>
        p.value === undefined || p.value === null
          ? ''
          : `${score(p.value as number)}${p.data?.line.outside ? (p.data.line.needsConfirmation ? ' ⚠' : ` ✓`) : ''}`,
      valueSetter: editing.scoreSetter('score', t('kci.score')),
      cellClass: 'num-cell',
      cellClassRules: { outside },
    },
  ];

  const focusedLine = () => rows().find((r) => r.id === focused());
  const lineWhy = (row: KciRow) => {
    const l = row.line;
    if (!l.achievement || !l.range) return '';
    const formula =
      l.achievement.kind === 'zeroPlan'
        ? t('kci.zeroPlan')
        : l.item.direction === 'higherBetter'
          ? t('kci.formulaHigher')
          : t('kci.formulaLower');
    return t('kci.lineWhy', { n: row.n, formula, percent: percent(l), min: score(l.range.min), max: score(l.range.max) });
  };

  // Review (001 §§45–50).
  const [returnReason, setReturnReason] = createSignal('');
  const review = async (action: KciReviewAction) => {
    const planProblems = kciPlanProblems(props.plan.items, props.period, agency.profile());
    const refusal = kciReviewRefusal(action, props.plan, result(), planProblems, returnReason());
    if (refusal) return app.notify(t('kci.refused', { why: t(`kci.refusals.${refusal}`) }), 'error');
    if (await agency.runOk(reviewKciSheet(agency.ctx, props.plan.id, action, action === 'return' ? returnReason() : '')))
      setReturnReason('');
  };
  const resubmitBy = () => kciResubmitDeadline(props.plan, agency.calendar());

  return (
    <>
      <section class="panel" aria-labelledby="kci-sheet-title">
        <h2 id="kci-sheet-title">{t('kci.sheetTitle')}</h2>
        <div ref={editing.listen}>
          <Show when={joinKey(props.plan.id, lang(), agency.profile().id, agency.profile().version)} keyed>
            <Grid<KciRow>
              label={t('kci.gridLabel')}
              rows={rows()}
              height="auto"
              stateKey="bagalau.grid.kci"
              onReady={(ready) => {
                api = ready;
              }}
              options={{
                columnDefs: editing.columns(columns()),
                getRowId: (p) => p.data.id,
                defaultColDef: { resizable: true, minWidth: 90, wrapHeaderText: true, autoHeaderHeight: true },
                autoSizeStrategy: { type: 'fitGridWidth' },
                // Three to five KCIs: the grid is as high as its rows.
                domLayout: 'autoHeight',
                suppressColumnVirtualisation: true,
                onCellFocused: (e) => {
                  const row =
                    e.rowIndex === null || e.rowIndex === undefined ? undefined : e.api.getDisplayedRowAtIndex(e.rowIndex);
                  setFocused(row?.data?.id ?? null);
                },
              }}
            />
          </Show>
        </div>
        <KeysHelp text={t('kci.keys')} />
        <For each={rows().filter((r) => r.line.needsConfirmation)}>
          {(row) => {
            const l = row.line;
            const s = () => score(l.score);
            return (
              <p class="warning-box" role="status">
                {t('kci.outside', {
                  n: row.n,
                  name: row.name,
                  score: s(),
                  min: score(l.range?.min),
                  max: score(l.range?.max),
                  percent: percent(l),
                })}{' '}
                <Show when={editable()}>
                  <button
                    type="button"
                    onClick={() =>
                      void agency.runOk(setKciItemField(agency.ctx, props.plan.id, row.id, { confirmedScore: l.score ?? null }))
                    }
                  >
                    {t('kci.confirm', { score: s(), n: row.n })}
                  </button>
                </Show>
              </p>
            );
          }}
        </For>
        <p class="muted" aria-live="polite">
          <Show when={focusedLine()}>{(row) => lineWhy(row())}</Show>
        </p>
        <div class="sheet-summary" aria-live="polite">
          <Show
            when={result().sheet}
            fallback={<span>{t('kci.incomplete', { scored: result().scored, total: rows().length })}</span>}
          >
            {(sheet) => (
              <span>
                {t('kci.sheetScore')}:{' '}
                <strong>
                  {score(sheet().score)}
                  {sheet().explain().assumptions.length > 0 ? ' ≈' : ''}
                </strong>{' '}
                — {t(`grades.${sheet().grade}`)}
                <Show when={finalText(final(), app.i18n)}>
                  {(text) => (
                    <>
                      . {t('final.column')}: <strong>{text()}</strong>
                    </>
                  )}
                </Show>
              </span>
            )}
          </Show>
        </div>
        <Show when={result().sheet}>
          {(sheet) => (
            <section class="explain" aria-labelledby="why-title">
              <Explanation trace={sheet().explain()} title={t('evaluate.why', { value: score(sheet().score) })} />
            </section>
          )}
        </Show>
      </section>
      <section class="panel" aria-labelledby="kci-review-title">
        <h2 id="kci-review-title">{t('kci.reviewTitle', { source: reviewSource() })}</h2>
        <p>
          <span class="review-state">{t(`kci.states.${state()}`)}</span>
          <Show when={resubmitBy()}>
            {(d) => <span> · {t('kci.resubmitBy', { date: formatDate(d()), source: reviewSource() })}</span>}
          </Show>
        </p>
        <Show when={props.plan.review.length > 0}>
          <ol class="history">
            <For each={props.plan.review}>
              {(s) => (
                <li>
                  {t('kci.historyItem', {
                    date: app.i18n.formatDateTime(s.at),
                    who: s.operator || t('app.none'),
                    what: s.reason ? `${t(`kci.actions.${s.action}`)} — ${s.reason}` : t(`kci.actions.${s.action}`),
                  })}
                </li>
              )}
            </For>
          </ol>
        </Show>
        <Show when={props.evaluated}>
          <div class="toolbar">
            <Show when={editable()}>
              <button type="button" class="primary" onClick={() => void review('submit')}>
                {t('kci.submit')}
              </button>
            </Show>
            <Show when={state() === 'submitted'}>
              <button type="button" class="primary" onClick={() => void review('agree')}>
                {t('kci.agree')}
              </button>
              <form
                class="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  void review('return');
                }}
              >
                <label>
                  <span>{t('kci.returnReason', { source: reviewSource() })}</span>
                  <input value={returnReason()} onInput={(e) => setReturnReason(e.currentTarget.value)} />
                </label>
                <button type="submit">{t('kci.returnSheet')}</button>
              </form>
            </Show>
          </div>
        </Show>
      </section>
    </>
  );
}
