/**
 * The appeal dossier (issue 7) of one person and quarter: the case file as a document
 * (`documents/dossier.ts`) — shown as a print view and downloaded as a workbook, the same blocks in
 * both. Only this person's data is in it (004 §§16, 21). Followed live: a change made while it is
 * open shows in it.
 */
import { A, useSearchParams } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { evaluationId, familiarisationId, kciPlanId, lockId, derivedFrom, unitNameIn } from '../../domain';
import { dossierDocument } from '../../documents/dossier';
import { safeFileName } from '../../platform/download';
import { nowIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { useAgency } from '../app/agency-state';
import { createCaseBook } from '../shared/case-book';
import { DocumentView } from '../shared/DocumentView';
import { AppealPanel } from './AppealPanel';
import { createFileJob, JobProgress } from '../shared/file-job';
import { Loading } from '../shared/Loading';

export function DossierPage() {
  const app = useApp();
  const agency = useAgency();
  const files = createFileJob();
  const { t } = app.i18n;
  const [search] = useSearchParams<{ employee?: string; period?: string }>();
  const cases = createCaseBook(agency, () => (search.period ? derivedFrom(search.period) : []));
  const found = createMemo(() => cases().caseOf(search.employee ?? '', search.period ?? ''));
  const history = agency.live(
    'caseHistory',
    () => {
      const c = found();
      return c?.method
        ? {
            record: evaluationId(c.period.id, c.method, c.employee.id),
            plan: kciPlanId(c.period.id, c.employee.id),
            familiarisation: familiarisationId(c.period.id, c.method, c.employee.id),
            lock: lockId(c.period.id, c.employee.unitId, c.method),
          }
        : { record: '', plan: '', familiarisation: '', lock: '' };
    },
    [],
  );
  const doc = createMemo(() => {
    const c = found();
    const unitOf = (id: string) => {
      const u = agency.units().find((x) => x.id === id);
      return u ? unitNameIn(u, app.i18n.lang()) : '';
    };
    return c
      ? dossierDocument(
          {
            case: c,
            unitName: unitOf(c.employee.unitId),
            history: history(),
            agencyId: agency.agency()?.id ?? '',
            exportedAt: nowIso(),
          },
          app.i18n,
        )
      : undefined;
  });
  const exportWorkbook = () => {
    const d = doc();
    if (d) void files.download('writeDocumentModel', [d], safeFileName(d.fileName));
  };

  return (
    <Show when={cases.loaded()} fallback={<Loading />}>
      <Show when={doc()} fallback={<p role="alert">{t('dossier.notFound')}</p>}>
        {(d) => (
          <article class="document" aria-labelledby="doc-title">
            <div class="toolbar no-print">
              <JobProgress job={files} />
              <A href={`/employees/${search.employee ?? ''}`}>{t('dossier.back')}</A>
              <button type="button" onClick={() => window.print()}>
                {t('dossier.print')}
              </button>
              <button type="button" onClick={exportWorkbook}>
                {t('dossier.export')}
              </button>
            </div>
            <Show when={history.loaded()} fallback={<Loading />}>
              <DocumentView doc={d()} headingId="doc-title" />
            </Show>
            <Show when={found()?.computed && found()}>{(c) => <AppealPanel case={c()} />}</Show>
          </article>
        )}
      </Show>
    </Show>
  );
}
