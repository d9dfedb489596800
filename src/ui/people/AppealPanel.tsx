/**
 * A person's appeal against a quarter's result (001 §§64–65, 002 §§38–40): registered with the
 * authorised body for civil service affairs (or its territorial department) — the day and the body;
 * its deadline from the decision; the outcome (the result left as it is, or revised on the body's
 * recommendation, with the new result read as any score is and the document it rests on); the state
 * body's information to the authorised body where the act asks for it (002 §39); a court remark. A
 * calibration session's decision is appealed under the Administrative Procedural Code (004 §14).
 */
import { createSignal, Show } from 'solid-js';
import { appealId, formatDate, readResult, type Appeal, type EvaluationCase, resultDecimals } from '../../domain';
import { problemText } from '../../documents/phrases';
import { saveAppeal } from '../../store/appeals';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { valueText } from '../shared/result-text';
import { createRecordForm } from '../shared/record-form';
import { ConflictBox, type FieldWords } from '../shared/ConflictBox';
import { DateInput } from '../shared/DateInput';

type Draft = Omit<Appeal, 'id'>;

export function AppealPanel(props: { case: EvaluationCase }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const c = () => props.case;
  const points = () => resultDecimals(c().method ?? 'ranking', c().period, c().profile);
  const proc = () => c().profile.procedure;
  const appealStep = () => c().steps.find((s) => s.kind === 'appeal');
  const appealBy = () => appealStep()?.deadline ?? c().appealBy ?? null;
  const blank = (): Draft => ({
    periodId: c().period.id,
    employeeId: c().employee.id,
    component: c().method ?? 'ranking',
    filedOn: todayIso(),
    body: '',
    outcome: 'pending',
    decidedOn: null,
    newResult: null,
    source: '',
    informedOn: null,
    court: '',
  });
  // The stored appeal with this tab's changes over it, field by field (another tab's changes show at once).
  const form = createRecordForm<Draft>({
    stored: () => c().appeal ?? blank(),
    identity: () => appealId(c().period.id, c().method ?? 'ranking', c().employee.id),
  });
  const draft = form.value;
  const dirty = form.dirty;
  const change = (patch: Partial<Draft>) => form.change(patch);
  const fieldWords: FieldWords<Draft> = (field, a) => {
    const date = (d: string | null) => (d ? formatDate(d) : '');
    if (field === 'filedOn') return { label: t('appeal.filedOn'), text: date(a.filedOn) };
    if (field === 'decidedOn') return { label: t('appeal.decidedOn'), text: date(a.decidedOn) };
    if (field === 'body') return { label: t('appeal.body'), text: a.body };
    if (field === 'source') return { label: t('appeal.source'), text: a.source };
    if (field === 'court') return { label: t('appeal.court'), text: a.court };
    if (field === 'outcome') return { label: t('appeal.outcome'), text: t(`appeal.outcomes.${a.outcome}`) };
    if (field === 'newResult') return { label: t('appeal.newResult'), text: valueText(a.newResult, points()) };
    const days = proc().appealInformDays;
    return { label: t('appeal.informedOn', { days: days.value, source: app.i18n.cite(days) }), text: date(a.informedOn) };
  };
  const [problem, setProblem] = createSignal('');
  // The decision an appeal is against: the final decision (approved, or signed where the act has no approval).
  const decisionOn = () => c().finalOn ?? null;
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const d = draft();
    const from = decisionOn();
    const found =
      d.body.trim() === ''
        ? t('appeal.problems.body')
        : from !== null && d.filedOn < from
          ? t('appeal.problems.beforeDecision', { date: formatDate(from) })
          : d.filedOn > todayIso()
            ? t('appeal.problems.inFuture')
            : d.outcome !== 'pending' && (d.decidedOn === null || d.decidedOn < d.filedOn)
              ? t('appeal.problems.decidedOn')
              : d.outcome === 'changed' && (d.newResult === null || d.source.trim() === '')
                ? t('appeal.problems.changed')
                : '';
    setProblem(found);
    if (found !== '') return;
    const { next, basis } = form.toSave({ body: d.body.trim(), source: d.source.trim(), court: d.court.trim() });
    const saved = await agency.run(saveAppeal(agency.ctx, next, basis));
    if (saved) {
      form.saved(saved);
      app.notify(t('appeal.saved'), 'info');
    }
  };

  return (
    <section class="panel no-print" aria-labelledby="appeal-title">
      <h2 id="appeal-title">{t('appeal.title')}</h2>
      <p class="muted">
        {t('appeal.intro', {
          days: proc().appealWorkingDays.value,
          source: app.i18n.cite(proc().appealWorkingDays),
        })}
        <Show when={proc().calibrationAppeal.value && c().calibration}>
          {' '}
          {t('appeal.calibrationRoute', { source: app.i18n.cite(proc().calibrationAppeal) })}
        </Show>
      </p>
      <Show when={decisionOn()} fallback={<p class="muted">{t('appeal.noDecision')}</p>}>
        {(from) => (
          <form onSubmit={(e) => void save(e)}>
            <p>
              {t('appeal.deadline', {
                from: formatDate(from()),
                date: formatDate(appealBy()),
              })}
              <Show when={appealStep()?.late}>
                {' '}
                <strong class="warning-text">{t('appeal.late')}</strong>
              </Show>
            </p>
            <div class="inline-form">
              <DateInput
                label={t('appeal.filedOn')}
                value={draft().filedOn}
                max={todayIso()}
                required
                onChange={(v) => change({ filedOn: v ?? todayIso() })}
              />
              <label class="grow">
                <span>{t('appeal.body')}</span>
                <input
                  value={draft().body}
                  placeholder={t('appeal.bodyHint')}
                  onInput={(e) => change({ body: e.currentTarget.value })}
                />
              </label>
            </div>
            <div class="inline-form">
              <label>
                <span>{t('appeal.outcome')}</span>
                <select
                  value={draft().outcome}
                  onChange={(e) => {
                    const outcome = e.currentTarget.value as Appeal['outcome'];
                    change({
                      outcome,
                      decidedOn: outcome === 'pending' ? null : (draft().decidedOn ?? todayIso()),
                      newResult: outcome === 'changed' ? draft().newResult : null,
                    });
                  }}
                >
                  <option value="pending">{t('appeal.outcomes.pending')}</option>
                  <option value="upheld">{t('appeal.outcomes.upheld')}</option>
                  <option value="changed">{t('appeal.outcomes.changed')}</option>
                </select>
              </label>
              <Show when={draft().outcome !== 'pending'}>
                <DateInput
                  label={t('appeal.decidedOn')}
                  value={draft().decidedOn}
                  max={todayIso()}
                  onChange={(v) => change({ decidedOn: v })}
                />
              </Show>
              <Show when={draft().outcome === 'changed'}>
                <label>
                  <span>{t('appeal.newResult')}</span>
                  <input
                    class="num"
                    inputmode="decimal"
                    value={valueText(draft().newResult, points())}
                    onChange={(e) => {
                      const read = readResult(e.currentTarget.value, 'newResult', points());
                      if (read.kind === 'invalid') {
                        setProblem(problemText(app.i18n, read.problem));
                        e.currentTarget.value = valueText(draft().newResult, points());
                        return;
                      }
                      setProblem('');
                      change({ newResult: read.kind === 'blank' ? null : read.value });
                    }}
                  />
                </label>
                <label class="grow">
                  <span>{t('appeal.source')}</span>
                  <input value={draft().source} onInput={(e) => change({ source: e.currentTarget.value })} />
                </label>
              </Show>
            </div>
            <div class="inline-form">
              <Show when={proc().appealInformDays.value > 0 && draft().outcome !== 'pending'}>
                <DateInput
                  label={t('appeal.informedOn', {
                    days: proc().appealInformDays.value,
                    source: app.i18n.cite(proc().appealInformDays),
                  })}
                  value={draft().informedOn}
                  max={todayIso()}
                  onChange={(v) => change({ informedOn: v })}
                />
              </Show>
              <label class="grow">
                <span>{t('appeal.court')}</span>
                <input value={draft().court} onInput={(e) => change({ court: e.currentTarget.value })} />
              </label>
            </div>
            <Show when={problem() !== ''}>
              <p class="error" role="alert">
                {problem()}
              </p>
            </Show>
            <ConflictBox form={form} words={fieldWords} />
            <div class="toolbar">
              <button type="submit" class="primary" disabled={!dirty() && c().appeal !== undefined}>
                {c().appeal ? t('appeal.save') : t('appeal.register')}
              </button>
            </div>
          </form>
        )}
      </Show>
    </section>
  );
}
