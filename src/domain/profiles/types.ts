/**
 * A methodology profile: the agency's rules as versioned data (METHODOLOGY intro). Every parameter
 * is `Cited`: it names its source paragraph, or says it is an assumption of METHODOLOGY §5.
 */
import type { AbsenceKind, FamiliarisationHow } from '../model';
import type { RoundingMode } from '../rules/score';
import type { GradeId, Scale } from '../rules/grades';
import type { AssumptionId } from './assumptions';
import type { PointsActivity } from './points-activities';
import type { CompetencyIndicators, IndicatorGroups } from './indicators';

export type Cited<T> =
  | { readonly value: T; readonly source: string; readonly assumption?: undefined }
  | { readonly value: T; readonly assumption: AssumptionId; readonly source?: string };

export interface Texts {
  readonly kk: string;
  readonly ru: string;
}

export interface Named {
  readonly id: string;
  readonly names: Texts;
}

export interface PermissibleRow {
  /** Lower bound of achievement in hundredths of a percent (10000 = 100 %), inclusive. */
  readonly fromPercent: number;
  /** Permissible score range in hundredths. */
  readonly min: number;
  readonly max: number;
}

export type LeaveHandling = 'shiftKci' | 'withoutParticipation';

export interface Profile {
  readonly id: string;
  readonly version: number;
  readonly names: { readonly kk: string; readonly ru: string; readonly en: string };
  readonly builtIn: boolean;
  /** The profile this one was cloned from, if any. */
  readonly basedOn: string | null;
  readonly components: Cited<{
    readonly kci: boolean;
    readonly ranking: boolean;
    readonly survey360: boolean;
    readonly competencySheet: boolean;
    readonly points: boolean;
  }>;
  readonly deadlines: {
    /** Quarterly evaluations are due by this day of the month after the quarter. */
    readonly quarterlyDay: Cited<number>;
    /** The fourth quarter is due by this day of December instead (002 §3: by 10 December); 0 = like the others. */
    readonly fourthQuarterDecemberDay: Cited<number>;
    /** The annual result (or 360) is due by this date: month and day, in the year after when `nextYear`. */
    readonly annual: Cited<{ readonly month: number; readonly day: number; readonly nextYear: boolean }>;
    readonly notifyDay: Cited<number>;
    /** HR notifies unit heads of the KCI evaluation by this day of the month after the quarter. */
    readonly kciNotifyDay: Cited<number>;
    readonly kciSetWorkingDays: Cited<number>;
    readonly kciPlacementWorkingDays: Cited<number>;
    readonly shiftedKciWorkingDays: Cited<number>;
    readonly familiarisationWorkingDays: Cited<number>;
  };
  readonly minTenureMonths: Cited<number>;
  readonly leaveHandling: Cited<LeaveHandling>;
  /** The categories that head a unit when they head one (004 §3.4; 001 §2.4; 000 Appendix 4). */
  readonly unitHeadCategories: Cited<readonly string[]>;
  /**
   * The absences during the evaluation that shift it or make it go without the person: all six in
   * 004 §6 and 001 §5; only social leave and temporary incapacity in 002 §3.
   */
  readonly absences: Cited<readonly AbsenceKind[]>;
  readonly probationExcluded: Cited<boolean>;
  readonly scale: Cited<Scale>;
  /**
   * Each grade in the act's own words, for documents (004 §8 «Выполняет функциональные обязанности
   * эффективно», 001 §7 «Функционалдық міндеттерін тиімді атқарады», 002 §§27, 33 «қанағаттанғысыз»).
   */
  readonly gradePhrases: Cited<Readonly<Partial<Record<GradeId, Texts>>>>;
  readonly rounding: Cited<RoundingMode>;
  readonly ranking: {
    readonly parameters: Cited<readonly (Named & { readonly weight: number })[]>;
    readonly combine: Cited<'mean' | 'weightedMean'>;
    readonly extraEvaluatorsAbove: Cited<number>;
  };
  readonly kci: {
    readonly minCount: Cited<number>;
    readonly maxCount: Cited<number>;
    readonly noKciMonthsLeft: Cited<number>;
    readonly permissible: Cited<readonly PermissibleRow[]>;
    readonly combine: Cited<'mean'>;
    /** 001 §44: the annual plan graded by how many KCIs were achieved, instead of the mean. */
    readonly countRule: Cited<boolean>;
    /** A KCI's deadline lies within the evaluated period («ограниченными во времени»: 004 §25.4, 001 §24.4). */
    readonly deadlineInPeriod: Cited<boolean>;
    /** A set plan changes only when the body's functions or structure change, with the reason (004 §26, 001 §25). */
    readonly changeNeedsReason: Cited<boolean>;
    /**
     * The direct manager submits the filled KCI sheet to the superior manager, who agrees it or returns
     * it for correction, to be resubmitted within two working days (001 §§45–49).
     */
    readonly review: Cited<boolean>;
  };
  readonly survey360: {
    readonly headCompetencies: Cited<readonly Named[]>;
    readonly staffCompetencies: Cited<readonly Named[]>;
    readonly minRespondents: Cited<number>;
    readonly maxRespondents: Cited<number>;
    readonly anonymityThreshold: Cited<number>;
    readonly answerScale: Cited<{ readonly min: number; readonly max: number }>;
    readonly leastExpressed: Cited<number>;
    /** A shown mean below this (hundredths on the answer scale) also makes a competency least expressed; 0 = no threshold. */
    readonly leastExpressedBelow: Cited<number>;
  };
  /** The competency sheet (METHODOLOGY §2.7): competencies with their behavioural indicators per group. */
  readonly competencySheet: Cited<
    readonly (Named & { readonly publicServiceOnly: boolean; readonly indicators?: CompetencyIndicators })[]
  >;
  /** Which categories use which group's indicators (000 Appendix 4). */
  readonly indicatorGroups: Cited<IndicatorGroups>;
  readonly points: {
    readonly base: Cited<number>;
    readonly incentiveRange: Cited<{ readonly min: number; readonly max: number }>;
    /** The scale of incentivised activities with their points (002 Appendix 2). */
    readonly activities: Cited<readonly PointsActivity[]>;
    readonly violationPenalty: Cited<number>;
    readonly quarterlyScale: Cited<Scale>;
    readonly conversion: Cited<Readonly<Partial<Record<GradeId, number>>>>;
    readonly planTargetsMax: Cited<number>;
    readonly planScores: Cited<{
      readonly notAchieved: number;
      readonly partly: number;
      readonly achieved: number;
      readonly exceeded: number;
    }>;
    readonly annualWeights: Cited<{ readonly quarterly: number; readonly plan: number }>;
    readonly annualScale: Cited<Scale>;
  };
  readonly calibration: {
    readonly applyWorkingDays: Cited<number>;
    readonly decideWorkingDays: Cited<number>;
    readonly holdWorkingDays: Cited<number>;
    readonly protocolWorkingDays: Cited<number>;
    /** The act's paragraphs on calibration sessions the protocol names as its basis (004 §§38–43, 001 §§37–42). */
    readonly paragraphs: Cited<string>;
  };
  readonly commission: {
    readonly quorum: Cited<{ readonly numerator: number; readonly denominator: number }>;
    readonly chairBreaksTies: Cited<boolean>;
  };
  /** What follows the Commission: approval, familiarisation, appeals, and the acts' procedural deadlines. */
  readonly procedure: Procedure;
  readonly retentionYears: Cited<number>;
  /** Who may know the results: the person, the evaluator, HR's head, calibration participants (004 §§16, 21; 001 §§15, 20). */
  readonly confidentiality: Cited<boolean>;
  readonly consequences: {
    readonly bonusGrades: Cited<readonly GradeId[]>;
    readonly trainingGrades: Cited<readonly GradeId[]>;
    readonly notMentorGrades: Cited<readonly GradeId[]>;
    /** 002 §45: unsatisfactory years in a row before demotion; 0 = no such rule. */
    readonly demotionAfterUnsatisfactoryYears: Cited<number>;
  };
}

/** From the evaluation's completion (004 §12), or once the Commission's decision is final (001 §§61–62, 002 §§35–36). */
export type FamiliariseAfter = 'completion' | 'final';

export interface Procedure {
  /**
   * When the person is acquainted with the result: two working days after the evaluation is
   * completed (004 §12), or after the authorised person approved the Commission's protocol (001
   * §§61–62, 002 §§35–36).
   */
  readonly familiariseAfter: Cited<FamiliariseAfter>;
  /**
   * The authorised person approves the Commission's signed protocol before its results are final
   * (001 §61, the «УТВЕРЖДАЮ» of 004 Appendix 5); false where the act's protocol has no approval
   * and the Commission's signed decision is final (002 §35, 002 Appendix 5).
   */
  readonly approval: Cited<boolean>;
  /** The authorised person's title in the protocol's approval block (Appendix 5). */
  readonly approverTitle: Cited<Texts>;
  /** The means of acquaintance the act allows (004 §12, 001 §63, 002 §36, 003 §41). */
  readonly familiarisationMeans: Cited<readonly FamiliarisationHow[]>;
  /** How many other employees sign a refusal act besides who drew it up (003 §41: two); 0 = none. */
  readonly refusalWitnesses: Cited<number>;
  /** An appeal to the authorised body is due within these working days of the decision (001 §64, 002 §38). */
  readonly appealWorkingDays: Cited<number>;
  /** A calibration session's decision is appealed under the Administrative Procedural Code (004 §14). */
  readonly calibrationAppeal: Cited<boolean>;
  /** The state body informs the authorised body of its decision within these calendar days (002 §39); 0 = none. */
  readonly appealInformDays: Cited<number>;
  /** Actual KCI values reach the evaluator at least these working days before the deadline (004 §23, 001 §22). */
  readonly kciActualsWorkingDays: Cited<number>;
  /** The signed sheet goes to the Commission within these working days (001 §50, 003 §§24, 28); 0 = none. */
  readonly sheetToCommissionWorkingDays: Cited<number>;
  /** HR computes the annual result at least these working days before the sitting (002 §32); 0 = none. */
  readonly yearBeforeSittingWorkingDays: Cited<number>;
  /** Those who evaluate are told of the evaluation before it starts (001 §51: 3 working; 003 §29: 7 working; 002 §14: 10 calendar days). */
  readonly evaluationNotice: Cited<{ readonly days: number; readonly working: boolean }>;
  /**
   * The Commission reviews the annual result too, not only the quarters' (002 §35, the points
   * model); false where the year is the mean of the quarters' final results (004 §5, 001 §4).
   */
  readonly annualReview: Cited<boolean>;
  /** Training within these months of the Commission approving the annual results (002 §43); 0 = none. */
  readonly trainingMonths: Cited<number>;
  /** The individual work plan is drawn up by this day of January of the year (002 §10); 0 = none. */
  readonly planByJanuaryDay: Cited<number>;
  /** A servant appointed after that day draws up the plan within these working days of appointment (002 §11); 0 = none. */
  readonly planAfterAppointmentWorkingDays: Cited<number>;
}

/** The component a parameter belongs to, by the first part of its path; undefined for the general ones. */
const COMPONENT_OF: Readonly<Record<string, keyof Profile['components']['value']>> = {
  kci: 'kci',
  ranking: 'ranking',
  survey360: 'survey360',
  competencySheet: 'competencySheet',
  indicatorGroups: 'competencySheet',
  points: 'points',
};

/**
 * Whether a parameter applies under the profile's components: a KCI, ranking, 360, competency-sheet
 * or points parameter of a component the profile does not use is not the agency's rule (the Justice
 * 2017 profile keeps the 2023 KCI parameters it was cloned from, citing 004, but has no KCI).
 * @example parameterInUse(JUSTICE_2017, 'kci.minCount') === false
 */
export function parameterInUse(profile: Profile, path: string): boolean {
  const c = profile.components.value;
  const [head = '', leaf = ''] = path.split('.');
  // Calibration sessions revise KCI and ranking results (004 §§13, 38–43; 001 §§12, 37–42).
  if (head === 'calibration') return c.kci || c.ranking;
  if (head === 'deadlines' && leaf.startsWith('kci')) return c.kci;
  // 004 §31: staff are told of their ranking evaluation.
  if (head === 'deadlines' && leaf === 'notifyDay') return c.ranking;
  const component = COMPONENT_OF[head];
  return component === undefined || c[component];
}

/** Every cited parameter of a profile with its path, for the "every parameter is cited" check and the editor. */
export function citedEntries(profile: Profile): { path: string; cited: Cited<unknown> }[] {
  const out: { path: string; cited: Cited<unknown> }[] = [];
  const walk = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const record = node as Record<string, unknown>;
    if ('value' in record && ('source' in record || 'assumption' in record)) {
      out.push({ path, cited: record as Cited<unknown> });
      return;
    }
    for (const [k, v] of Object.entries(record)) walk(v, path === '' ? k : `${path}.${k}`);
  };
  const { id: _id, version: _version, names: _names, builtIn: _builtIn, basedOn: _basedOn, ...parameters } = profile;
  walk(parameters, '');
  return out;
}
