/**
 * One respondent's questionnaire in a document language (issue 6): the cover (their name for
 * delivery, the code), the scale with its wording, and a block per person rated — the person's name
 * and the respondent's role (or "self-assessment"), the competencies of the person's group with the
 * effective behavioural indicators of the person's indicator group where the seeds give them. The
 * same content goes into the workbook and the paper print view.
 */
import {
  competenciesOf,
  fullName,
  indicatorLevel,
  unitHeadIds,
  type Employee,
  type Profile,
  type Survey360Token,
} from '../domain';
import { agencyNameIn, fillDoc as fill, QUESTIONNAIRE_360, type DocLang } from '../i18n/documents';

/** A respondent's questionnaire as the workbook and the paper print view are made of it. */
export interface QuestionnaireInput {
  readonly agencyId: string;
  readonly periodId: string;
  readonly code: string;
  readonly lang: string;
  readonly scale: { readonly min: number; readonly max: number };
  /** Sheet names, title and the cover's lines (respondent's name among them), the scale's lines. */
  readonly words: {
    readonly coverSheet: string;
    readonly answerSheet: string;
    readonly title: string;
    readonly cover: readonly string[];
    readonly scale: readonly string[];
    readonly headers: readonly [string, string, string, string, string];
  };
  /** A block per person rated: the block's heading and a row per competency. */
  readonly blocks: readonly {
    readonly token: string;
    readonly heading: string;
    readonly competencies: readonly { readonly id: string; readonly name: string; readonly indicators: string }[];
  }[];
}

export interface QuestionnaireContext {
  readonly agency: { readonly id: string; readonly nameKk: string; readonly nameRu: string };
  readonly employees: readonly Employee[];
  readonly profile: Profile;
  readonly year: number;
}

export function questionnaireInput(
  c: QuestionnaireContext,
  lang: DocLang,
  tokens: readonly Survey360Token[],
  /** The workbook emailed, or the paper print (each says how to hand it back). */
  medium: 'workbook' | 'paper' = 'workbook',
): QuestionnaireInput {
  const w = QUESTIONNAIRE_360[lang];
  const byId = new Map(c.employees.map((e) => [e.id, e]));
  const heads = unitHeadIds(c.employees, c.profile.unitHeadCategories.value);
  const scale = c.profile.survey360.answerScale.value;
  const first = tokens[0];
  const respondent = first ? byId.get(first.respondentId) : undefined;
  const sheetOf = new Map(c.profile.competencySheet.value.map((k) => [k.id, k]));
  const ordered = [...tokens].sort(
    (a, b) =>
      Number(b.role === 'self') - Number(a.role === 'self') ||
      nameOf(byId, a.evaluatedId).localeCompare(nameOf(byId, b.evaluatedId)),
  );
  return {
    agencyId: c.agency.id,
    periodId: first?.periodId ?? '',
    code: first?.code ?? '',
    lang,
    scale,
    words: {
      coverSheet: w.coverSheet,
      answerSheet: w.answerSheet,
      title: w.title,
      cover: [
        ...w.cover.map((line) =>
          fill(line, {
            agency: agencyNameIn(c.agency, lang),
            year: c.year,
            respondent: respondent ? fullName(respondent) : '',
            code: first?.code ?? '',
          }),
        ),
        '',
        ...w.instructions.map((line) => fill(line, scale)),
        medium === 'paper' ? w.returnPaper : w.returnWorkbook,
      ],
      // The wording is the default scale's; another scale is shown by its numbers.
      scale: [w.scaleTitle, ...(scale.min === 1 && scale.max === 5 ? w.scale : [`${scale.min}–${scale.max}`]), w.assumption],
      headers: [w.headers.n, w.headers.person, w.headers.competency, w.headers.indicators, fill(w.headers.answer, scale)],
    },
    blocks: ordered.map((tk) => {
      const person = byId.get(tk.evaluatedId);
      const level = person ? indicatorLevel(person.category, heads.has(person.id), c.profile.indicatorGroups.value) : 'staff';
      return {
        token: tk.token,
        heading: tk.role === 'self' ? w.self : fill(w.about, { name: nameOf(byId, tk.evaluatedId), role: w.roles[tk.role] }),
        competencies: competenciesOf(tk.evaluatedId, heads, c.profile).map((k) => {
          const indicators = sheetOf.get(k.id)?.indicators?.[level].effective.map((i) => i[lang]) ?? [];
          return { id: k.id, name: k.names[lang], indicators: indicators.join('; ') };
        }),
      };
    }),
  };
}

const nameOf = (byId: ReadonlyMap<string, Employee>, id: string): string => {
  const e = byId.get(id);
  return e ? fullName(e) : id;
};
