/**
 * The roster template (issue 19 §1) in Kazakh or Russian: a title line and an instruction line, then
 * the header row of the columns the roster import reads, empty below it for HR to fill. The headers
 * are words the import's header dictionary recognises, so a filled template imports with no manual
 * mapping; the two lines above it are the kind of title rows the header search passes over.
 */
import { ROSTER_FIELDS, type RosterField } from '../domain';
import { ROSTER_TEMPLATE, type DocLang } from '../i18n/documents';
import type { DocumentModel } from './model';

export const ROSTER_TEMPLATE_TYPE = 'bagalau-roster-template';

/**
 * The name's parts, which the template keeps in one column, as HR offices do; and the unit's name per
 * language, which a roster may add beside its one unit column (the template keeps the one).
 */
type Omitted = 'surname' | 'name' | 'patronymic' | 'unitKk' | 'unitRu';
type TemplateField = Exclude<RosterField, Omitted>;
const OMITTED: readonly RosterField[] = ['surname', 'name', 'patronymic', 'unitKk', 'unitRu'];
const isTemplateField = (f: RosterField): f is TemplateField => !OMITTED.includes(f);

/** The template's columns: every field the import reads, in its order, the full name in one column. */
export const TEMPLATE_FIELDS: readonly TemplateField[] = ROSTER_FIELDS.filter(isTemplateField);

const WIDTHS: Readonly<Record<TemplateField, number>> = {
  fullName: 38,
  iin: 15,
  position: 30,
  category: 10,
  unit: 30,
  appointedOn: 16,
  publicServices: 16,
  manager: 30,
  dismissedOn: 16,
};

/** @example rosterTemplate('kk').parts[0]?.name === 'Тізім' */
export function rosterTemplate(lang: DocLang): DocumentModel {
  const d = ROSTER_TEMPLATE[lang];
  return {
    type: ROSTER_TEMPLATE_TYPE,
    title: d.title,
    envelope: { language: lang },
    parts: [
      {
        name: d.sheet,
        rows: [[d.title], [d.instruction], TEMPLATE_FIELDS.map((f) => d.headers[f])],
        widths: TEMPLATE_FIELDS.map((f) => WIDTHS[f]),
      },
    ],
    fileName: d.fileName,
  };
}
