/**
 * The competency sheet (004, 001 appendices): per competency "meets" or "does not meet
 * expectations", and for "does not meet" the behavioural indicators that were not shown. The two
 * public-service competencies are not assessed for staff whose duties exclude public services.
 */
import type { SheetEntry } from '../model';
import type { Profile } from '../profiles/types';

export type SheetProblem =
  | { readonly code: 'notAssessed'; readonly competency: string }
  | { readonly code: 'indicatorsMissing'; readonly competency: string }
  | { readonly code: 'notApplicable'; readonly competency: string };

/** A competency not assessed yet. */
export const blankEntry = (competency: string): SheetEntry => ({ competency, meets: null, indicatorsNotShown: [], note: '' });

/** What an entry names as not shown, in one language: the indicators ticked, then the note. */
export const namedNotShown = (e: SheetEntry, lang: 'kk' | 'ru'): string[] => [
  ...e.indicatorsNotShown.map((x) => x[lang]),
  ...(e.note.trim() === '' ? [] : [e.note.trim()]),
];

/** The competencies that apply to a person. */
export function applicableCompetencies(profile: Profile, publicServices: boolean): string[] {
  return profile.competencySheet.value.filter((c) => publicServices || !c.publicServiceOnly).map((c) => c.id);
}

export function sheetProblems(entries: readonly SheetEntry[], profile: Profile, publicServices: boolean): SheetProblem[] {
  const applicable = applicableCompetencies(profile, publicServices);
  const out: SheetProblem[] = [];
  for (const id of applicable) {
    const e = entries.find((x) => x.competency === id);
    if (!e || e.meets === null) out.push({ code: 'notAssessed', competency: id });
    else if (!e.meets && namedNotShown(e, 'ru').length === 0) out.push({ code: 'indicatorsMissing', competency: id });
  }
  for (const e of entries)
    if (!applicable.includes(e.competency) && e.meets !== null) out.push({ code: 'notApplicable', competency: e.competency });
  return out;
}

export type SheetSignatureProblem = 'incomplete' | 'inFuture' | 'beforeManager' | 'beforeYear';

/**
 * Appendix 3 closes with the person's and the direct manager's signatures and dates: the manager
 * signs the filled sheet, the person signs it after — acquainted with it. Refused: a signature on a
 * sheet with competencies left to assess, a day after today or before the year began, the person
 * before the manager.
 * @example sheetSignatureProblem([], { managerSignedOn: '2027-01-12', acquaintedOn: '2027-01-11' }, '2026', '2027-01-15') === 'beforeManager'
 */
export function sheetSignatureProblem(
  problems: readonly SheetProblem[],
  dates: { readonly managerSignedOn: string | null; readonly acquaintedOn: string | null },
  year: string,
  today: string,
): SheetSignatureProblem | undefined {
  const given = [dates.managerSignedOn, dates.acquaintedOn].filter((d): d is string => d !== null);
  if (given.length === 0) return undefined;
  if (problems.length > 0) return 'incomplete';
  if (given.some((d) => d > today)) return 'inFuture';
  if (given.some((d) => d < `${year}-01-01`)) return 'beforeYear';
  if (dates.acquaintedOn !== null && (dates.managerSignedOn === null || dates.acquaintedOn < dates.managerSignedOn))
    return 'beforeManager';
  return undefined;
}

/** How many applicable competencies meet expectations. */
export function sheetSummary(
  entries: readonly SheetEntry[],
  profile: Profile,
  publicServices: boolean,
): { meets: number; total: number } {
  const applicable = applicableCompetencies(profile, publicServices);
  return { meets: entries.filter((e) => applicable.includes(e.competency) && e.meets === true).length, total: applicable.length };
}
