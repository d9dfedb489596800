/** Above a print view (hidden on paper): back to where it came from, the document's language, Print, the .xlsx. */
import { A } from '@solidjs/router';
import type { DocLang } from '../../i18n/documents';
import { Show } from 'solid-js';
import { DocLangSelect } from './DocLangSelect';
import { JobProgress, type FileJob } from './file-job';

export function DocumentToolbar(props: {
  back: { href: string; label: string };
  lang: DocLang;
  onLang: (lang: DocLang) => void;
  printLabel: string;
  exportLabel: string;
  onExport: () => void;
  /** The workbook being written, if the page writes one: its progress and Cancel, Export held meanwhile. */
  job?: FileJob;
}) {
  return (
    <div class="toolbar no-print">
      <A href={props.back.href}>{props.back.label}</A>
      <DocLangSelect label="Тіл / Язык" value={props.lang} onChange={props.onLang} />
      <button type="button" onClick={() => window.print()}>
        {props.printLabel}
      </button>
      <button type="button" disabled={props.job?.busy() ?? false} onClick={() => props.onExport()}>
        {props.exportLabel}
      </button>
      <Show when={props.job}>{(job) => <JobProgress job={job()} />}</Show>
    </div>
  );
}
