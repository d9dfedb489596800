/** What every document shares: its two languages, the agency's name in each, the filling of `{{name}}` templates. */
import type { TemplateArgs, TemplateValue } from '../template';

/** The languages documents are printed in, whatever the screen's language. */
export type DocLang = 'kk' | 'ru';

/** The agency's name as a document in `lang` prints it, the other language's name when that one is blank. */
export function agencyNameIn(agency: { nameKk: string; nameRu: string } | undefined, lang: DocLang): string {
  if (!agency) return '';
  return lang === 'kk' ? agency.nameKk || agency.nameRu : agency.nameRu || agency.nameKk;
}

/**
 * Fills a document template's `{{name}}` placeholders (a missing value prints as nothing). A word of
 * the documents is a literal type (in either language, `DOC[lang].word`): the values must be exactly
 * its placeholders', none for a word without any; a computed string takes any values.
 */
export const fillDoc = <T extends string>(text: T, ...values: TemplateArgs<T>): string => {
  const given: Readonly<Record<string, TemplateValue>> = values[0] ?? {};
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(given[k] ?? ''));
};
