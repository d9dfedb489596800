/**
 * Returned unit workbooks in (issue 5): many at once (picker or drop) with a progress bar; each is
 * refused with its reason before a cell is trusted, or planned against what is stored now; the
 * preview lists per file every change old → new, every conflict with a choice, every problem with
 * its place; *Apply* writes the confirmed changes of all files in one transaction, naming the files,
 * their export times and the import time in the audit log.
 */
import { createMemo, createSignal, For, Show } from 'solid-js';
import {
  checkAgainstRegister,
  checkEnvelope,
  returnedTexts,
  formatDate,
  fullName,
  isIncentive,
  kciEditable,
  kciReviewState,
  planUnitImports,
  scoreKey,
  type CellChange,
  type Conflict,
  type EntryChange,
  type EntryFields,
  type ExchangeComponent,
  type Period,
  type PointsLists,
  type ReturnedWorkbook,
  type Unit,
  type UnitImportPlan,
  isSelf,
  unitNameIn,
} from '../../domain';
import { UNIT_LIMITS } from '../../io/limits';
import { nowIso } from '../../platform/clock';
import { fileBytes } from '../../platform/download';
import type { ScoreChange } from '../../store/evaluations';
import type { EntryWrite } from '../../store/points';
import { applyUnitImport } from '../../store/unit-import';
import { useApp } from '../app/app-state';
import { FilePickButton } from '../shared/FilePickButton';
import { useAgency } from '../app/agency-state';
import { KIND_WORDS } from '../points/entry-words';
import { locatedProblemText, unitReadProblemText } from '../shared/messages';
import { valueText } from '../shared/result-text';
import { caseBookOf } from '../shared/case-book';
import { createFileJob, JobProgress } from '../shared/file-job';
import { keyedFingerprints } from '../../store/export-register';
import { fingerprinter } from '../../platform/hmac';
import { nextFrame } from '../../platform/tasks';
import { partSteps } from '../shared/grid-rows';

interface Refused {
  readonly file: string;
  readonly reason: string;
}

const conflictKey = (plan: UnitImportPlan, c: Conflict) => `${plan.fileName}|${c.component}|${c.employeeId}|${c.param}`;
const entryKey = (plan: UnitImportPlan, c: EntryChange) => `${plan.fileName}|${c.list}|${c.employeeId}|${c.entryId}`;
/** Preview lines drawn in one task (issue 21): 50 files' 8,000 lines at once are a third of a second of layout, 400 a task were ~0.1 s on a slow machine. */
const LINES_PER_TASK = 250;
const planLines = (p: UnitImportPlan) =>
  1 + p.changes.length + p.entries.length + p.conflicts.length + p.entryConflicts.length + p.problems.length;

export function ExchangeImport(props: { period: Period; units: readonly Unit[] }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [scope, setScope] = createSignal('*');
  const [progress, setProgress] = createSignal<{ done: number; total: number } | undefined>(undefined);
  const [cancelled, setCancelled] = createSignal('');
  const reader = createFileJob();
  const [plans, setPlansNow] = createSignal<readonly UnitImportPlan[]>([]);
  // The files of the preview drawn so far: they come a few at a time, a task each; applying waits for all.
  const [drawn, setDrawn] = createSignal(0);
  let drawing = 0;
  const setPlans = async (next: readonly UnitImportPlan[]) => {
    const run = ++drawing;
    setDrawn(0);
    setPlansNow(next);
    for (const [i, upTo] of partSteps(next.map(planLines), LINES_PER_TASK).entries()) {
      // Each step laid out in a frame of its own.
      if (i > 0) await nextFrame();
      if (run !== drawing) return;
      setDrawn(upTo);
    }
  };
  const shownPlans = createMemo(() => plans().slice(0, drawn()));
  const [refused, setRefused] = createSignal<readonly Refused[]>([]);
  const [choices, setChoices] = createSignal<ReadonlyMap<string, 'keep' | 'take'>>(new Map());
  const lang = () => (app.i18n.lang() === 'kk' ? 'kk' : 'ru');
  const byId = createMemo(() => new Map(agency.employees().map((e) => [e.id, e])));
  const person = (id: string) => {
    const e = byId().get(id);
    return e ? fullName(e) : id;
  };
  const paramName = (id: string) => agency.profile().ranking.parameters.value.find((p) => p.id === id)?.names[lang()] ?? id;
  /** What a changed cell scores: a ranking parameter, or a KCI by its name in the file. */
  const what = (c: CellChange) =>
    c.component === 'kci' ? t('exchange.kciItem', { name: c.item ?? c.param }) : paramName(c.param);
  const where = (c: CellChange) => `${c.sheet}, ${c.column}${c.sheetRow}`;
  const unitName = (id: string) => {
    const u = agency.units().find((x) => x.id === id);
    return u ? unitNameIn(u, app.i18n.lang()) : id;
  };
  const shown = (v: number | undefined) => (v === undefined ? t('exchange.blank') : valueText(v, 2));
  /** An entry of the points model in a line: the activity with its points, or the kind of violation; the date and the note. */
  const entryText = (e: EntryFields | undefined) => {
    if (!e) return t('exchange.noEntry');
    if (isSelf(e))
      return [e.incentives, e.executive, e.labour, e.points === null ? '' : t('exchange.selfPoints', { points: e.points })]
        .filter((x) => x !== '')
        .join(' · ');
    const activities = agency.profile().points.activities.value;
    const head = isIncentive(e)
      ? `${activities.find((a) => a.id === e.activityId)?.names[lang()] ?? e.activityId} · +${e.points}`
      : t(`points.kinds.${e.kind}`);
    return [head, formatDate(e.date), e.note].filter((x) => x !== '').join(' · ');
  };

  /** A change of a score or of an entry as the preview shows it. */
  const scoreLine = (c: CellChange) => ({
    person: person(c.employeeId),
    what: what(c),
    before: shown(c.before),
    after: shown(c.after),
    where: where(c),
  });
  const entryLine = (c: EntryChange) => ({
    person: person(c.employeeId),
    what: t(`exchange.entryLists.${c.list}`),
    before: entryText(c.before),
    after: entryText(c.after),
    where: t('exchange.entryRow', { sheet: c.sheet, row: c.sheetRow }),
  });
  const lines = (plan: UnitImportPlan) => [...plan.changes.map(scoreLine), ...plan.entries.map(entryLine)];
  const disputes = (plan: UnitImportPlan) => [
    ...plan.conflicts.map((c) => ({ ...scoreLine(c), key: conflictKey(plan, c), exported: shown(c.exported) })),
    ...plan.entryConflicts.map((c) => ({ ...entryLine(c), key: entryKey(plan, c), exported: entryText(c.exported) })),
  ];

  const open = async (files: readonly File[]) => {
    if (files.length === 0) return;
    void setPlans([]);
    setRefused([]);
    setChoices(new Map());
    setProgress({ done: 0, total: files.length });
    setCancelled('');
    const q = props.period;
    const profile = agency.profile();
    const people = agency.employees();
    const unitOf = new Map(people.map((e) => [e.id, e.unitId]));
    const records = await agency.read('periodRecords', [q.id]);
    const { records: stored, plans, sheets } = records;
    // Whether a person is evaluated, and by which method, is the case's (one rule for every screen).
    const book = caseBookOf(agency, records);
    const current = new Map(
      stored
        .filter((r) => r.component === 'ranking' || r.component === 'kci')
        .map((r) => [scoreKey(r.component as ExchangeComponent, r.employeeId), r.scores]),
    );
    const plansOf = new Map(plans.map((p) => [p.employeeId, p]));
    const rankingParams = new Set(profile.ranking.parameters.value.map((p) => p.id));
    const evaluated = (component: ExchangeComponent | 'points', id: string) => {
      const c = book.caseOf(id, q.id);
      return c !== undefined && c.method === component && c.stage !== 'notEvaluated';
    };
    const locked = (component: ExchangeComponent | 'points', id: string) => {
      if (component !== 'kci') return agency.isLocked(q.id, unitOf.get(id) ?? '', component);
      const plan = plansOf.get(id);
      return plan !== undefined && !kciEditable(kciReviewState(plan));
    };
    const pointsNow = new Map<string, PointsLists>(sheets.map((s) => [s.employeeId, s]));
    const points = {
      context: {
        period: q,
        activities: profile.points.activities.value,
        range: profile.points.incentiveRange.value,
        kindWords: KIND_WORDS,
      },
      current: pointsNow,
    };
    const params = (component: ExchangeComponent, id: string): ReadonlySet<string> =>
      component === 'ranking' ? rankingParams : new Set(plansOf.get(id)?.items.map((i) => i.id) ?? []);
    const scopeArg = {
      agencyId: agency.agency()?.id ?? '',
      periodId: q.id,
      unitId: scope() === '*' ? undefined : scope(),
      periods: new Set(agency.periods().map((p) => p.id)),
      units: new Set(agency.units().map((u) => u.id)),
    };
    const accepted: ReturnedWorkbook[] = [];
    const nextRefused: Refused[] = [];
    for (const [i, file] of files.entries()) {
      // Checked before reading: a huge file is not loaded at all.
      if (file.size > UNIT_LIMITS.maxBytes)
        nextRefused.push({
          file: file.name,
          reason: t('fileProblems.tooLarge', { max: Math.round(UNIT_LIMITS.maxBytes / 1024 / 1024) }),
        });
      else {
        const job = await reader.run(t('reading.reading', { file: file.name }), 'readUnitWorkbook', [
          await fileBytes(file),
          file.name,
        ]);
        if (!job.ok && job.cancelled) {
          // Cancelled: nothing of the files read so far is planned.
          setProgress(undefined);
          setCancelled(job.message);
          return;
        }
        const read = job.ok ? job.value : undefined;
        if (read === undefined) nextRefused.push({ file: file.name, reason: job.ok ? '' : job.message });
        else if (!read.ok) {
          nextRefused.push({ file: file.name, reason: unitReadProblemText(app.i18n, read.error) });
        } else {
          // Checked against what this agency recorded when it sent the workbook out, never against
          // what the file says about itself: its unit, rows, sheets and scale are the register's.
          const claimed = checkEnvelope(read.value.envelope, { ...scopeArg, periodId: undefined, unitId: undefined });
          const record = claimed ? undefined : await agency.read('exportRecord', read.value.envelope.exportId ?? '');
          const registered = claimed ? undefined : checkAgainstRegister(read.value, record ?? undefined);
          const envelope = registered?.ok ? registered.file.envelope : read.value.envelope;
          const refusal = claimed ?? (registered && !registered.ok ? registered.refusal : checkEnvelope(envelope, scopeArg));
          if (refusal || !registered?.ok)
            nextRefused.push({
              file: file.name,
              reason: t(`exchange.refusals.${refusal ?? 'notRegistered'}`, {
                period: envelope.periodId,
                unit: unitName(envelope.unitId),
                sheet: registered && !registered.ok ? (registered.sheet ?? '') : '',
              }),
            });
          else {
            const keyed = await keyedFingerprints(agency.ctx, fingerprinter, returnedTexts(registered.file));
            if (!keyed.ok) return app.failed(keyed.error);
            accepted.push({ ...registered.file, fingerprints: keyed.value });
          }
        }
      }
      setProgress({ done: i + 1, total: files.length });
    }
    // Planned together: two files changing one cell differently make a conflict, not a silent last-wins.
    void setPlans(planUnitImports(accepted, { unitOf, evaluated, locked, current, params, points }));
    setRefused(nextRefused);
  };

  const unresolved = () => {
    const chosen = choices();
    let n = 0;
    for (const p of plans()) for (const d of disputes(p)) if (!chosen.has(d.key)) n++;
    return n;
  };
  const confirmedEntries = (): EntryWrite[] =>
    plans().flatMap((p) =>
      [...p.entries, ...p.entryConflicts.filter((c) => choices().get(entryKey(p, c)) === 'take')].map((c) => ({
        periodId: p.periodId,
        employeeId: c.employeeId,
        list: c.list,
        entryId: c.entryId,
        after: c.after,
      })),
    );
  const choose = (key: string, choice: 'keep' | 'take') => setChoices(new Map(choices()).set(key, choice));
  const confirmed = (): ScoreChange[] =>
    plans().flatMap((p) =>
      [...p.changes, ...p.conflicts.filter((c) => choices().get(conflictKey(p, c)) === 'take')].map((c): ScoreChange => ({
        periodId: p.periodId,
        employeeId: c.employeeId,
        component: c.component,
        field: { param: c.param, value: c.after },
      })),
    );

  const apply = async () => {
    const changes = confirmed();
    const entries = confirmedEntries();
    if (changes.length + entries.length === 0) {
      app.notify(t('exchange.nothing'));
      return;
    }
    const files = plans()
      .filter((p) => p.changes.length + p.conflicts.length + p.entries.length + p.entryConflicts.length > 0)
      .map((p) => t('exchange.fileAt', { file: p.fileName, at: app.i18n.formatDateTime(p.exportedAt) }));
    const reason = t('exchange.auditReason', { at: app.i18n.formatDateTime(nowIso()), files: files.join('; ') });
    const unitOf = new Map(agency.employees().map((e) => [e.id, e.unitId]));
    const done = await agency.run(applyUnitImport(agency.ctx, { scores: changes, entries, unitOf, reason }, agency.profile()));
    if (done === undefined) return;
    app.notify(t('exchange.applied', { n: done.scores + done.entries, files: files.length }));
    void setPlans([]);
    setChoices(new Map());
  };

  return (
    <section class="panel" aria-labelledby="exchange-in-title">
      <h2 id="exchange-in-title">{t('exchange.in')}</h2>
      <label class="inline">
        <span>{t('exchange.scope')}</span>
        <select aria-label={t('exchange.scope')} onChange={(e) => setScope(e.currentTarget.value)}>
          <option value="*" selected={scope() === '*'}>
            {t('exchange.allUnits')}
          </option>
          <For each={props.units}>
            {(u) => (
              <option value={u.id} selected={scope() === u.id}>
                {unitNameIn(u, app.i18n.lang())}
              </option>
            )}
          </For>
        </select>
      </label>
      <div
        class="dropzone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void open([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <FilePickButton class="button primary" label={t('exchange.choose')} onFiles={(files) => void open(files)} />
        <span class="muted">{t('exchange.drop')}</span>
      </div>
      <Show when={progress()}>
        {(p) => (
          <p role="status">
            <progress max={p().total} value={p().done} aria-label={t('exchange.reading', { done: p().done, total: p().total })} />{' '}
            {t('exchange.reading', { done: p().done, total: p().total })}
          </p>
        )}
      </Show>
      <JobProgress job={reader} />
      <Show when={cancelled()}>
        <p role="status">{cancelled()}</p>
      </Show>
      <Show when={refused().length > 0}>
        <div class="error-box" role="alert">
          <ul>
            <For each={refused()}>{(r) => <li>{t('exchange.refused', { file: r.file, reason: r.reason })}</li>}</For>
          </ul>
        </div>
      </Show>
      <Show when={plans().length > 0}>
        <section aria-labelledby="exchange-preview-title">
          <h3 id="exchange-preview-title">{t('exchange.preview')}</h3>
          <For each={shownPlans()}>
            {(plan) => {
              const planLines = createMemo(() => lines(plan));
              return (
                <div class="exchange-file">
                  <p>
                    <strong>
                      {t('exchange.fileSummary', {
                        file: plan.fileName,
                        unit: unitName(plan.unitId),
                        period: plan.periodId,
                        at: app.i18n.formatDateTime(plan.exportedAt),
                        changes: plan.changes.length + plan.entries.length,
                        conflicts: plan.conflicts.length + plan.entryConflicts.length,
                        problems: plan.problems.length,
                      })}
                    </strong>
                  </p>
                  <Show when={planLines().length > 0}>
                    <table class="table compact">
                      <caption class="visually-hidden">{plan.fileName}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('exchange.person')}</th>
                          <th scope="col">{t('exchange.what')}</th>
                          <th scope="col">{t('exchange.before')}</th>
                          <th scope="col">{t('exchange.after')}</th>
                          <th scope="col">{t('exchange.where')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        <For each={planLines()}>
                          {(c) => (
                            <tr>
                              <th scope="row">{c.person}</th>
                              <td>{c.what}</td>
                              <td>{c.before}</td>
                              <td>{c.after}</td>
                              <td>{c.where}</td>
                            </tr>
                          )}
                        </For>
                      </tbody>
                    </table>
                  </Show>
                  <Show when={disputes(plan).length > 0}>
                    <h4>{t('exchange.conflicts')}</h4>
                    <For each={disputes(plan)}>
                      {(c) => (
                        <fieldset class="conflict">
                          <legend>{`${c.person} · ${c.what} · ${c.where}`}</legend>
                          <p class="muted">
                            {t('exchange.conflictLegend', { exported: c.exported, current: c.before, file: c.after })}
                          </p>
                          <label>
                            <input
                              type="radio"
                              name={c.key}
                              checked={choices().get(c.key) === 'keep'}
                              onChange={() => choose(c.key, 'keep')}
                            />{' '}
                            {t('exchange.keep', { value: c.before })}
                          </label>
                          <label>
                            <input
                              type="radio"
                              name={c.key}
                              checked={choices().get(c.key) === 'take'}
                              onChange={() => choose(c.key, 'take')}
                            />{' '}
                            {t('exchange.take', { value: c.after })}
                          </label>
                        </fieldset>
                      )}
                    </For>
                  </Show>
                  <Show when={plan.problems.length > 0}>
                    <h4>{t('exchange.problems')}</h4>
                    <ul>
                      <For each={plan.problems}>{(p) => <li>{locatedProblemText(app.i18n, p)}</li>}</For>
                    </ul>
                  </Show>
                </div>
              );
            }}
          </For>
          <div class="toolbar">
            <Show when={unresolved() > 0}>
              <p role="status">{t('exchange.unresolved', { n: unresolved() })}</p>
            </Show>
            <button
              type="button"
              class="primary"
              disabled={unresolved() > 0 || drawn() < plans().length}
              onClick={() => void apply()}
            >
              {t('exchange.apply', { n: confirmed().length + confirmedEntries().length })}
            </button>
            <button type="button" onClick={() => void setPlans([])}>
              {t('exchange.discard')}
            </button>
          </div>
        </section>
      </Show>
    </section>
  );
}
