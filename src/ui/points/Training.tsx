/** The training panel of the points model's year (002 §43). */
import { createSignal, Show } from 'solid-js';
import { formatDate, type EvaluationCase, type Period } from '../../domain';
import { recordTraining } from '../../store/points';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { DateInput } from '../shared/DateInput';

/**
 * 002 §43: a person whose annual grade calls for training is sent to it within the profile's months
 * of the Commission's decision on the annual results — the day recorded here, the term on the board.
 */
export function Training(props: { year: Period; name: string; annual: EvaluationCase }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const step = () => props.annual.steps.find((s) => s.kind === 'training');
  const [on, setOn] = createSignal(step()?.doneOn ?? todayIso());
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const decidedOn = props.annual.finalOn;
    if (!decidedOn) return;
    if (on() < decidedOn) return app.notify(t('points.trainingBeforeDecision', { date: formatDate(decidedOn) }), 'error');
    if (
      await agency.run(
        recordTraining(agency.ctx, { periodId: props.year.id, employeeId: props.annual.employee.id }, on(), decidedOn),
      )
    )
      app.notify(t('points.trainingSaved'), 'info');
  };
  return (
    <section class="panel" aria-labelledby="training-title">
      <h2 id="training-title">{t('points.trainingOf', { name: props.name })}</h2>
      <p>
        {t('points.trainingTerm', {
          months: agency.profile().procedure.trainingMonths.value,
          date: formatDate(step()?.deadline ?? null),
          source: step()?.source ?? '',
        })}
        <Show when={step()?.doneOn}>{(d) => <> {t('points.trainingDone', { date: formatDate(d()) })}</>}</Show>
      </p>
      <form class="inline-form" onSubmit={(e) => void save(e)}>
        <DateInput
          label={t('points.trainingOn')}
          value={on()}
          max={todayIso()}
          required
          onChange={(v) => setOn(v ?? todayIso())}
        />
        <button type="submit">{t('points.trainingSave')}</button>
      </form>
    </section>
  );
}
