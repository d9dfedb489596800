/**
 * The roster template's downloads on the import page (issue 19 §1): the same workbook in Kazakh or
 * Russian, made by its document module and written in the workbook worker.
 */
import { For } from 'solid-js';
import { rosterTemplate } from '../../documents/roster-template';
import type { DocLang } from '../../i18n/documents';
import { safeFileName } from '../../platform/download';
import { useApp } from '../app/app-state';
import { createFileJob, JobProgress } from '../shared/file-job';

const LANGS: readonly DocLang[] = ['kk', 'ru'];

export function ImportTemplate() {
  const { t } = useApp().i18n;
  const files = createFileJob();
  const download = (lang: DocLang) => {
    const doc = rosterTemplate(lang);
    void files.download('writeDocumentModel', [doc], safeFileName(doc.fileName));
  };
  return (
    <section aria-labelledby="template-title" class="panel">
      <h2 id="template-title">{t('import.templateTitle')}</h2>
      <p class="muted">{t('import.templateHelp')}</p>
      <div class="toolbar">
        <For each={LANGS}>
          {(lang) => (
            <button type="button" disabled={files.busy()} onClick={() => download(lang)}>
              {t(lang === 'kk' ? 'import.templateKk' : 'import.templateRu')}
            </button>
          )}
        </For>
      </div>
      <JobProgress job={files} />
    </section>
  );
}
