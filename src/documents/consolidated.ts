/**
 * The consolidated workbook for the Commission secretary (issue 5) in the user's language: the
 * engine's consolidated results turned into sheets — results per person by unit, the year, the grade
 * distribution per unit and for the agency, the METHODOLOGY §5 assumptions in force, and a draft
 * Commission protocol in the layout of Appendix 5 (in Kazakh or Russian).
 */
import {
  applicableCompetencies,
  ASSUMPTIONS,
  citedEntries,
  consolidatedResults,
  fullName,
  GRADES,
  namedNotShown,
  sheetSummary,
  unitNameIn,
  type CaseBook,
  type CompetencySheet,
  type Named,
  type PersonResult,
  type ConsolidatedRow,
  type Consequences,
  type GradeId,
  type Period,
  type Profile,
  type Unit,
  joinKey,
  allCompetencies360,
  competenciesOf,
  makeCaseBook,
  profileVersionOf,
  resultsOfYear,
  unitHeadIds,
  type CaseBookInput,
  type Lang,
  type Survey360Answer,
} from '../domain';
import { wordsIn, type Words } from '../i18n/words';
import { agencyNameIn } from '../i18n/documents';
import { commissionProtocol } from './commission-protocol';
import type { DocumentModel, DocumentPart, RowsPart } from './model';
import { consequencesText, exclusionText } from './phrases';

export const CONSOLIDATED_TYPE = 'bagalau-consolidated';
const blocksOf = (part: DocumentPart | undefined) => (part && 'blocks' in part ? part.blocks : []);
type TextSheet = RowsPart;

/** What the workbook is made of: the quarter's cases and the agency's units in tree order. */
export interface ConsolidatedData {
  readonly book: CaseBook;
  readonly quarter: Period;
  readonly units: readonly Unit[];
}

export interface ConsolidatedExport {
  readonly i18n: Words;
  readonly data: ConsolidatedData;
  readonly agency: { readonly id: string; readonly nameKk: string; readonly nameRu: string };
  readonly exportedAt: string;
  /** The year's 360 results (issue 6): shown cells only, suppressed ones say so; self-assessments left out. */
  readonly survey360?: {
    readonly year: number;
    readonly results: ReadonlyMap<string, PersonResult>;
    readonly competencies: readonly Named[];
  };
  /** The year's competency sheets (004 Appendix 3): meets / does not meet per competency and the indicators not shown. */
  readonly competencySheets?: { readonly year: number; readonly sheets: readonly CompetencySheet[] };
}

const num = (h: number | undefined, points: boolean) => (h === undefined ? null : points ? h : h / 100);

function statusText(i18n: Words, r: ConsolidatedRow, profile: Profile): string {
  const e = r.eligibility;
  if (e.kind === 'notEvaluated') return exclusionText(i18n, e, profile);
  if (e.kind === 'evaluated') return i18n.t('evaluate.evaluated');
  return `${i18n.t(`statusKinds.${e.reason}`)}: ${i18n.t('values.withoutParticipation')}`;
}

/** What a status's words depend on (its text is made once per key). */
const statusKey = (e: ConsolidatedRow['eligibility']): string =>
  e.kind === 'evaluated'
    ? 'status:evaluated'
    : e.kind === 'notEvaluated'
      ? joinKey('status', 'not', e.reason, e.months)
      : joinKey('status', e.kind, e.reason);
const consequencesKey = (c: Consequences | undefined): string =>
  c ? `c:${+c.bonusEligible}${+c.trainingNeeded}${+c.notMentor}${+c.demotion}` : 'c:';

/** The workbook's sheets: the rows come from the engine, the words from the user's language. */
export function consolidatedSheets(x: ConsolidatedExport): DocumentPart[] {
  const { i18n, data } = x;
  // Ten thousand rows repeat a handful of words: each is looked up once.
  const words = new Map<string, string>();
  const t: Words['t'] = (key, ...params) => {
    if (params[0] !== undefined) return i18n.t(key, ...params);
    let w = words.get(key);
    if (w === undefined) {
      w = i18n.t(key, ...params);
      words.set(key, w);
    }
    return w;
  };
  const cached = new Map<string, string>();
  const once = (key: string, make: () => string) => {
    let w = cached.get(key);
    if (w === undefined) {
      w = make();
      cached.set(key, w);
    }
    return w;
  };
  const lang = i18n.lang() === 'kk' ? 'kk' : i18n.lang() === 'ru' ? 'ru' : 'en';
  const docLang = lang === 'kk' ? 'kk' : 'ru';
  const profile = data.book.input.profile;
  const rows = consolidatedResults(data.book, data.quarter, data.units, new Intl.Collator(docLang));
  const unitName = new Map(data.units.map((u) => [u.id, unitNameIn(u, lang)]));
  const params = profile.ranking.parameters.value;
  // The words every row repeats, looked up once (no key string built per row).
  const methodWord = {
    ranking: t('eligibility.component.ranking'),
    kci: t('eligibility.component.kci'),
    points: t('eligibility.component.points'),
  };
  const gradeWord = Object.fromEntries(GRADES.map((g) => [g, t(`grades.${g}`)])) as Record<GradeId, string>;
  const stageWord = (f: NonNullable<ConsolidatedRow['final']>) =>
    once(
      f.final ? `stage:${f.stage}:final` : `stage:${f.stage}`,
      () => `${t(`consolidated.stages.${f.stage}`)}${f.final ? `; ${t('consolidated.approved')}` : ''}`,
    );
  const quarterLabel = (p: Period) => `${p.year} · ${t('agency.quarter', { q: p.quarter ?? 0 })}`;
  const title = t('consolidated.title2', {
    agency: agencyNameIn(x.agency, docLang),
    period: quarterLabel(data.quarter),
    at: i18n.formatDateTime(x.exportedAt),
    profile: profile.names[lang],
    version: profile.version,
  });

  const results: TextSheet = {
    name: t('consolidated.sheets.results'),
    rows: [
      [t('consolidated.title')],
      [title],
      [
        t('consolidated.unit'),
        '№',
        t('evaluate.person'),
        t('fields.category'),
        t('consolidated.method'),
        ...params.map((p) => p.names[docLang]),
        t('consolidated.computed'),
        t('final.column'),
        t('consolidated.stage'),
        t('evaluate.grade'),
        t('evaluate.rank'),
        t('evaluate.status'),
        t('consolidated.assumed'),
      ],
      ...rows.map((r, i) => {
        const points = r.method === 'points';
        return [
          unitName.get(r.unitId) ?? '',
          i + 1,
          r.name,
          r.employee.category,
          methodWord[r.method],
          ...params.map((p) => num(r.inputs[p.id], false)),
          num(r.computed, points),
          num(r.final?.value, points),
          r.final ? stageWord(r.final) : '',
          r.final ? gradeWord[r.final.grade] : '',
          r.rank ?? null,
          once(statusKey(r.eligibility), () => statusText(i18n, r, profile)),
          r.assumed && r.final ? '≈' : '',
        ];
      }),
    ],
    widths: [28, 5, 34, 10, 14, ...params.map(() => 14), 14, 14, 26, 20, 8, 40, 10],
    twoDecimals: [...params.map((_, i) => 5 + i), 5 + params.length, 6 + params.length],
  };

  const quarters = data.book.input.periods.filter((p) => p.kind === 'quarter' && p.year === data.quarter.year);
  const year: TextSheet = {
    name: t('consolidated.sheets.year'),
    rows: [
      [`${t('consolidated.title')} · ${data.quarter.year}`],
      [
        t('consolidated.unit'),
        t('evaluate.person'),
        t('consolidated.method'),
        ...quarters.map((q) => t('agency.quarter', { q: q.quarter ?? 0 })),
        t('annual.mean'),
        t('evaluate.grade'),
        t('annual.consequences'),
      ],
      ...rows.map((r) => {
        const points = r.method === 'points';
        return [
          unitName.get(r.unitId) ?? '',
          r.name,
          methodWord[r.method],
          ...r.year.quarters.map((v) => num(v, points)),
          r.year.result === undefined ? null : points ? r.year.result / 10 : r.year.result / 100,
          r.year.grade ? gradeWord[r.year.grade] : '',
          once(consequencesKey(r.year.consequences), () => consequencesText(i18n, r.year.consequences)),
        ];
      }),
    ],
    widths: [28, 34, 14, ...quarters.map(() => 10), 12, 20, 50],
    twoDecimals: [3, 4, 5, 6, 7],
  };

  const perUnit = new Map<string, Partial<Record<GradeId, number>>>();
  const total: Partial<Record<GradeId, number>> = {};
  for (const r of rows) {
    if (!r.final) continue;
    const c = perUnit.get(r.unitId) ?? {};
    c[r.final.grade] = (c[r.final.grade] ?? 0) + 1;
    perUnit.set(r.unitId, c);
    total[r.final.grade] = (total[r.final.grade] ?? 0) + 1;
  }
  const unitsWithPeople = new Set(rows.map((r) => r.unitId));
  const distribution: TextSheet = {
    name: t('consolidated.sheets.distribution'),
    rows: [
      [t('consolidated.unit'), ...GRADES.map((g) => t(`grades.${g}`))],
      ...data.units
        .filter((u) => unitsWithPeople.has(u.id))
        .map((u) => [unitNameIn(u, lang), ...GRADES.map((g) => perUnit.get(u.id)?.[g] ?? 0)]),
      [t('consolidated.total'), ...GRADES.map((g) => total[g] ?? 0)],
    ],
    widths: [34, ...GRADES.map(() => 18)],
  };

  const inForce = new Map<string, string[]>();
  for (const { path, cited } of citedEntries(profile))
    if (cited.assumption) inForce.set(cited.assumption, [...(inForce.get(cited.assumption) ?? []), path]);
  const assumptions: TextSheet = {
    name: t('consolidated.sheets.assumptions'),
    rows: [
      [t('consolidated.assumption'), '', t('consolidated.parameters')],
      ...[...inForce].map(([id, paths]) => [id, ASSUMPTIONS[id as keyof typeof ASSUMPTIONS]?.[lang] ?? id, paths.join(', ')]),
    ],
    widths: [22, 90, 40],
  };

  // Appendix 5: each recorded sitting's protocol (a period may have several), else the draft the Commission works from.
  const sittings = data.book.input.records.sittings
    .filter((s) => s.periodId === data.quarter.id)
    .sort((a, b) => a.number - b.number);
  const protocols: DocumentPart[] = (sittings.length > 0 ? sittings : [undefined]).map((sitting) => ({
    name:
      sittings.length > 1 && sitting
        ? `${t('consolidated.sheets.protocol')} ${sitting.number}`
        : t('consolidated.sheets.protocol'),
    blocks: blocksOf(
      commissionProtocol({ book: data.book, period: data.quarter, sitting, agency: x.agency, exportedAt: x.exportedAt }, docLang)
        .parts[0],
    ),
  }));

  const s360 = x.survey360 && x.survey360.results.size > 0 ? survey360Sheet(x, x.survey360, t) : undefined;
  const sheetOfYear =
    x.competencySheets && x.competencySheets.sheets.some((s) => s.entries.some((e) => e.meets !== null))
      ? competencySheetSheet(x, x.competencySheets, t)
      : undefined;
  return [results, year, distribution, ...(s360 ? [s360] : []), ...(sheetOfYear ? [sheetOfYear] : []), assumptions, ...protocols];
}

/** The competency-sheet sheet: a row per person with a sheet, the result per competency, how many meet, the indicators not shown. */
function competencySheetSheet(
  x: ConsolidatedExport,
  c: NonNullable<ConsolidatedExport['competencySheets']>,
  t: Words['t'],
): TextSheet {
  const lang = x.i18n.lang() === 'kk' ? 'kk' : 'ru';
  const profile = x.data.book.input.profile;
  const competencies = profile.competencySheet.value;
  const unitName = new Map(x.data.units.map((u) => [u.id, unitNameIn(u, lang)]));
  const unitOrder = new Map(x.data.units.map((u, i) => [u.id, i]));
  const byPerson = new Map(c.sheets.map((s) => [s.employeeId, s]));
  const people = x.data.book.input.employees
    .filter((e) => byPerson.get(e.id)?.entries.some((en) => en.meets !== null))
    .sort((a, b) => (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0) || fullName(a).localeCompare(fullName(b)));
  return {
    name: t('consolidated.sheets.competencySheet', { year: c.year }),
    rows: [
      [
        t('consolidated.unit'),
        t('evaluate.person'),
        ...competencies.map((k) => `${k.names[lang]}${k.publicServiceOnly ? '*' : ''}`),
        t('sheet.summary'),
        t('sheet.whichNotShown'),
      ],
      ...people.map((e) => {
        const entries = byPerson.get(e.id)?.entries ?? [];
        const applicable = applicableCompetencies(profile, e.publicServices);
        const cells = competencies.map((k) => {
          if (!applicable.includes(k.id)) return t('sheet.notAssessed');
          const en = entries.find((y) => y.competency === k.id);
          return en?.meets === true ? t('sheet.meets') : en?.meets === false ? t('sheet.notMeets') : '';
        });
        const notShown = competencies
          .flatMap((k) => {
            const en = entries.find((y) => y.competency === k.id);
            if (!applicable.includes(k.id) || en?.meets !== false) return [];
            return [`${k.names[lang]}: ${namedNotShown(en, lang).join('; ')}`];
          })
          .join(' | ');
        const summary = sheetSummary(entries, profile, e.publicServices);
        return [
          unitName.get(e.unitId) ?? '',
          fullName(e),
          ...cells,
          t('sheet.meetsOf', { meets: summary.meets, total: summary.total }),
          notShown,
        ];
      }),
    ],
    widths: [28, 34, ...competencies.map(() => 16), 12, 80],
  };
}

/** The 360 sheet: a row per person with answers, a column per competency — the mean, or "fewer than N answers" with no number. */
function survey360Sheet(x: ConsolidatedExport, s: NonNullable<ConsolidatedExport['survey360']>, t: Words['t']): TextSheet {
  const lang = x.i18n.lang() === 'kk' ? 'kk' : 'ru';
  const unitName = new Map(x.data.units.map((u) => [u.id, unitNameIn(u, lang)]));
  const unitOrder = new Map(x.data.units.map((u, i) => [u.id, i]));
  const threshold = x.data.book.input.profile.survey360.anonymityThreshold.value;
  const suppressed = t('results360.suppressed', { n: threshold });
  const nameOf = (id: string) => s.competencies.find((c) => c.id === id)?.names[lang] ?? id;
  const people = x.data.book.input.employees
    .filter((e) => s.results.has(e.id))
    .sort((a, b) => (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0) || fullName(a).localeCompare(fullName(b)));
  return {
    name: t('consolidated.sheets.survey360', { year: s.year }),
    rows: [
      [
        t('consolidated.unit'),
        t('evaluate.person'),
        ...s.competencies.map((c) => c.names[lang]),
        t('results360.overall'),
        t('results360.needs'),
      ],
      ...people.map((e) => {
        const r = s.results.get(e.id) as PersonResult;
        const cells = s.competencies.map((c) => {
          const cell = r.competencies.find((k) => k.competency === c.id);
          return cell === undefined ? '—' : cell.kind === 'shown' ? cell.mean / 100 : suppressed;
        });
        return [
          unitName.get(e.unitId) ?? '',
          fullName(e),
          ...cells,
          r.overall === undefined ? '—' : r.overall / 100,
          r.leastExpressed.map(nameOf).join('; '),
        ];
      }),
    ],
    widths: [28, 34, ...s.competencies.map(() => 16), 14, 50],
    twoDecimals: [...s.competencies.map((_, i) => i + 2), s.competencies.length + 2],
  };
}

/** The workbook as a document, with its envelope. */
export function consolidatedDocument(x: ConsolidatedExport): DocumentModel {
  const parts = consolidatedSheets(x);
  const first = parts[0];
  const profile = x.data.book.input.profile;
  return {
    type: CONSOLIDATED_TYPE,
    title: first?.name ?? '',
    envelope: {
      agencyId: x.agency.id,
      periodId: x.data.quarter.id,
      profileId: profile.id,
      profileVersion: String(profile.version),
      lang: x.i18n.lang(),
      exportedAt: x.exportedAt,
      rows: String((first && 'rows' in first ? first.rows.length : 3) - 3),
    },
    parts,
    fileName: `bagalau-consolidated-${x.data.quarter.id}.xlsx`,
  };
}

/**
 * Everything the consolidated workbook is made from, as plain data (structured clone): the workbook
 * worker makes the cases, the 360 results and the document itself (`consolidatedFromData`), so a
 * 10,000-person agency costs the page no long task.
 */
export interface ConsolidatedSource {
  readonly lang: Lang;
  readonly book: Omit<CaseBookInput, 'profileOf'> & { readonly ownProfiles: readonly Profile[] };
  readonly quarter: Period;
  readonly units: readonly Unit[];
  readonly agency: ConsolidatedExport['agency'];
  readonly exportedAt: string;
  readonly survey360?: { readonly year: number; readonly answers: readonly Survey360Answer[] };
  readonly competencySheets?: ConsolidatedExport['competencySheets'];
}

export function consolidatedFromData(x: ConsolidatedSource): DocumentModel {
  const { ownProfiles, ...input } = x.book;
  const book = makeCaseBook({ ...input, profileOf: (ref) => profileVersionOf(ref, ownProfiles) });
  const profile = input.profile;
  const heads = unitHeadIds(input.employees, profile.unitHeadCategories.value);
  return consolidatedDocument({
    i18n: wordsIn(x.lang),
    agency: x.agency,
    exportedAt: x.exportedAt,
    ...(x.survey360
      ? {
          survey360: {
            year: x.survey360.year,
            results: resultsOfYear(x.survey360.answers, (id) => competenciesOf(id, heads, profile), profile),
            competencies: allCompetencies360(profile),
          },
        }
      : {}),
    ...(x.competencySheets ? { competencySheets: x.competencySheets } : {}),
    data: { book, quarter: x.quarter, units: x.units },
  });
}
