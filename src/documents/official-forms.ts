/**
 * The official forms (issue 5) as one shape — appendix line, approval block, title, header lines, a
 * table, footnote, result line, signature blocks — built from the agency's data in Kazakh or
 * Russian, and rendered twice from that one shape: the A4 print view (`OfficialFormPage`) and the
 * `.xlsx` (`formSheetRows`). A form carries only what its addressee may see: the person's own
 * sheet, or the unit's ranking for its evaluator.
 */
import {
  unitNameIn,
  formatDate,
  fullName,
  namedNotShown,
  type CompetencySheet,
  type Employee,
  type SheetEntry,
  type KciPlan,
  type Period,
  type Profile,
  type Unit,
  ranksOf,
  type EvaluationCase,
  type KciSheetResult,
  type PlanTarget,
  type PointsSheet,
} from '../domain';
import type { GradeId } from '../domain/rules/grades';
import { fillDoc as fill, quarterIn, type FormWords } from '../i18n/documents';
import { decimalText } from '../i18n';

export interface Signature {
  readonly role: string;
  /** Surname and initials; '' leaves the line to be written by hand. */
  readonly name: string;
  /** The day it was signed (dd.mm.yyyy) where recorded; absent leaves the line to be written by hand. */
  readonly date?: string;
}

export interface FormDoc {
  /** "Appendix N to the methodology…", or '' for a form the seeds do not number. */
  readonly appendix: string;
  readonly approval: Signature | undefined;
  readonly title: string;
  readonly lines: readonly { readonly label: string; readonly value: string }[];
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Relative widths of the columns. */
  readonly widths: readonly number[];
  readonly footnote: string;
  readonly result: { readonly label: string; readonly value: string; readonly hint: string } | undefined;
  readonly signatures: readonly Signature[];
  /** Printed on a landscape A4 page (a wide table). */
  readonly landscape?: boolean;
}

/** "Ахметов Е. С." — surname and initials, as the forms' signature lines ask. */
export const initials = (e: Pick<Employee, 'surname' | 'name' | 'patronymic'> | undefined): string =>
  e ? [e.surname, ...[e.name, e.patronymic].filter((x) => x !== '').map((x) => `${x.charAt(0)}.`)].join(' ') : '';

const numberText = (lang: 'kk' | 'ru', v: number | null): string => (v === null ? '' : decimalText(lang, v / 100));
const gradeWord = (w: FormWords, g: GradeId): string => w.grades[g];

interface PersonContext {
  readonly lang: 'kk' | 'ru';
  readonly words: FormWords;
  readonly person: Employee;
  readonly everyone: readonly Employee[];
  readonly units: readonly Unit[];
}
const managerOf = (c: PersonContext, e: Employee | undefined) =>
  e?.managerId ? c.everyone.find((x) => x.id === e.managerId) : undefined;
const unitName = (c: PersonContext) => {
  const u = c.units.find((x) => x.id === c.person.unitId);
  return u ? unitNameIn(u, c.lang) : '';
};
const approval = (c: PersonContext): Signature => ({
  role: c.words.superior,
  name: initials(managerOf(c, managerOf(c, c.person))),
});
const employeeAndManager = (c: PersonContext): Signature[] => [
  { role: c.words.employee, name: initials(c.person) },
  { role: c.words.manager, name: initials(managerOf(c, c.person)) },
];

/** The servant's and the direct manager's lines, each dated where the sheet records the day it was signed. */
const signedBy = (c: PersonContext, employeeOn: string | null | undefined, managerOn: string | null | undefined): Signature[] =>
  employeeAndManager(c).map((s, i) => {
    const on = i === 0 ? employeeOn : managerOn;
    return on ? { ...s, date: formatDate(on) } : s;
  });

/** The 2017 sheets' and the competency sheet's heading lines: the period, then who is evaluated. */
const personLines = (
  c: PersonContext,
  w: { readonly period: string; readonly person: string; readonly position: string; readonly unit: string },
  period: string,
) => [
  { label: w.period, value: period },
  { label: w.person, value: fullName(c.person) },
  { label: w.position, value: c.person.position },
  { label: w.unit, value: unitName(c) },
];

/** Appendix 1: the individual work plan of a unit head for a period (004 §25). */
export function workPlanForm(c: PersonContext, period: Period, plan: KciPlan): FormDoc {
  const w = c.words.plan;
  return {
    appendix: fill(c.words.appendix, { n: 1 }),
    approval: approval(c),
    title: w.title,
    lines: [...personLines(c, w, quarterIn(c.lang, period.year, period.quarter ?? 0))],
    columns: w.columns,
    rows: plan.items.map((i, n) => [
      String(n + 1),
      i.name,
      i.source,
      i.measure,
      numberText(c.lang, i.plan),
      i.deadline === '' ? w.wholePeriod : formatDate(i.deadline),
      i.expected,
    ]),
    widths: [5, 22, 20, 12, 10, 11, 20],
    footnote: w.footnote,
    result: undefined,
    signatures: employeeAndManager(c),
  };
}

/** Appendix 2: the KCI sheet — plan, actual, achieved or not, and the sheet's grade (004 §28). */
export function kciSheetForm(c: PersonContext, period: Period, plan: KciPlan, result: KciSheetResult): FormDoc {
  const w = c.words.kci;
  return {
    appendix: fill(c.words.appendix, { n: 2 }),
    approval: approval(c),
    title: w.title,
    lines: [
      { label: w.person, value: `${fullName(c.person)}, ${c.person.position}` },
      { label: w.period, value: quarterIn(c.lang, period.year, period.quarter ?? 0) },
    ],
    columns: w.columns,
    rows: result.lines.map((l, n) => [
      String(n + 1),
      l.item.name,
      l.item.measure,
      numberText(c.lang, l.item.plan),
      numberText(c.lang, l.item.actual),
      l.achieved === undefined ? '' : l.achieved ? w.achieved : w.notAchieved,
      // 004 §28: the evaluator's score (0 to 5) «в соответствующей графе оценочного листа».
      numberText(c.lang, l.score ?? null),
    ]),
    widths: [5, 28, 11, 11, 11, 16, 10],
    footnote: '',
    result: {
      label: w.result,
      value: result.sheet ? `${gradeWord(c.words, result.sheet.grade)} (${numberText(c.lang, result.sheet.score)})` : '',
      hint: w.resultHint,
    },
    signatures: employeeAndManager(c),
  };
}

/**
 * 002 Appendix 1: the 2017 model's individual work plan for a year — the targets («нысаналы
 * көрсеткіштер», at most four, half of them measurable, 002 §12) and the results expected, drawn up
 * with the direct manager by 10 January (002 §10); signed by the servant and the direct manager.
 */
export function workPlan2017Form(c: PersonContext, year: number, targets: readonly PlanTarget[]): FormDoc {
  const w = c.words.plan2017;
  return {
    appendix: fill(c.words.appendix2017, { n: 1 }),
    approval: undefined,
    title: w.title,
    lines: [...personLines(c, w, fill(c.words.year, { year }))],
    columns: w.columns,
    rows: targets.map((t, n) => [String(n + 1), t.name, t.expected ?? '']),
    widths: [6, 50, 50],
    footnote: w.footnote,
    result: undefined,
    signatures: employeeAndManager(c),
  };
}

/**
 * 002 Appendix 3: the quarter's sheet — the servant's self-assessment (002 §23) beside the direct
 * manager's assessment from the recorded entries (§24), both results, and the servant's signature or
 * the act of refusal (§25).
 */
export function quarterSheet2017Form(
  c: PersonContext,
  period: Period,
  sheet: PointsSheet | undefined,
  points: number | undefined,
  profile: Profile,
): FormDoc {
  const w = c.words.quarter2017;
  const activity = (id: string) => profile.points.activities.value.find((x) => x.id === id)?.names[c.lang] ?? id;
  const dated = (date: string, text: string) => `${formatDate(date)}${text === '' ? '' : ` — ${text}`}`;
  const incentives = (sheet?.incentives ?? []).map((e) => `${activity(e.activityId)} (+${e.points}), ${dated(e.date, e.note)}`);
  const violations = (kind: 'executive' | 'labour') =>
    (sheet?.violations ?? []).filter((v) => v.kind === kind).map((v) => dated(v.date, v.note));
  const self = sheet?.self;
  const signature = sheet?.signature;
  return {
    appendix: fill(c.words.appendix2017, { n: 3 }),
    approval: undefined,
    title: w.title,
    lines: [
      ...personLines(c, w, quarterIn(c.lang, period.year, period.quarter ?? 0)),
      { label: w.selfResult, value: self?.points === null || self?.points === undefined ? '' : String(self.points) },
    ],
    columns: w.columns,
    rows: [
      [
        '1',
        self?.incentives ?? '',
        self?.executive ?? '',
        self?.labour ?? '',
        incentives.join('; '),
        violations('executive').join('; '),
        violations('labour').join('; '),
        signature?.refused ? fill(w.refused, { act: signature.act }) : '',
      ],
    ],
    widths: [4, 16, 14, 14, 18, 14, 14, 12],
    landscape: true,
    footnote: '',
    result: { label: w.result, value: points === undefined ? '' : String(points), hint: '' },
    // Appendix 3's «Тікелей басшы … күні»: the day the manager agreed the sheet (§24).
    signatures: signedBy(c, signature && !signature.refused ? signature.on : null, sheet?.agreedOn),
  };
}

/**
 * 002 Appendix 4: the annual sheet — each target's result on the scale of 2 to 5 (002 §30), the
 * servant's self-assessment (§28) beside the direct manager's, who checks and agrees it (§29); the
 * servant confirms it by signing (§31).
 */
export function annualSheet2017Form(
  c: PersonContext,
  year: number,
  targets: readonly PlanTarget[],
  profile: Profile,
  sheet?: Pick<PointsSheet, 'signature' | 'agreedOn'>,
): FormDoc {
  const w = c.words.annual2017;
  const signature = sheet?.signature;
  const score = (r: PlanTarget['result'] | undefined) => (r ? String(profile.points.planScores.value[r]) : '');
  return {
    appendix: fill(c.words.appendix2017, { n: 4 }),
    approval: undefined,
    title: w.title,
    lines: [...personLines(c, w, fill(c.words.year, { year }))],
    columns: w.columns,
    rows: targets.map((t, n) => [String(n + 1), t.name, w.range, score(t.selfResult), score(t.result), '']),
    widths: [6, 40, 12, 16, 16, 16],
    footnote: signature?.refused ? fill(c.words.quarter2017.refused, { act: signature.act }) : '',
    result: undefined,
    // 002 §§29, 31: the manager agrees the sheet, then the servant confirms it by signing; a refusal
    // is recorded by an act.
    signatures: signedBy(c, signature && !signature.refused ? signature.on : null, sheet?.agreedOn),
  };
}

/** Appendix 3: the competency sheet for a year, to be filled by the manager (004/001 appendix 3, METHODOLOGY §2.7). */
export function competencySheetForm(
  c: PersonContext,
  year: number,
  profile: Profile,
  sheet: CompetencySheet | undefined,
): FormDoc {
  const w = c.words.competency;
  const entryOf = (id: string) => sheet?.entries.find((e) => e.competency === id);
  const resultOf = (e: SheetEntry | undefined) => (e?.meets === true ? w.meets : e?.meets === false ? w.notMeets : '');
  const notShown = (e: SheetEntry | undefined) => (e?.meets === false ? namedNotShown(e, c.lang).join('; ') : '');
  return {
    appendix: fill(c.words.appendix, { n: 3 }),
    approval: undefined,
    title: w.title,
    lines: [
      { label: w.year, value: fill(c.words.year, { year }) },
      { label: w.person, value: fullName(c.person) },
      { label: w.position, value: c.person.position },
      { label: w.unit, value: unitName(c) },
    ],
    columns: w.columns,
    rows: profile.competencySheet.value.map((k, n) => {
      const skipped = k.publicServiceOnly && !c.person.publicServices;
      const e = skipped ? undefined : entryOf(k.id);
      return [
        String(n + 1),
        `${k.names[c.lang]}${k.publicServiceOnly ? '*' : ''}`,
        skipped ? w.notAssessed : resultOf(e),
        notShown(e),
      ];
    }),
    widths: [5, 26, 24, 40],
    footnote: w.footnote,
    result: undefined,
    // Appendix 3's signatures with the days recorded on the sheet: the person's is the acquaintance.
    signatures: signedBy(c, sheet?.acquaintedOn, sheet?.managerSignedOn),
  };
}

/**
 * The ranking sheet of a unit for a quarter (004 §§29–33): each person's parameter scores, score,
 * grade and rank in the unit, read from the cases.
 */
export function rankingSheetForm(
  c: Omit<PersonContext, 'person'> & { readonly unit: Unit; readonly head: Employee | undefined },
  period: Period,
  cases: readonly EvaluationCase[],
  profile: Profile,
): FormDoc {
  const ranks = ranksOf(cases, 'computed');
  const w = c.words.ranking;
  const params = profile.ranking.parameters.value;
  return {
    appendix: '',
    approval: undefined,
    title: w.title,
    lines: [
      { label: w.period, value: quarterIn(c.lang, period.year, period.quarter ?? 0) },
      { label: w.unit, value: unitNameIn(c.unit, c.lang) },
    ],
    columns: [w.n, w.name, w.category, ...params.map((p) => p.names[c.lang]), w.score, w.grade, w.rank],
    rows: cases.map((r, n) => {
      const evaluated = r.stage !== 'notEvaluated';
      return [
        String(n + 1),
        fullName(r.employee),
        r.employee.category,
        ...params.map((p) => (evaluated ? numberText(c.lang, r.scores[p.id] ?? null) : '')),
        evaluated ? numberText(c.lang, r.computed?.value ?? null) : w.notEvaluated,
        r.computed ? gradeWord(c.words, r.computed.grade) : '',
        String(ranks.get(r.employee.id) ?? ''),
      ];
    }),
    widths: [5, 26, 8, ...params.map(() => 13), 7, 14, 6],
    landscape: true,
    footnote: '',
    result: undefined,
    signatures: [
      { role: w.evaluator, name: initials(c.head) },
      { role: w.hr, name: '' },
    ],
  };
}

/** The form as rows of one sheet, in reading order, for the `.xlsx`. */
export function formSheetRows(doc: FormDoc, w: FormWords): (string | null)[][] {
  const blank = (n: number) => Array.from({ length: n }, () => null);
  const width = doc.columns.length;
  const right = (text: string) => [...blank(width - 1), text];
  const sign = (s: Signature) => [
    [s.role, s.name === '' ? '____________________' : s.name],
    [null, w.nameHint],
    [null, `${w.date} ${s.date ?? '____________'}`],
    [null, `${w.sign} ____________`],
  ];
  return [
    ...(doc.appendix === '' ? [] : [right(doc.appendix), right(w.form)]),
    ...(doc.approval
      ? [
          right(`«${w.approve}»`),
          right(doc.approval.role),
          right(doc.approval.name === '' ? '____________________' : doc.approval.name),
          right(w.nameHint),
          right(`${w.date} ____________`),
          right(`${w.sign} ____________`),
        ]
      : []),
    [],
    [doc.title],
    ...doc.lines.map((l) => [`${l.label}:`, l.value]),
    [],
    [...doc.columns],
    ...doc.rows.map((r) => [...r]),
    ...(doc.footnote === '' ? [] : [[doc.footnote]]),
    ...(doc.result ? [[], [`${doc.result.label}:`, doc.result.value, doc.result.hint]] : []),
    [],
    ...doc.signatures.flatMap((s) => [...sign(s), []]),
  ];
}
