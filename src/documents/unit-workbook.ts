/**
 * The unit workbook a unit's head receives (issue 5), in Kazakh or Russian, from the cases of the
 * quarter: the instructions; the ranking sheet of the people the head evaluates by ranking; the KCI
 * sheet of the heads whose KCI sheet the head scores (004 §28); for the points model the incentives
 * and violations sheets and the scale. Only the people the head evaluates are in it, each with the
 * status the case gives (evaluated, not evaluated, without participation). The io writer
 * (`io/unit-workbook.ts`) makes the `.xlsx` with its hidden envelope.
 */
import {
  unitNameIn,
  activityCell,
  entryFields,
  entryRowId,
  evaluatedByUnit,
  evaluatedByUnits,
  type UnitEvaluated,
  fullName,
  kciRowId,
  type CaseBook,
  type EntryFields,
  type EntryScale,
  type EvaluationCase,
  type Period,
  type PointsIncentive,
  type PointsViolation,
  type SectionKind,
  type Unit,
  type UnitEnvelope,
  SELF_ENTRY_ID,
  type EntryList,
  ENTRY_FIELDS,
  formatDate,
  SCORE_MAX,
  SCORE_MIN,
  type IsoDate,
} from '../domain';
import { citeIn, decimalText } from '../i18n';
import { agencyNameIn, fillDoc as fill, quarterIn, UNIT_WORKBOOK, type DocLang } from '../i18n/documents';

export interface UnitSheetRow {
  readonly id: string;
  /** Columns B… before the scores: №, full name, category or the KCI's name, measure, plan, actual; status. Text, except №. */
  readonly cells: readonly (string | number)[];
  /** A score sheet's scores in hundredths, by parameter. */
  readonly values: Readonly<Record<string, number | undefined>>;
  /** An entry sheet's row: its editable cells as written (a date column's ISO dates become dates), and the entry it holds (none on an empty row). */
  readonly fields?: readonly (string | number | null)[];
  readonly entry?: EntryFields;
  /** Not evaluated in the period: evaluator mode keeps its scores closed. */
  readonly excluded?: boolean;
}

export type ColumnKind = 'score' | 'integer' | 'date' | 'text';

/**
 * What an editable column accepts (issue 19 §3): the spreadsheet program refuses anything else,
 * saying `message` under `title` in the workbook's language. Blank is always accepted.
 */
export type ColumnCheck = (
  | { readonly kind: 'decimal'; readonly min: number; readonly max: number; readonly decimals: number }
  | { readonly kind: 'whole'; readonly min: number; readonly max: number }
  | { readonly kind: 'date'; readonly start: IsoDate; readonly end: IsoDate }
  /** One of these words, offered as a drop-down list. */
  | { readonly kind: 'list'; readonly values: readonly string[] }
) & { readonly title: string; readonly message: string };

export interface UnitSheetInput {
  readonly component: SectionKind;
  readonly name: string;
  readonly title: string;
  readonly subtitle: string;
  /** Headers of the fixed columns, the hidden id column first. */
  readonly headers: readonly string[];
  /** Widths in characters of the fixed columns after the id column. */
  readonly widths: readonly number[];
  /** 0-based columns of the read-only part (full name first) the row's fingerprint covers. */
  readonly hashed: readonly number[];
  /** 0-based column of the status words, or -1. */
  readonly status: number;
  readonly params: readonly {
    readonly id: string;
    readonly header: string;
    readonly kind?: ColumnKind;
    readonly width?: number;
    readonly check?: ColumnCheck;
  }[];
  readonly rows: readonly UnitSheetRow[];
}

export interface ReferenceSheet {
  readonly name: string;
  readonly title: string;
  readonly headers: readonly string[];
  readonly widths: readonly number[];
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface UnitWorkbookInput {
  readonly instructions: { readonly sheet: string; readonly lines: readonly string[] };
  readonly sheets: readonly UnitSheetInput[];
  readonly references?: readonly ReferenceSheet[];
  /** The rows' fingerprints under the agency's key, `component:rowId` (from the export register). */
  readonly fingerprints?: ReadonlyMap<string, string>;
  readonly envelope: Omit<UnitEnvelope, 'type' | 'formatVersion' | 'sections' | 'points'> & {
    readonly lang: string;
    readonly points?: EntryScale | undefined;
  };
}

/** Empty rows under each evaluated person for entries the unit head adds (more: a new workbook). */
export const INCENTIVE_ROWS = 3;
export const VIOLATION_ROWS = 2;

export interface UnitWorkbookData {
  readonly book: CaseBook;
  readonly unit: Unit;
  readonly quarter: Period;
  readonly units: readonly Unit[];
  readonly agency: { readonly id: string; readonly nameKk: string; readonly nameRu: string } | undefined;
  readonly exportedAt: string;
  /** Fresh ids for the empty entry rows (injected: tests pin them). */
  readonly newId: () => string;
}

/** Whom a unit workbook holds, by method. */
export interface UnitWorkbookPeople {
  readonly ranking: EvaluationCase[];
  readonly kci: EvaluationCase[];
  readonly points: EvaluationCase[];
}

const peopleOfEvaluated = (book: CaseBook, { staff, heads }: UnitEvaluated, quarterId: string): UnitWorkbookPeople => {
  const cases = book.casesOf([...staff, ...heads], quarterId);
  const kci = cases.filter((c) => c.method === 'kci' && c.input?.method === 'kci' && (c.input.plan?.items.length ?? 0) > 0);
  return {
    ranking: cases.filter((c) => c.method === 'ranking'),
    kci,
    points: cases.filter((c) => c.method === 'points'),
  };
};

/** The people the unit's head evaluates, by method, as the cases say (a unit may have none). */
export function unitWorkbookPeople(book: CaseBook, unitId: string, quarterId: string): UnitWorkbookPeople {
  return peopleOfEvaluated(book, evaluatedByUnit(unitId, book.input.employees, book.heads), quarterId);
}

/** `unitWorkbookPeople` of every unit that evaluates someone, in one pass over the agency. */
export function unitWorkbookPeopleByUnit(book: CaseBook, quarterId: string): ReadonlyMap<string, UnitWorkbookPeople> {
  const byUnit = evaluatedByUnits(book.input.employees, book.heads);
  return new Map([...byUnit].map(([unitId, evaluated]) => [unitId, peopleOfEvaluated(book, evaluated, quarterId)]));
}

/** @example unitWorkbook({ book, unit, quarter, … }, 'ru').sheets.map((s) => s.component) → ['ranking', 'kci'] */
export function unitWorkbook(data: UnitWorkbookData, l: DocLang): UnitWorkbookInput {
  const w = UNIT_WORKBOOK[l];
  const { book, unit: u, quarter: q } = data;
  const profile = book.input.profile;
  const collator = new Intl.Collator(l);
  const byName = (a: EvaluationCase, b: EvaluationCase) =>
    collator.compare(fullName(a.employee), fullName(b.employee)) || (a.employee.id < b.employee.id ? -1 : 1);
  const people = unitWorkbookPeople(book, u.id, q.id);
  const period = quarterIn(l, q.year, q.quarter ?? 0);
  const words = {
    unit: unitNameIn(u, l),
    period,
    agency: agencyNameIn(data.agency, l),
    source: citeIn(l, profile.confidentiality),
  };
  const subtitle = fill(w.subtitle, words);
  const unitName = (id: string) => {
    const x = data.units.find((y) => y.id === id);
    return x ? unitNameIn(x, l) : '';
  };
  const status = (c: EvaluationCase) => ({
    text:
      c.eligibility.kind === 'evaluated'
        ? w.status.evaluated
        : c.eligibility.kind === 'notEvaluated'
          ? w.status.notEvaluated
          : w.status.withoutParticipation,
    excluded: c.stage === 'notEvaluated',
  });
  const number = (v: number | null) => (v === null ? '' : decimalText(l, v / 100));
  // A score cell takes what the import takes: the rule's 0–5 in the profile's scale's places.
  const decimals = profile.scale.value.decimals;
  const scoreCheck: ColumnCheck = {
    kind: 'decimal',
    min: SCORE_MIN / 100,
    max: SCORE_MAX / 100,
    decimals,
    title: w.checks.title,
    message: fill(w.checks.decimal, {
      min: decimalText(l, SCORE_MIN / 100, 0),
      max: decimalText(l, SCORE_MAX / 100, 0),
      decimals: String(decimals),
    }),
  };
  const sheets: UnitSheetInput[] = [];
  const ranking = [...people.ranking].sort(byName);
  if (ranking.length > 0) {
    sheets.push({
      component: 'ranking',
      name: w.sheet,
      title: w.title,
      subtitle,
      headers: [w.headers.id, w.headers.n, w.headers.name, w.headers.category, w.headers.status],
      widths: [5, 36, 10, 34],
      hashed: [2, 3],
      status: 4,
      params: profile.ranking.parameters.value.map((p) => ({
        id: p.id,
        header: fill(w.param, { name: p.names[l] }),
        check: scoreCheck,
      })),
      rows: ranking.map((c, i) => {
        const s = status(c);
        return {
          id: c.employee.id,
          cells: [i + 1, fullName(c.employee), c.employee.category, s.text],
          values: c.scores,
          excluded: s.excluded,
        };
      }),
    });
  }
  const kci = [...people.kci].sort(byName);
  if (kci.length > 0) {
    const h = w.kciHeaders;
    let n = 0;
    sheets.push({
      component: 'kci',
      name: w.kciSheet,
      title: w.kciTitle,
      subtitle,
      headers: [h.id, h.n, h.name, h.unit, h.kci, h.measure, h.plan, h.actual, h.range, h.status],
      widths: [5, 30, 30, 40, 14, 14, 14, 14, 22],
      hashed: [2, 4, 5, 6, 7],
      status: 9,
      params: [{ id: 'score', header: w.kciScore, check: scoreCheck }],
      rows: kci.flatMap((c) => {
        const s = status(c);
        const lines = c.input?.method === 'kci' ? (c.input.sheet?.lines ?? []) : [];
        return lines.map((line) => ({
          id: kciRowId(c.employee.id, line.item.id),
          cells: [
            ++n,
            fullName(c.employee),
            unitName(c.employee.unitId),
            line.item.name,
            line.item.measure,
            number(line.item.plan),
            number(line.item.actual),
            line.range ? `${number(line.range.min)}–${number(line.range.max)}` : '',
            s.text,
          ],
          values: { score: c.scores[line.item.id] },
          excluded: s.excluded,
        }));
      }),
    });
  }
  const scored = [...people.points].sort(byName);
  const references: ReferenceSheet[] = [];
  if (scored.length > 0) {
    const activities = profile.points.activities.value;
    const h = w.entryHeaders;
    const fixed = { headers: [h.id, h.n, h.name, h.category, h.status], widths: [5, 36, 10, 20], hashed: [2, 3], status: 4 };
    /** A person's entries, then (when they are evaluated) empty rows with fresh ids for new ones. */
    const rowsOf = <E extends PointsIncentive | PointsViolation>(
      list: (s: {
        readonly incentives: readonly PointsIncentive[];
        readonly violations: readonly PointsViolation[];
      }) => readonly E[],
      cellsOf: (e: E) => (string | number)[],
      empty: number,
    ): UnitSheetRow[] =>
      scored.flatMap((c, i) => {
        const s = status(c);
        const sheet = c.input?.method === 'points' ? c.input.sheet : undefined;
        const own = [...(sheet ? list(sheet) : [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        const cells = [i + 1, fullName(c.employee), c.employee.category, s.text];
        return [
          ...own.map((x) => ({
            id: entryRowId(c.employee.id, x.id),
            cells,
            values: {},
            fields: cellsOf(x),
            entry: entryFields(x),
            excluded: s.excluded,
          })),
          ...(s.excluded
            ? []
            : Array.from({ length: empty }, () => ({
                id: entryRowId(c.employee.id, data.newId()),
                cells,
                values: {},
                fields: [],
                excluded: false,
              }))),
        ];
      });
    const activityText = (id: string) => {
      const i = activities.findIndex((a) => a.id === id);
      const a = activities[i];
      return a ? activityCell(i, a.names[l], a.points) : id;
    };
    /** Each entry column's kind and width. */
    const column = {
      activity: ['text', 50],
      points: ['integer', 14],
      date: ['date', 14],
      note: ['text', 40],
      kind: ['text', 20],
      selfIncentives: ['text', 40],
      selfExecutive: ['text', 30],
      selfLabour: ['text', 30],
      selfPoints: ['integer', 14],
    } as const;
    const range = profile.points.incentiveRange.value;
    /** The checks of the incentives' points (a blank takes the scale's, 002 §18), a violation's kind (002 §§19–22) and every entry's date (in the quarter). */
    const checks: Partial<Record<string, ColumnCheck>> = {
      points: {
        kind: 'whole',
        ...range,
        title: w.checks.title,
        message: fill(w.checks.whole, { min: String(range.min), max: String(range.max) }),
      },
      kind: {
        kind: 'list',
        values: [w.kinds.executive, w.kinds.labour],
        title: w.checks.title,
        message: fill(w.checks.list, { values: `${w.kinds.executive}, ${w.kinds.labour}` }),
      },
      date: {
        kind: 'date',
        start: q.start,
        end: q.end,
        title: w.checks.title,
        message: fill(w.checks.date, { start: formatDate(q.start), end: formatDate(q.end) }),
      },
    };
    /** An entry sheet of the points model: the person's fixed columns, then the list's own (`ENTRY_FIELDS`). */
    const entrySheet = (component: EntryList, name: string, title: string, rows: UnitSheetRow[]): UnitSheetInput => ({
      component,
      name,
      title,
      subtitle,
      ...fixed,
      params: ENTRY_FIELDS[component].map((id) => {
        const check = checks[id];
        return { id, header: h[id], kind: column[id][0], width: column[id][1], ...(check ? { check } : {}) };
      }),
      rows,
    });
    sheets.push(
      entrySheet(
        'incentives',
        w.incentivesSheet,
        w.incentivesTitle,
        rowsOf(
          (s) => s.incentives,
          (x) => [activityText(x.activityId), x.points, x.date, x.note],
          INCENTIVE_ROWS,
        ),
      ),
    );
    sheets.push(
      entrySheet(
        'violations',
        w.violationsSheet,
        w.violationsTitle,
        rowsOf(
          (s) => s.violations,
          (x) => [w.kinds[x.kind], x.date, x.note],
          VIOLATION_ROWS,
        ),
      ),
    );
    // 002 §23: the servant's self-assessment, one row a person — the manager passes it on; it scores nothing.
    sheets.push(
      entrySheet(
        'self',
        w.selfSheet,
        w.selfTitle,
        scored.flatMap((c, i) => {
          const s = status(c);
          const own = c.input?.method === 'points' ? c.input.sheet?.self : undefined;
          if (s.excluded && !own) return [];
          return [
            {
              id: entryRowId(c.employee.id, SELF_ENTRY_ID),
              cells: [i + 1, fullName(c.employee), c.employee.category, s.text],
              values: {},
              fields: own ? [own.incentives, own.executive, own.labour, own.points ?? ''] : [],
              ...(own ? { entry: entryFields(own) } : {}),
              excluded: s.excluded,
            },
          ];
        }),
      ),
    );
    references.push({
      name: w.scaleSheet,
      title: w.scaleTitle,
      headers: [w.scaleHeaders.n, w.scaleHeaders.activity, w.scaleHeaders.points],
      widths: [5, 90, 8],
      rows: activities.map((a, i) => [i + 1, a.names[l], a.points]),
    });
  }
  const lines = [
    ...w.instructions.map((line) => fill(line, words)),
    ...(sheets.some((s) => s.component === 'ranking') ? [w.rankingInstruction] : []),
    ...(kci.length > 0 ? [w.kciInstruction] : []),
    ...(scored.length > 0
      ? w.pointsInstructions.map((line) => fill(line, { penalty: String(profile.points.violationPenalty.value) }))
      : []),
    ...w.closing,
  ];
  return {
    instructions: { sheet: w.instructionsSheet, lines },
    sheets,
    references,
    envelope: {
      agencyId: data.agency?.id ?? '',
      periodId: q.id,
      unitId: u.id,
      exportedAt: data.exportedAt,
      profileId: profile.id,
      profileVersion: profile.version,
      lang: l,
      points:
        scored.length > 0
          ? {
              period: { start: q.start, end: q.end },
              activities: profile.points.activities.value.map(({ id, points, names }) => ({ id, points, names })),
              range: profile.points.incentiveRange.value,
            }
          : undefined,
    },
  };
}
