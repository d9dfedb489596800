/**
 * The points model's entries (seed 002) checked and computed: incentives from the profile's scale
 * within +1 … +5 (§18), violations of executive or labour discipline (§§19–22), both dated within
 * the quarter; the quarterly score (§26) and band (§27); the work plan's targets (at most 4, §12)
 * and the annual result (§§30–33).
 */
import { compareIso, formatDate } from '../dates';
import type { Period, PlanTarget, PointsSheet } from '../model';
import { problem, type Problem } from '../problems';
import type { Profile } from '../profiles/types';
import { annualPoints, quarterPoints } from './points';

const outside = (date: string, period: Period) =>
  date === '' || compareIso(date, period.start) < 0 || compareIso(date, period.end) > 0;

/**
 * Every problem of a sheet, located by list and row (`incentives.0.points`).
 * @example pointsSheetProblems({ …, incentives: [{ points: 7, … }] }, Q1, JUSTICE_2017)[0].code === 'scoreOutOfRange'
 */
export function pointsSheetProblems(
  sheet: Pick<PointsSheet, 'incentives' | 'violations' | 'targets'>,
  period: Period,
  profile: Profile,
): Problem[] {
  const out: Problem[] = [];
  const { min, max } = profile.points.incentiveRange.value;
  const activities = new Set(profile.points.activities.value.map((a) => a.id));
  const range = { from: formatDate(period.start), to: formatDate(period.end) };
  sheet.incentives.forEach((e, i) => {
    if (!activities.has(e.activityId))
      out.push(problem('activityUnknown', `incentives.${i}.activityId`, { value: e.activityId }));
    if (!Number.isInteger(e.points) || e.points < min || e.points > max)
      out.push(problem('scoreOutOfRange', `incentives.${i}.points`, { value: e.points, min, max }));
    if (outside(e.date, period))
      out.push(problem('dateOutsidePeriod', `incentives.${i}.date`, { value: formatDate(e.date), ...range }));
  });
  sheet.violations.forEach((e, i) => {
    if (outside(e.date, period))
      out.push(problem('dateOutsidePeriod', `violations.${i}.date`, { value: formatDate(e.date), ...range }));
  });
  if (sheet.targets.length > profile.points.planTargetsMax.value)
    out.push(problem('tooManyTargets', 'targets', { count: sheet.targets.length, max: profile.points.planTargetsMax.value }));
  sheet.targets.forEach((target, i) => {
    if (target.name.trim() === '') out.push(problem('required', `targets.${i}.name`));
  });
  // 002 Appendix 1: «олардың жартысы өлшемді болуға тиіс» — a warning while the plan is drawn up.
  const measurable = sheet.targets.filter((t) => t.measurable === true).length;
  if (sheet.targets.length > 0 && measurable * 2 < sheet.targets.length)
    out.push(problem('targetsHalfMeasurable', 'targets', { count: measurable, of: sheet.targets.length }, 'warning'));
  return out;
}

/**
 * The paragraphs of the points model's act (002) that set a sheet's agreement and signature: the
 * quarter's sheet §§24–25, the year's §§29, 31. The model is 002's own, so no profile varies them.
 */
export const SHEET_STEP_SOURCES = {
  quarter: { agree: '002 §24', sign: '002 §25' },
  year: { agree: '002 §29', sign: '002 §31' },
} as const;

export type SheetAgreementRefusal = 'inFuture' | 'beforePeriod' | 'afterSignature' | 'signed';

/**
 * 002 §24 (a quarter's sheet) and §29 (the year's): the direct manager checks the sheet against the
 * personnel service's data on violations of discipline, corrects it where needed and agrees it; the
 * servant signs only after that (§§25, 31). Refused: a day after today or before the period began, a
 * day after the servant's signature, and withdrawing the agreement (`on` null) of a signed sheet.
 * @example agreementProblem('2026-04-08', Q1, '2026-04-10', { on: '2026-04-07', refused: false, act: '' }) === 'afterSignature'
 */
export function agreementProblem(
  on: string | null,
  period: Period,
  today: string,
  signature: { readonly on: string } | null | undefined,
): SheetAgreementRefusal | undefined {
  if (on === null) return signature ? 'signed' : undefined;
  if (on > today) return 'inFuture';
  if (on < period.start) return 'beforePeriod';
  if (signature && on > signature.on) return 'afterSignature';
  return undefined;
}

export type SheetSignatureRefusal = 'inFuture' | 'beforePeriod' | 'actRequired' | 'notAgreed' | 'beforeAgreement';

/**
 * 002 §25: the servant signs the quarter's sheet after the manager agreed it (§24); a refusal does
 * not stop the documents going to the Commission, and HR's employee with the direct manager draw up
 * an act of it. Refused: a day after today or before the quarter began, a sheet the manager has not
 * agreed, a day before the agreement, a refusal without its act. The same for the year's sheet (§31).
 * @example signatureProblem({ on: '2026-10-05', refused: true, act: '' }, Q3, '2026-10-06', '2026-10-05') === 'actRequired'
 */
export function signatureProblem(
  signature: { readonly on: string; readonly refused: boolean; readonly act: string },
  period: Period,
  today: string,
  agreedOn: string | null | undefined,
): SheetSignatureRefusal | undefined {
  if (signature.on > today) return 'inFuture';
  if (signature.on < period.start) return 'beforePeriod';
  if (agreedOn === null || agreedOn === undefined) return 'notAgreed';
  if (signature.on < agreedOn) return 'beforeAgreement';
  if (signature.refused && signature.act.trim() === '') return 'actRequired';
  return undefined;
}

/** The quarter's points from the sheet's entries (002 §26): 100 + Σ incentives − 2 × violations. */
export function pointsOfQuarter(sheet: Pick<PointsSheet, 'incentives' | 'violations'> | undefined, profile: Profile) {
  const result = quarterPoints(
    (sheet?.incentives ?? []).map((e) => e.points),
    sheet?.violations.length ?? 0,
    profile,
    (sheet?.incentives.length ?? 0) + (sheet?.violations.length ?? 0) === 0,
  );
  return typeof result === 'string' ? undefined : result;
}

/** The year (002 §§28–33) once every target has its result; undefined until then or without evaluated quarters. */
export function pointsOfYear(quarters: readonly number[], targets: readonly PlanTarget[], profile: Profile) {
  if (targets.length === 0 || targets.some((t) => t.result === null)) return undefined;
  const result = annualPoints(
    quarters,
    targets.map((t) => t.result ?? 'notAchieved'),
    profile,
  );
  return result === undefined || typeof result === 'string' ? undefined : result;
}
