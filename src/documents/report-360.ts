/**
 * The 360 individual report (issue 6; the Typical Methodology's Appendix 7 role) in a document
 * language: the person, the table of competencies — others' mean with its count, or "fewer than N
 * answers" with no number, and the self-assessment beside — the overall result, strengths,
 * development areas with the effective behavioural indicators of the person's group, and the
 * feedback meeting (Appendix 8 role). One model for the print view, the radar chart and the .xlsx.
 */
import {
  unitNameIn,
  fullName,
  indicatorLevel,
  strengths,
  type Employee,
  type Named,
  type PersonResult,
  type Profile,
  type Survey360Feedback,
  type Unit,
} from '../domain';
import { hundredthsFixed } from '../i18n';
import { fillDoc as fill, REPORT_360, type DocLang } from '../i18n/documents';

export interface ReportDoc {
  readonly lines: readonly { readonly label: string; readonly value: string }[];
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly overall: string;
  readonly strengths: readonly string[];
  readonly development: readonly { readonly name: string; readonly indicators: readonly string[] }[];
  readonly radar: {
    readonly labels: readonly string[];
    readonly others: readonly (number | null)[];
    readonly self: readonly (number | null)[];
  };
  readonly feedback: readonly { readonly label: string; readonly value: string }[];
}

export interface ReportContext {
  readonly person: Employee;
  /** The person's unit, named in the report's language. */
  readonly unit: Pick<Unit, 'name' | 'names'> | undefined;
  readonly headsUnit: boolean;
  readonly year: number;
  readonly profile: Profile;
  readonly competencies: readonly Named[];
  readonly result: PersonResult;
  readonly feedback: Survey360Feedback | undefined;
}

const num = (lang: DocLang, h: number) => hundredthsFixed(lang, h);

export function reportDoc(c: ReportContext, lang: DocLang): ReportDoc {
  const w = REPORT_360[lang];
  const threshold = c.profile.survey360.anonymityThreshold.value;
  const nameOf = (id: string) => c.competencies.find((k) => k.id === id)?.names[lang] ?? id;
  const level = indicatorLevel(c.person.category, c.headsUnit, c.profile.indicatorGroups.value);
  const sheet = new Map(c.profile.competencySheet.value.map((k) => [k.id, k]));
  const answers = Math.max(0, ...c.result.competencies.map((r) => r.count));
  return {
    lines: [
      { label: w.person, value: fullName(c.person) },
      { label: w.position, value: c.person.position },
      { label: w.unit, value: c.unit ? unitNameIn(c.unit, lang) : '' },
      { label: w.year, value: String(c.year) },
      { label: w.answers, value: String(answers) },
    ],
    columns: w.columns,
    rows: c.result.competencies.map((r, i) => [
      String(i + 1),
      nameOf(r.competency),
      r.kind === 'shown' ? num(lang, r.mean) : fill(w.suppressed, { n: threshold }),
      r.kind === 'shown' ? String(r.count) : '',
      r.self === undefined ? '' : num(lang, r.self),
    ]),
    overall: c.result.overall === undefined ? w.none : num(lang, c.result.overall),
    strengths: strengths(c.result, 3).map(nameOf),
    development: c.result.leastExpressed.map((id) => ({
      name: nameOf(id),
      indicators: sheet.get(id)?.indicators?.[level].effective.map((x) => x[lang]) ?? [],
    })),
    radar: {
      labels: c.result.competencies.map((r) => nameOf(r.competency)),
      others: c.result.competencies.map((r) => (r.kind === 'shown' ? r.mean / 100 : null)),
      self: c.result.competencies.map((r) => (r.self === undefined ? null : r.self / 100)),
    },
    feedback: [
      { label: w.meetingDate, value: c.feedback?.meetingDate ?? '' },
      { label: w.discussed, value: c.feedback?.discussed ?? '' },
      { label: w.actions, value: c.feedback?.actions ?? '' },
    ],
  };
}

/** The report as rows of one sheet (the .xlsx). */
export function reportSheetRows(d: ReportDoc, lang: DocLang): (string | null)[][] {
  const w = REPORT_360[lang];
  return [
    [w.title],
    [],
    ...d.lines.map((l) => [l.label, l.value]),
    [],
    [...d.columns],
    ...d.rows.map((r) => [...r]),
    [w.overall, d.overall],
    [w.assumption],
    [],
    [w.strengths, d.strengths.join('; ') || w.none],
    [w.development],
    ...d.development.map((x) => [x.name, x.indicators.join('; ')]),
    [],
    [w.feedback],
    ...d.feedback.map((f) => [f.label, f.value]),
  ];
}
