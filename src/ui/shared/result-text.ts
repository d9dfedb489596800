/**
 * A completed result in words: the score the engine computes for it (ranking, KCI sheet or points)
 * and its grade, and the final result once signed protocols changed or approved it — one place for
 * the grids, the Commission's page and its protocol, and the appeal dossier.
 */
import {
  calibrationId,
  evaluationId,
  kciPlanId,
  pointsSheetId,
  finalResult,
  kciSheet,
  pointsOfQuarter,
  rankingScore,
  type CalibrationCase,
  type CommissionSitting,
  type Completion,
  type FinalResult,
  type GradeId,
  type Profile,
} from '../../domain';
import type { I18n } from '../../i18n/translator';
import type { PeriodRecords } from './period-records';
import { resultText } from '../../i18n';

export interface ResultValue {
  /** Hundredths for ranking and KCI; whole points for the points model. */
  readonly value: number | undefined;
  readonly grade: GradeId | undefined;
  readonly points: boolean;
}

/**
 * The final result of a completed one: `upTo: 'calibration'` is what the Commission has before it
 * (the evaluator's score as a signed calibration session left it), `'commission'` includes its
 * signed protocol.
 */
export function finalOf(
  c: Pick<Completion, 'periodId' | 'component' | 'employeeId'>,
  computed: number | undefined,
  data: { readonly calibrations: readonly CalibrationCase[]; readonly sittings: readonly CommissionSitting[] },
  profile: Profile,
  upTo: 'calibration' | 'commission' = 'commission',
): FinalResult | undefined {
  if (computed === undefined) return undefined;
  const calibration = data.calibrations.find((x) => x.id === calibrationId(c.periodId, c.component, c.employeeId));
  const sitting = upTo === 'commission' ? data.sittings.find((s) => s.periodId === c.periodId) : undefined;
  return finalResult({ component: c.component, employeeId: c.employeeId, computed, calibration, sitting }, profile);
}

/** "adopted by the calibration session; approved by the Commission (final)". */
export function finalStageText(f: FinalResult, i18n: I18n): string {
  const stage = f.stage === 'evaluator' ? '' : i18n.t(`final.stages.${f.stage}`);
  return [stage, f.final ? i18n.t('final.approved') : i18n.t('final.notYetFinal')].filter((x) => x !== '').join('; ');
}

/** "4,00 — adopted by the calibration session; …" — or '' while the evaluator's score stands unapproved. */
export function finalText(f: FinalResult | undefined, i18n: I18n, points: boolean): string {
  return f && (f.stage !== 'evaluator' || f.final) ? `${valueText(f.value, points)} — ${finalStageText(f, i18n)}` : '';
}

/** The result the Commission has before it: computed from the sheets, as a signed calibration session left it. */
export function resultValue(c: Completion, data: PeriodRecords, profile: Profile): ResultValue {
  const computed = computedValue(c, data, profile);
  const f = finalOf(c, computed.value, data, profile, 'calibration');
  return f ? { value: f.value, grade: f.grade, points: computed.points } : computed;
}

/** The evaluator's result as the sheets compute it. */
export function computedValue(
  c: Pick<Completion, 'periodId' | 'component' | 'employeeId'>,
  data: Pick<PeriodRecords, 'records' | 'plans' | 'sheets'>,
  profile: Profile,
): ResultValue {
  const record = data.records.find((r) => r.id === evaluationId(c.periodId, c.component, c.employeeId));
  if (c.component === 'points') {
    const q = pointsOfQuarter(
      data.sheets.find((s) => s.id === pointsSheetId(c.periodId, c.employeeId)),
      profile,
    );
    return { value: q?.points, grade: q?.grade, points: true };
  }
  if (c.component === 'kci') {
    const plan = data.plans.find((p) => p.id === kciPlanId(c.periodId, c.employeeId));
    const sheet = plan ? kciSheet(plan.items, record?.scores ?? {}, profile).sheet : undefined;
    return { value: sheet?.score, grade: sheet?.grade, points: false };
  }
  const o = rankingScore(record?.scores ?? {}, profile);
  return o.kind === 'scored'
    ? { value: o.result.score, grade: o.result.grade, points: false }
    : { value: undefined, grade: undefined, points: false };
}

/** "3,50" for a 0–5 score, "104" for points (as the forms and protocols write them). */
export const valueText = (v: number | null | undefined, points: boolean): string => resultText('ru', v, points);
