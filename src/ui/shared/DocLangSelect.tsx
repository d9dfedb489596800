/** The language a document is written in (kk or ru, as the seeds' forms), whatever the UI's language. */
import type { DocLang } from '../../i18n/documents';

export function DocLangSelect(props: { label: string; value: DocLang; onChange: (lang: DocLang) => void; class?: string }) {
  return (
    <label class={props.class}>
      <span>{props.label}</span>
      <select aria-label={props.label} onChange={(e) => props.onChange(e.currentTarget.value === 'kk' ? 'kk' : 'ru')}>
        <option value="kk" selected={props.value === 'kk'}>
          Қазақша
        </option>
        <option value="ru" selected={props.value === 'ru'}>
          Русский
        </option>
      </select>
    </label>
  );
}
