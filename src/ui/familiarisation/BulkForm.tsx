/**
 * Several people acquainted together (issue 19: a sheet the whole unit signed): the ticked rows of
 * the familiarisation page recorded the same day by the same means in one transaction.
 */
import { createSignal, For, Show } from 'solid-js';
import { familiarisationProblem, formatDate, type Familiarisation, type FamiliarisationItem } from '../../domain';
import { recordFamiliarisations } from '../../store/familiarisation';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { DateInput } from '../shared/DateInput';

/** The ticked people acquainted the same day by the same means, recorded in one transaction. */
export function BulkForm(props: { items: readonly FamiliarisationItem[]; nameOf: (id: string) => string; onDone: () => void }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [on, setOn] = createSignal(todayIso());
  // A refusal needs its own act per person: not offered here.
  const means = () => agency.profile().procedure.familiarisationMeans.value.filter((m) => m !== 'refusal');
  const [how, setHow] = createSignal<Familiarisation['how']>(means()[0] ?? 'signature');
  const [problem, setProblem] = createSignal('');
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const record = { on: on(), how: how(), act: '', witnesses: [] as string[] };
    const refused = props.items.flatMap((i) => {
      const found = familiarisationProblem(record, i.from, todayIso(), agency.profile());
      return found
        ? [
            t('familiarisation.bulkProblem', {
              name: props.nameOf(i.employeeId),
              problem: t(`familiarisation.problems.${found}`, {
                date: formatDate(i.from),
                count: 0,
                source: app.i18n.cite(agency.profile().procedure.refusalWitnesses),
              }),
            }),
          ]
        : [];
    });
    setProblem(refused.join(' '));
    if (refused.length > 0) return;
    const done = await agency.run(
      recordFamiliarisations(
        agency.ctx,
        props.items.map((i) => ({
          periodId: i.periodId,
          employeeId: i.employeeId,
          component: i.component,
          on: on(),
          how: how(),
          act: '',
          witnesses: [],
          note: '',
          round: i.round,
          value: i.value ?? null,
        })),
      ),
    );
    if (done !== undefined) {
      app.notify(t('familiarisation.bulkDone', { count: done }), 'info');
      props.onDone();
    }
  };
  return (
    <form class="panel" aria-labelledby="fam-bulk-title" onSubmit={(e) => void submit(e)}>
      <h2 id="fam-bulk-title">{t('familiarisation.bulkTitle')}</h2>
      <p class="muted">{t('familiarisation.bulkHint')}</p>
      <div class="inline-form">
        <DateInput
          label={t('familiarisation.on')}
          value={on()}
          max={todayIso()}
          required
          onChange={(v) => setOn(v ?? todayIso())}
        />
        <label>
          <span>{t('familiarisation.how')}</span>
          <select value={how()} onChange={(e) => setHow(e.currentTarget.value as Familiarisation['how'])}>
            <For each={means()}>{(m) => <option value={m}>{t(`familiarisation.hows.${m}`)}</option>}</For>
          </select>
        </label>
        <button type="submit" class="primary" disabled={props.items.length === 0}>
          {t('familiarisation.bulkRecord', { count: props.items.length })}
        </button>
      </div>
      <Show when={problem() !== ''}>
        <p role="alert" class="error-box">
          {problem()}
        </p>
      </Show>
    </form>
  );
}
