/**
 * The final result of a person's quarter: the evaluator's computed score, replaced by the score a
 * calibration session adopted by majority once its protocol is signed (004 §42), then by the result
 * the Commission corrected in a signed protocol (001 §§51–60; 002 §§34–35 in the points model), then
 * by the result an appeal changed (001 §64, 002 §38). A result is final once the authorised person
 * approved the signed protocol that decided it (001 §61); before that it is the current result.
 */
import type { Appeal, CalibrationCase, CommissionSitting } from '../model';
import type { Profile } from '../profiles/types';
import { sittingCaseKey } from '../ids';
import { sittingState } from './commission-sitting';
import { gradeOf, type GradeId, type Scale } from './grades';
import { calibrationResult } from './procedures';
import { hundredthsText } from './score';
import type { Trace } from './trace';

export type FinalStage = 'evaluator' | 'calibration' | 'commission' | 'appeal';

export interface FinalResult {
  /** Hundredths for ranking and KCI; whole points for the points model's quarter, tenths for its year. */
  readonly value: number;
  /** The decimals of the value's scale: 2 (hundredths), 0 (points), 1 (the points model's year). */
  readonly decimals: number;
  readonly grade: GradeId;
  /** Who set the value: the evaluator's sheet, the calibration session or the Commission. */
  readonly stage: FinalStage;
  /** Decided by a signed Commission protocol the authorised person approved (or changed on appeal). */
  readonly final: boolean;
  /** Decided by a signed protocol, not yet approved by the authorised person. */
  readonly decided: boolean;
  readonly explain: () => Trace;
}

export interface FinalInput {
  readonly component: 'ranking' | 'kci' | 'points';
  readonly employeeId: string;
  /** The evaluator's computed result (hundredths, or points). */
  readonly computed: number;
  /** The points model's annual result the Commission reviews (002 §35): tenths on the annual scale. */
  readonly annual?: boolean;
  /** The person's calibration case for this period and component, if any. */
  readonly calibration?: CalibrationCase | undefined;
  /** The Commission sitting that has the person's case, if any. */
  readonly sitting?: CommissionSitting | undefined;
  /** The person's appeal, if any. */
  readonly appeal?: Appeal | undefined;
}

/** Ranking and KCI on the 0–5 scale; the points model on its quarterly points scale, its year on the annual one (002 §33). */
export const scaleFor = (component: FinalInput['component'], profile: Profile, annual = false): Scale =>
  component === 'points'
    ? annual
      ? profile.points.annualScale.value
      : profile.points.quarterlyScale.value
    : profile.scale.value;

/** The decimals a result of the component in the period is kept and typed in: 2, 0 (points), 1 (a points year). */
export const resultDecimals = (component: FinalInput['component'], period: { readonly kind: string }, profile: Profile): number =>
  scaleFor(component, profile, period.kind === 'year').decimals;

/** A stored result as a plain decimal string with its scale's decimals (`375`, 2 → `"3.75"`; `43`, 1 → `"4.3"`). */
export function decimalsText(value: number, decimals: number): string {
  if (decimals === 2) return hundredthsText(value);
  if (decimals <= 0) return String(value);
  const unit = 10 ** decimals;
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(decimals, '0')}`;
}

/** The Commission's paragraphs in the profile's own act: 002 for the Justice 2017 model, else 001. */
export const commissionSource = (profile: Profile) =>
  profile.commission.quorum.source?.startsWith('002') ? '002 §§9, 35' : '001 §§55, 59–61';

/** The appeal's paragraph in the profile's own act. */
const appealSource = (profile: Profile) => profile.procedure.appealWorkingDays.source ?? '001 §64';

/**
 * @example finalResult({ component: 'ranking', employeeId: 'e1', computed: 350, calibration: signedCaseVoting400 }, TYPICAL_2023)
 *   → 4.00 "effective", stage "calibration", not final until a signed Commission protocol approves it
 */
export function finalResult(input: FinalInput, profile: Profile): FinalResult {
  const scale = scaleFor(input.component, profile, input.annual === true);
  let value = input.computed;
  let stage: FinalStage = 'evaluator';
  let calibrated: number | null = null;
  const c = input.calibration;
  if (c && c.signedOn !== null && c.component === input.component) {
    const votes = c.participants.flatMap((p) => (p.vote === null ? [] : [{ participant: p.id, score: p.vote }]));
    const outcome = calibrationResult(input.computed, votes);
    if (outcome.kind === 'adopted') {
      calibrated = outcome.score;
      value = outcome.score;
      stage = 'calibration';
    }
  }
  let corrected: number | null = null;
  let decided = false;
  const s = input.sitting;
  const key = s ? sittingCaseKey(input) : '';
  const commissionCase = s?.cases.find((x) => sittingCaseKey(x) === key);
  if (s && s.signedOn !== null && commissionCase) {
    const decision = sittingState(s, profile).decisions.get(key);
    if (decision?.kind === 'decided') {
      decided = true;
      if (decision.decision === 'revise' && commissionCase.corrected !== null) {
        corrected = commissionCase.corrected;
        value = commissionCase.corrected;
        stage = 'commission';
      }
    }
  }
  // 001 §61: final once the authorised person approved the protocol, where the act asks for it (not 002 §35).
  let final = decided && (s?.approval != null || !profile.procedure.approval.value);
  let appealed: number | null = null;
  const a = input.appeal;
  if (a && a.component === input.component && a.outcome === 'changed' && a.newResult !== null) {
    appealed = a.newResult;
    value = a.newResult;
    stage = 'appeal';
    final = true;
  }
  const grade = gradeOf(scale, value);
  return {
    value,
    decimals: scale.decimals,
    grade,
    stage,
    final,
    decided,
    explain: explainFinal(input.computed, calibrated, corrected, appealed, value, grade, scale.decimals, decided, profile),
  };
}

/**
 * The explanation of a final result, made when asked. Its own function: the closure keeps these
 * few values, not the whole input (ten thousand results are kept by a consolidated workbook).
 */
function explainFinal(
  computed: number,
  calibrated: number | null,
  corrected: number | null,
  appealed: number | null,
  value: number,
  grade: GradeId,
  decimals: number,
  decided: boolean,
  profile: Profile,
): () => Trace {
  return () => {
    const text = (v: number) => decimalsText(v, decimals);
    return {
      formula: 'finalResult',
      inputs: [
        { label: 'evaluator', value: text(computed) },
        { label: 'calibration', value: calibrated === null ? null : text(calibrated) },
        { label: 'commission', value: corrected === null ? null : text(corrected) },
        ...(appealed === null ? [] : [{ label: 'appeal', value: text(appealed) }]),
      ],
      result: text(value),
      grade,
      profile: { id: profile.id, version: profile.version },
      sources: [
        calibrated === null ? '' : (profile.calibration.protocolWorkingDays.source ?? '004 §42'),
        decided ? commissionSource(profile) : '',
        appealed === null ? '' : appealSource(profile),
      ].filter((x) => x !== ''),
      assumptions: [],
    };
  };
}
