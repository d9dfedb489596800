/**
 * Returned unit workbooks in (issue 5): many at once (picker or drop) with a progress bar; each is
 * refused with its reason before a cell is trusted, or planned against what is stored now; the
 * preview lists per file every change old → new, every conflict with a choice, every problem with
 * its place; *Apply* writes the confirmed changes of all files in one transaction, naming the files,
 * their export times and the import time in the audit log.
 */
import { createSignal, For, Show } from 'solid-js';
import { checkEnvelope, eligibility, fullName, kciEditable, kciReviewState, planUnitImports, scoreKey, type CellChange, type Conflict, type ExchangeComponent, type Period, type ReturnedWorkbook, type Unit, type UnitImportPlan } from '../../domain';
import { readUnitWorkbook, UNIT_LIMITS } from '../../io/unit-workbook';
import { nowIso } from '../../platform/clock';
import { fileBytes } from '../../platform/download';
import { applyEvaluationChanges, type ScoreChange } from '../../store/evaluations';
import { useApp } from '../app-state';
import { useAgency } from '../agency-state';
import { locatedProblemText, unitReadProblemText } from '../messages';
import { valueText } from '../result-text';

interface Refused {
  readonly file: string;
  readonly reason: string;
}

const conflictKey = (plan: UnitImportPlan, c: Conflict) => `${plan.fileName}|${c.component}|${c.employeeId}|${c.param}`;

export function ExchangeImport(props: { period: Period; units: readonly Unit[] }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [scope, setScope] = createSignal('*');
  const [progress, setProgress] = createSignal<{ done: number; total: number } | undefined>(undefined);
  const [plans, setPlans] = createSignal<readonly UnitImportPlan[]>([]);
  const [refused, setRefused] = createSignal<readonly Refused[]>([]);
  const [choices, setChoices] = createSignal<ReadonlyMap<string, 'keep' | 'take'>>(new Map());
  const lang = () => (app.i18n.lang() === 'kk' ? 'kk' : 'ru');
  const person = (id: string) => {
    const e = agency.employees().find((x) => x.id === id);
    return e ? fullName(e) : id;
  };
  const paramName = (id: string) => agency.profile().ranking.parameters.value.find((p) => p.id === id)?.names[lang()] ?? id;
  /** What a changed cell scores: a ranking parameter, or a KCI by its name in the file. */
  const what = (c: CellChange) => (c.component === 'kci' ? t('exchange.kciItem', { name: c.item ?? c.param }) : paramName(c.param));
  const where = (c: CellChange) => `${c.sheet}, ${c.column}${c.sheetRow}`;
  const unitName = (id: string) => agency.units().find((u) => u.id === id)?.name ?? id;
  const shown = (v: number | undefined) => (v === undefined ? t('exchange.blank') : valueText(v, false));

  const open = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setPlans([]);
    setRefused([]);
    setChoices(new Map());
    setProgress({ done: 0, total: files.length });
    const q = props.period;
    const profile = agency.profile();
    const people = agency.employees();
    const unitOf = new Map(people.map((e) => [e.id, e.unitId]));
    const stored = await agency.db.evaluations.where('periodId').equals(q.id).toArray();
    const current = new Map(stored.filter((r) => r.component === 'ranking' || r.component === 'kci').map((r) => [scoreKey(r.component as ExchangeComponent, r.employeeId), r.scores]));
    const plansOf = new Map((await agency.db.kciPlans.where('periodId').equals(q.id).toArray()).map((p) => [p.employeeId, p]));
    const rankingParams = new Set(profile.ranking.parameters.value.map((p) => p.id));
    const evaluated = (component: ExchangeComponent, id: string) => {
      const e = people.find((x) => x.id === id);
      return e !== undefined && eligibility(e, agency.statuses().filter((s) => s.employeeId === id), q, component, profile, agency.calendar()).kind !== 'notEvaluated';
    };
    const locked = (component: ExchangeComponent, id: string) => {
      if (component === 'ranking') return agency.settings().has(`lock:${q.id}:${unitOf.get(id) ?? ''}:ranking`);
      const plan = plansOf.get(id);
      return plan !== undefined && !kciEditable(kciReviewState(plan));
    };
    const params = (component: ExchangeComponent, id: string): ReadonlySet<string> => (component === 'ranking' ? rankingParams : new Set(plansOf.get(id)?.items.map((i) => i.id) ?? []));
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
      if (file.size > UNIT_LIMITS.maxBytes) nextRefused.push({ file: file.name, reason: t('fileProblems.tooLarge', { max: Math.round(UNIT_LIMITS.maxBytes / 1024 / 1024) }) });
      else {
        const read = readUnitWorkbook(await fileBytes(file), file.name);
        if (!read.ok) {
          nextRefused.push({ file: file.name, reason: unitReadProblemText(app.i18n, read.error) });
        } else {
          const envelope = read.value.envelope;
          const refusal = checkEnvelope(envelope, scopeArg);
          if (refusal) nextRefused.push({ file: file.name, reason: t(`exchange.refusals.${refusal}`, { period: envelope.periodId, unit: unitName(envelope.unitId) }) });
          else accepted.push(read.value);
        }
      }
      setProgress({ done: i + 1, total: files.length });
    }
    // Planned together: two files changing one cell differently make a conflict, not a silent last-wins.
    setPlans(
      planUnitImports(accepted, { unitOf, evaluated, locked, current, params }),
    );
    setRefused(nextRefused);
  };

  const conflicts = () => plans().flatMap((p) => p.conflicts.map((c) => ({ plan: p, c })));
  const unresolved = () => conflicts().filter(({ plan, c }) => !choices().has(conflictKey(plan, c))).length;
  const confirmed = (): ScoreChange[] =>
    plans().flatMap((p) => [
      ...p.changes,
      ...p.conflicts.filter((c) => choices().get(conflictKey(p, c)) === 'take'),
    ].map((c): ScoreChange => ({ periodId: p.periodId, employeeId: c.employeeId, component: c.component, field: { param: c.param, value: c.after } })));

  const apply = async () => {
    const changes = confirmed();
    if (changes.length === 0) {
      app.notify(t('exchange.nothing'));
      return;
    }
    const files = plans()
      .filter((p) => p.changes.length + p.conflicts.length > 0)
      .map((p) => t('exchange.fileAt', { file: p.fileName, at: app.i18n.formatDateTime(p.exportedAt) }));
    const reason = t('exchange.auditReason', { at: app.i18n.formatDateTime(nowIso()), files: files.join('; ') });
    const unitOf = new Map(agency.employees().map((e) => [e.id, e.unitId]));
    const done = await agency.run(applyEvaluationChanges(agency.ctx, changes, agency.profile(), { unitOf }, reason));
    if (done === undefined) return;
    app.notify(t('exchange.applied', { n: done.length, files: files.length }));
    setPlans([]);
    setChoices(new Map());
  };

  return (
    <section class="panel" aria-labelledby="exchange-in-title">
      <h2 id="exchange-in-title">{t('exchange.in')}</h2>
      <label class="inline">
        <span>{t('exchange.scope')}</span>
        <select aria-label={t('exchange.scope')} onChange={(e) => setScope(e.currentTarget.value)}>
          <option value="*" selected={scope() === '*'}>{t('exchange.allUnits')}</option>
          <For each={props.units}>{(u) => <option value={u.id} selected={scope() === u.id}>{u.name}</option>}</For>
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
        <label class="button primary">
          {t('exchange.choose')}
          <input
            type="file"
            multiple
            class="visually-hidden-file"
            accept=".xlsx,.ods,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              void open(files);
            }}
          />
        </label>
        <span class="muted">{t('exchange.drop')}</span>
      </div>
      <Show when={progress()}>
        {(p) => (
          <p role="status">
            <progress max={p().total} value={p().done} aria-label={t('exchange.reading', { done: p().done, total: p().total })} /> {t('exchange.reading', { done: p().done, total: p().total })}
          </p>
        )}
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
          <For each={plans()}>
            {(plan) => (
              <div class="exchange-file">
                <p>
                  <strong>
                    {t('exchange.fileSummary', {
                      file: plan.fileName,
                      unit: unitName(plan.unitId),
                      period: plan.periodId,
                      at: app.i18n.formatDateTime(plan.exportedAt),
                      changes: plan.changes.length,
                      conflicts: plan.conflicts.length,
                      problems: plan.problems.length,
                    })}
                  </strong>
                </p>
                <Show when={plan.changes.length > 0}>
                  <table class="table compact">
                    <caption class="visually-hidden">{plan.fileName}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('exchange.person')}</th>
                        <th scope="col">{t('exchange.param')}</th>
                        <th scope="col">{t('exchange.before')}</th>
                        <th scope="col">{t('exchange.after')}</th>
                        <th scope="col">{t('exchange.where')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={plan.changes}>
                        {(c) => (
                          <tr>
                            <th scope="row">{person(c.employeeId)}</th>
                            <td>{what(c)}</td>
                            <td>{shown(c.before)}</td>
                            <td>{shown(c.after)}</td>
                            <td>{where(c)}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </Show>
                <Show when={plan.conflicts.length > 0}>
                  <h4>{t('exchange.conflicts')}</h4>
                  <For each={plan.conflicts}>
                    {(c) => (
                      <fieldset class="conflict">
                        <legend>{`${person(c.employeeId)} · ${what(c)} · ${where(c)}`}</legend>
                        <p class="muted">{t('exchange.conflictLegend', { exported: shown(c.exported), current: shown(c.before), file: shown(c.after) })}</p>
                        <label>
                          <input type="radio" name={conflictKey(plan, c)} checked={choices().get(conflictKey(plan, c)) === 'keep'} onChange={() => setChoices(new Map(choices()).set(conflictKey(plan, c), 'keep'))} />{' '}
                          {t('exchange.keep', { value: shown(c.before) })}
                        </label>
                        <label>
                          <input type="radio" name={conflictKey(plan, c)} checked={choices().get(conflictKey(plan, c)) === 'take'} onChange={() => setChoices(new Map(choices()).set(conflictKey(plan, c), 'take'))} />{' '}
                          {t('exchange.take', { value: shown(c.after) })}
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
            )}
          </For>
          <div class="toolbar">
            <Show when={unresolved() > 0}>
              <p role="status">{t('exchange.unresolved', { n: unresolved() })}</p>
            </Show>
            <button type="button" class="primary" disabled={unresolved() > 0} onClick={() => void apply()}>
              {t('exchange.apply', { n: confirmed().length })}
            </button>
            <button type="button" onClick={() => setPlans([])}>{t('exchange.discard')}</button>
          </div>
        </section>
      </Show>
    </section>
  );
}
