/**
 * The case file of a person's evaluation in a quarter: everything the acts make of it, derived in
 * one place (`case.ts`) from the stored records, the profile and the calendar, and read by every
 * screen and document — none re-derives any of it.
 */
import type { IsoDate } from '../dates';
import type {
  Appeal,
  CalibrationCase,
  CommissionCase,
  CommissionSitting,
  Employee,
  EvaluationRecord,
  Familiarisation,
  KciPlan,
  Period,
  PointsSheet,
} from '../model';
import type { Profile } from '../profiles/types';
import type { CalibrationState } from '../rules/calibration-case';
import type { Eligibility } from '../rules/eligibility';
import type { KciSheetResult } from '../rules/kci-sheet';
import type { FinalResult } from '../rules/final-result';
import type { GradeId } from '../rules/grades';
import type { CommissionDecision } from '../rules/procedures';
import type { DeadlineState } from '../rules/schedule';
import type { Trace } from '../rules/trace';
import type { Method } from './method';

/**
 * Where a case stands, in the order the procedure runs: not evaluated at all; to be scored;
 * scored by the evaluator (with the superior manager for a KCI sheet); completed (the unit's
 * period submitted, the KCI sheet agreed); acquainted; in calibration; before the Commission;
 * decided by it.
 */
export type Stage =
  | 'notEvaluated'
  | 'toScore'
  | 'scored'
  | 'withSuperior'
  | 'completed'
  | 'acquainted'
  | 'inCalibration'
  | 'beforeCommission'
  | 'decided'
  | 'approved'
  | 'underAppeal';

export const STAGES: readonly Stage[] = [
  'notEvaluated',
  'toScore',
  'scored',
  'withSuperior',
  'completed',
  'acquainted',
  'inCalibration',
  'beforeCommission',
  'decided',
  'approved',
  'underAppeal',
];

/** What stops the case from moving on, as codes the screens word. */
export type CaseBlock =
  /** No method of the profile evaluates the person (a profile without components). */
  | 'noMethod'
  /** Not evaluated in the period (tenure, probation, not in the position), with the rule. */
  | 'notEvaluated'
  /** A head appointed with too little of the period left has no KCIs (004 §23). */
  | 'kciNotSet'
  /** Ranking parameters without a score. */
  | 'scoresMissing'
  /** A ranking parameter's score outside 0–5 (004 §33): not computed until corrected. */
  | 'scoresOutOfRange'
  /** A head without an individual work plan (or without KCIs in it). */
  | 'kciPlanMissing'
  /** KCIs without a score on the sheet. */
  | 'kciScoresMissing'
  /** A KCI score outside its permissible range the evaluator has not confirmed. */
  | 'kciUnconfirmed'
  /** The KCI sheet is with the superior manager (001 §§45–47). */
  | 'withSuperior'
  /** The KCI sheet came back for correction (001 §48). */
  | 'returned'
  /** The unit's period is not submitted yet. */
  | 'notSubmitted'
  /** The person has not been acquainted with the result (004 §12). */
  | 'notAcquainted'
  /** A calibration session is open (004 §§38–43). */
  | 'calibrationOpen'
  /** No signed Commission decision on the result yet (001 §§51–61). */
  | 'commissionPending'
  /** The Commission voted without a majority of the members present (001 §55). */
  | 'noDecision'
  /** The signed protocol awaits the authorised person's approval (001 §61). */
  | 'notApproved'
  /** The result was revised since the person was acquainted with it: acquainted again. */
  | 'notAcquaintedAgain'
  /** An appeal awaits the authorised body's outcome (001 §64, 002 §38). */
  | 'appealPending'
  /** The submission recorded the person as not evaluated, with a reason. */
  | 'recordedNotEvaluated'
  /** The unit's period was submitted while the person had no complete result. */
  | 'submittedWithoutResult'
  /** The points model's year: no quarter of the year has a result yet (002 §32). */
  | 'quartersMissing'
  /** The points model's year: the work plan's targets are not all scored (002 §30). */
  | 'planNotScored';

/** A step of the procedure with its deadline (when the acts set one) and its state. */
export interface CaseStep {
  readonly kind:
    | 'evaluation'
    | 'completion'
    | 'familiarisation'
    | 'calibrationApply'
    | 'calibrationDecision'
    | 'calibrationSession'
    | 'calibrationProtocol'
    | 'sheetToCommission'
    | 'commission'
    | 'approval'
    | 'familiarisationAgain'
    | 'appeal'
    | 'appealInformed'
    | 'training'
    | 'yearComputed'
    | 'planOf';
  /** The deadline; null where the step has none of its own. */
  readonly deadline: IsoDate | null;
  readonly doneOn: IsoDate | null;
  /** Against the deadline and today; 'done' once done. */
  readonly state: DeadlineState | null;
  /** Done after its deadline. */
  readonly late: boolean;
  /** The paragraph that sets the step. */
  readonly source: string;
  /** Nothing in the app marks it done (the protocol's posting): a reminder until its date. */
  readonly reminder: boolean;
  /** The day the deadline runs from, where the screens show it (a familiarisation's completion or approval). */
  readonly from?: IsoDate;
}

/** The evaluator's result as the method computes it from the sheet. */
export interface Computed {
  /** Hundredths for ranking and KCI; whole points for the points model. */
  readonly value: number;
  readonly grade: GradeId;
  readonly explain: () => Trace;
}

/** What the result is computed from. */
export type CaseInput =
  | { readonly method: 'ranking'; readonly record: EvaluationRecord | undefined }
  | {
      readonly method: 'kci';
      readonly record: EvaluationRecord | undefined;
      readonly plan: KciPlan | undefined;
      /** Each KCI's achievement, permissible range and score (004 §28), when the plan has KCIs. */
      readonly sheet: KciSheetResult | undefined;
    }
  | { readonly method: 'points'; readonly sheet: PointsSheet | undefined };

export interface EvaluationCase {
  readonly employee: Employee;
  readonly period: Period;
  readonly isUnitHead: boolean;
  /** Undefined when no method of the profile evaluates the person. */
  readonly method: Method | undefined;
  readonly eligibility: Eligibility;
  /** The profile the result is computed with (a submitted period keeps the version it was scored with). */
  readonly profile: Profile;
  readonly input: CaseInput | undefined;
  /** Scores by parameter or KCI as entered (hundredths); empty for the points model. */
  readonly scores: Readonly<Record<string, number>>;
  readonly computed: Computed | undefined;
  /** The result rests on an assumption of the profile (METHODOLOGY §5). */
  readonly assumed: boolean;
  /** After signed calibration and Commission protocols; undefined while there is no result. */
  readonly final: FinalResult | undefined;
  /** Before the Commission: the evaluator's result as a signed calibration session left it. */
  readonly beforeCommission: FinalResult | undefined;
  readonly stage: Stage;
  /** The day the result was completed (the unit's period submitted, the KCI sheet agreed). */
  readonly completedOn: IsoDate | undefined;
  /** The day the authorised person approved the protocol that decided it (001 §61). */
  readonly approvedOn: IsoDate | undefined;
  /** The latest acquaintance with the result. */
  readonly familiarisation: Familiarisation | undefined;
  /** Every acquaintance: the first, and again after each revision. */
  readonly familiarisationRounds: readonly Familiarisation[];
  readonly calibration: { readonly record: CalibrationCase; readonly state: CalibrationState | undefined } | undefined;
  readonly commission:
    | {
        readonly sitting: CommissionSitting;
        readonly record: CommissionCase;
        readonly decision: CommissionDecision | undefined;
      }
    | undefined;
  readonly appeal: Appeal | undefined;
  /** The day the decision became final: its approval (001 §61), or the signed protocol where the act has none (002 §35). */
  readonly finalOn: IsoDate | undefined;
  /** The last day to appeal the final decision (001 §64, 002 §38); undefined while there is none. */
  readonly appealBy: IsoDate | undefined;
  /** Why the submission recorded the person as not evaluated. */
  readonly notEvaluatedReason: string | undefined;
  readonly steps: readonly CaseStep[];
  /** What stops the next step; empty once decided. */
  readonly blocks: readonly CaseBlock[];
}
