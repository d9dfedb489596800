/** Above a print view (hidden on paper): back to where it came from, the document's language, Print, the .xlsx. */
import { A } from '@solidjs/router';
import type { DocLang } from '../../i18n/documents';

export function DocumentToolbar(props: { back: { href: string; label: string }; lang: DocLang; onLang: (lang: DocLang) => void; printLabel: string; exportLabel: string; onExport: () => void }) {
  return (
    <div class="toolbar no-print">
      <A href={props.back.href}>{props.back.label}</A>
      <label>
        <span>Тіл / Язык</span>
        <select value={props.lang} onChange={(e) => props.onLang(e.currentTarget.value === 'kk' ? 'kk' : 'ru')}>
          <option value="kk">Қазақша</option>
          <option value="ru">Русский</option>
        </select>
      </label>
      <button type="button" onClick={() => window.print()}>{props.printLabel}</button>
      <button type="button" onClick={() => props.onExport()}>{props.exportLabel}</button>
    </div>
  );
}
