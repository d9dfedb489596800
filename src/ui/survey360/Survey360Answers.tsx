/**
 * Returned 360 questionnaires in (issue 6, 004 §34): many workbooks picked or dropped at once, read
 * and checked, then a preview of what each answer would do — sealed as new, already answered (a
 * sealed answer is a ballot nothing can find again, so it is never changed — issue 20 §2), not
 * issued here, incomplete with the cell of every problem — and one transaction applying it. The
 * preview shows whom an answer is about and never its scores: a file is one respondent's.
 */
import { createSignal, For, Show } from 'solid-js';
import { competenciesOf, fullName, unitHeadIds, type AnswerPlanRow, type ReturnedQuestionnaire } from '../../domain';
import type { QuestionnaireReadProblem } from '../../io/questionnaire-workbook';
import { fileBytes } from '../../platform/download';
import { importAnswers, previewAnswerImport } from '../../store/survey360';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { FilePickButton } from '../shared/FilePickButton';
import { TableHead } from '../shared/TableHead';
import { locatedProblemText } from '../shared/messages';
import { createFileJob, JobProgress } from '../shared/file-job';

export function AnswersImport(props: { periodId: string }) {
  const app = useApp();
  const agency = useAgency();
  const { t } = app.i18n;
  const [returned, setReturned] = createSignal<readonly ReturnedQuestionnaire[]>([]);
  const [plan, setPlan] = createSignal<readonly AnswerPlanRow[]>([]);
  const [refused, setRefused] = createSignal<readonly { file: string; reason: string }[]>([]);
  const reader = createFileJob();
  const competencies = (evaluatedId: string) =>
    competenciesOf(evaluatedId, unitHeadIds(agency.employees(), agency.profile().unitHeadCategories.value), agency.profile());
  const nameOf = (id: string | undefined) => {
    const e = agency.employees().find((x) => x.id === id);
    return e ? fullName(e) : '—';
  };
  const reason = (p: QuestionnaireReadProblem): string =>
    p.code === 'notOurs' || p.code === 'otherType' || p.code === 'newerFormat' || p.code === 'layoutChanged'
      ? t(`answers360.refusals.${p.code}`)
      : app.i18n.tData(`fileProblems.${p.code}`, 'params' in p ? p.params : undefined);

  const open = async (files: readonly File[]) => {
    const read: ReturnedQuestionnaire[] = [];
    const out: { file: string; reason: string }[] = [];
    for (const f of files) {
      const job = await reader.run(t('reading.reading', { file: f.name }), 'readQuestionnaire', [
        await fileBytes(f),
        f.name,
        agency.profile().survey360.answerScale.value,
      ]);
      if (!job.ok && job.cancelled) return;
      if (!job.ok) {
        out.push({ file: f.name, reason: job.message });
        continue;
      }
      const r = job.value;
      if (!r.ok) out.push({ file: f.name, reason: reason(r.error) });
      else if (r.value.agencyId !== agency.agency()?.id) out.push({ file: f.name, reason: t('answers360.refusals.otherAgency') });
      else if (r.value.periodId !== props.periodId)
        out.push({ file: f.name, reason: t('answers360.refusals.otherYear', { period: r.value.periodId }) });
      else read.push(r.value);
    }
    setRefused(out);
    setReturned(read);
    setPlan(await previewAnswerImport(agency.ctx, read, competencies));
  };
  const applicable = () => plan().filter((r) => r.kind === 'new').length;
  const apply = async () => {
    const done = await agency.run(importAnswers(agency.ctx, returned(), competencies));
    if (!done) return;
    app.notify(t('answers360.applied', done));
    setPlan(await previewAnswerImport(agency.ctx, returned(), competencies));
  };
  const about = (r: AnswerPlanRow) =>
    r.role === 'self'
      ? `${nameOf(r.evaluatedId)} — ${t('survey360.roles.self')}`
      : r.role
        ? `${nameOf(r.evaluatedId)} — ${t(`survey360.roles.${r.role}`)}`
        : '—';

  return (
    <section class="panel" aria-labelledby="answers360-title">
      <h2 id="answers360-title">{t('answers360.title')}</h2>
      <p>{t('answers360.intro')}</p>
      <FilePickButton label={t('answers360.choose')} onFiles={(files) => void open(files)} />
      <JobProgress job={reader} />
      <Show when={refused().length > 0}>
        <div class="error-box" role="alert">
          <ul>
            <For each={refused()}>{(r) => <li>{t('answers360.refused', r)}</li>}</For>
          </ul>
        </div>
      </Show>
      <Show when={plan().length > 0}>
        <table class="table compact">
          <caption>{t('answers360.preview')}</caption>
          <TableHead labels={[t('answers360.file'), t('answers360.about'), t('answers360.what')]} />
          <tbody>
            <For each={plan()}>
              {(r) => (
                <tr classList={{ 'row-problem': r.kind === 'incomplete' || r.kind === 'unknown' || r.kind === 'twice' }}>
                  <th scope="row">{r.file}</th>
                  <td>{about(r)}</td>
                  <td>
                    <span>{t(`answers360.kinds.${r.kind}`)}</span>
                    <Show when={r.kind === 'incomplete'}>
                      <ul class="field-problems">
                        <For each={r.problems}>{(p) => <li>{locatedProblemText(app.i18n, p)}</li>}</For>
                      </ul>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <button type="button" class="primary" disabled={applicable() === 0} onClick={() => void apply()}>
          {t('answers360.apply', { n: applicable() })}
        </button>
      </Show>
    </section>
  );
}
