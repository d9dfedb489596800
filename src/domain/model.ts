/**
 * The plain-data model of an agency's organisation (METHODOLOGY §1). Records are readonly plain
 * objects; ids are strings made by an injected factory (platform/ids) so tests can pin them.
 */
import type { IsoDate } from './dates';
import { quarterId, yearId } from './ids';
export * from './ids';

export type Lang = 'kk' | 'ru' | 'en';

export interface Agency {
  readonly id: string;
  readonly nameKk: string;
  readonly nameRu: string;
  /** Built-in or agency profile that governs evaluation (see profiles catalogue). */
  readonly profileId: string;
  /** Demo data is labelled as such everywhere and can be removed in one step. */
  readonly demo: boolean;
  readonly createdAt: string;
}

export interface Unit {
  readonly id: string;
  /** The name kept for the unit: its Russian name, else its Kazakh one; older units' only name (`unit-names.ts`). */
  readonly name: string;
  /** Its names in Kazakh and Russian where given (issue 19 §6); read them through `unitNameIn`. */
  readonly names?: { readonly kk?: string; readonly ru?: string };
  readonly parentId: string | null;
  /** Sibling order in the tree. */
  readonly order: number;
}

export interface Employee {
  readonly id: string;
  readonly surname: string;
  readonly name: string;
  /** Optional (METHODOLOGY §1); '' when the person has none. */
  readonly patronymic: string;
  /** 12 digits, optional ('' when not known); the best key for matching on import. */
  readonly iin: string;
  readonly position: string;
  readonly category: string;
  readonly unitId: string;
  readonly managerId: string | null;
  /** Date appointed to the current position (tenure rule, 004 §6). */
  readonly appointedOn: IsoDate;
  /** Whether public-service delivery is among the duties (competency sheet, METHODOLOGY §2.7). */
  readonly publicServices: boolean;
  /**
   * HR's word on whether the person heads their unit: true or false as recorded on the card; absent
   * or null, the manager structure decides (nobody in the unit is their manager). Either way only
   * the categories the profile lets head a unit can (004 §3.4, 000 Appendix 4).
   */
  readonly headsUnit?: boolean | null;
}

/** Status intervals that change whether and how someone is evaluated (004 §§6–7, 002 §3). */
export const STATUS_KINDS = [
  'labourLeave',
  'socialLeave',
  'sickLeave',
  'businessTrip',
  'internship',
  'training',
  'probation',
  'dismissed',
] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];
/** The absences an act may name for the time of the evaluation (004 §6, 001 §5, 002 §3). */
export const ABSENCE_KINDS = ['labourLeave', 'socialLeave', 'sickLeave', 'businessTrip', 'internship', 'training'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export interface StatusInterval {
  readonly id: string;
  readonly employeeId: string;
  readonly kind: StatusKind;
  readonly from: IsoDate;
  /** Inclusive last day; null while open-ended (always null for a dismissal). */
  readonly to: IsoDate | null;
  readonly note: string;
}

export type PeriodKind = 'quarter' | 'year';

export interface Period {
  /** `2026-Q1` … `2026-Q4`, `2026-Y`. */
  readonly id: string;
  readonly year: number;
  readonly kind: PeriodKind;
  readonly quarter: 1 | 2 | 3 | 4 | null;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** Scores entered for one person, period and component (ranking, KCI, points). */
export interface EvaluationRecord {
  /** `${periodId}:${component}:${employeeId}` */
  readonly id: string;
  readonly periodId: string;
  readonly employeeId: string;
  readonly component: 'ranking' | 'kci' | 'points';
  /** Parameter id → score in hundredths. */
  readonly scores: Readonly<Record<string, number>>;
  readonly comment: string;
  /** Who scored (004 §32: additional evaluators in units over 50 staff); null = the unit head. */
  readonly evaluatorId: string | null;
  /** The profile that was in force when the scores were entered (results record it). */
  readonly profileId: string;
  readonly profileVersion: number;
}

/** Who did what, when and why (every write is logged). `before`/`after` are plain data. */
export interface AuditEntry {
  readonly id?: number;
  readonly at: string;
  readonly operator: string;
  readonly action: AuditAction;
  readonly entity: string;
  readonly entityId: string;
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly reason: string;
  /** Groups the entries of one user action (an import, a restore) so it can be undone as a whole. */
  readonly batchId?: string;
}

/** A unit's period submitted (locked) for a component: when and by whom (004 §§31–32). */
export interface PeriodLock {
  readonly at: string;
  readonly operator: string;
  /**
   * The people the submission recorded as not evaluated, each with the reason (a person without a
   * complete result is either completed or listed here: nobody drops silently).
   */
  readonly notEvaluated: readonly { readonly employeeId: string; readonly reason: string }[];
}

/** The days units' periods were submitted, by `lockId(period, unit, component)`. */
export function submittedDays(locks: ReadonlyMap<string, PeriodLock>): Map<string, IsoDate> {
  const out = new Map<string, IsoDate>();
  for (const [key, lock] of locks) out.set(key, lock.at.slice(0, 10));
  return out;
}

export type AuditAction = 'create' | 'update' | 'delete' | 'import' | 'undoImport' | 'restore' | 'demo';

export const fullName = (e: Pick<Employee, 'surname' | 'name' | 'patronymic'>): string => {
  // The parts that are not blank, joined by a space — written out: it runs per person in sorts and imports.
  let out = e.surname.trim() === '' ? '' : e.surname;
  if (e.name.trim() !== '') out = out === '' ? e.name : `${out} ${e.name}`;
  if (e.patronymic.trim() !== '') out = out === '' ? e.patronymic : `${out} ${e.patronymic}`;
  return out;
};

const NAME_COLLATOR = new Intl.Collator('ru');
/** People in the order of their full names (the Russian collation places the Kazakh letters too), ties by id. */
export const compareByName = (a: Employee, b: Employee): number =>
  NAME_COLLATOR.compare(fullName(a), fullName(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The ids of a calendar year's periods, as `periodsOfYear` gives them (the records a page of the year reads). */
export const periodIdsOfYear = (year: number): string[] => periodsOfYear(year).map((p) => p.id);

/** Periods of a calendar year: four quarters and the year itself (004 §5). */
export function periodsOfYear(year: number): Period[] {
  const quarters = ([1, 2, 3, 4] as const).map((q) => {
    const startMonth = (q - 1) * 3 + 1;
    const endMonth = startMonth + 2;
    const endDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      id: quarterId(year, q),
      year,
      kind: 'quarter' as const,
      quarter: q,
      start: `${year}-${pad(startMonth)}-01`,
      end: `${year}-${pad(endMonth)}-${pad(endDay)}`,
    };
  });
  return [...quarters, { id: yearId(year), year, kind: 'year', quarter: null, start: `${year}-01-01`, end: `${year}-12-31` }];
}

/** One key target indicator of a unit head's individual work plan (004 §§23–25, Appendix 1). */
export interface KciItem {
  readonly id: string;
  readonly name: string;
  /** The document of state planning the KCI derives from (004 §25.5). */
  readonly source: string;
  /** Unit of measure (%, items, days…). */
  readonly measure: string;
  /** Planned value in hundredths (95.5 → 9550). */
  readonly plan: number;
  /** Whether a higher or a lower actual value is better (e.g. complaints: lower). */
  readonly direction: 'higherBetter' | 'lowerBetter';
  /** Deadline within the period ('' when the whole period). */
  readonly deadline: IsoDate | '';
  /** The expected final result, in words. */
  readonly expected: string;
  /** Actual value in hundredths, pre-computed by HR (004 §23); null until known. */
  readonly actual: number | null;
  /** A score outside the permissible range that the evaluator confirmed (METHODOLOGY §5); null = none. */
  readonly confirmedScore: number | null;
}

/** The superior manager's review of a KCI sheet (001 §§45–50). */
export type KciReviewAction = 'submit' | 'agree' | 'return';

export interface KciReviewStep {
  readonly at: string;
  readonly operator: string;
  readonly action: KciReviewAction;
  /** Why it was returned for correction (001 §48); '' otherwise. */
  readonly reason: string;
}

/** A unit head's individual work plan and KCI sheet for a quarter (004 §§22–28, Appendices 1–2). */
export interface KciPlan {
  /** `${periodId}:${employeeId}` */
  readonly id: string;
  readonly periodId: string;
  readonly employeeId: string;
  readonly items: readonly KciItem[];
  /** When the plan was set (approved); later changes need a reason (004 §26). */
  readonly approvedOn: IsoDate | null;
  readonly review: readonly KciReviewStep[];
}

/** An incentivised activity recorded for a quarter (002 §§17–18, Appendix 3). */
export interface PointsIncentive {
  readonly id: string;
  /** An activity of the profile's scale (002 Appendix 2). */
  readonly activityId: string;
  /** +1 … +5 (002 §18); preset from the scale, the manager may set it within the range. */
  readonly points: number;
  readonly date: IsoDate;
  readonly note: string;
}

/** A violation of executive or labour discipline, −2 points each (002 §§19–22). */
export interface PointsViolation {
  readonly id: string;
  readonly kind: 'executive' | 'labour';
  readonly date: IsoDate;
  readonly note: string;
}

/** A target of the individual work plan and how it was met (002 §§12, 30). */
export interface PlanTarget {
  readonly id: string;
  /** «Нысаналы көрсеткіш» — the target (002 Appendix 1). */
  readonly name: string;
  /** «Күтілетін нәтижелер» — the results expected of it (002 Appendix 1). */
  readonly expected?: string;
  /** The target is measurable: half of them must be (002 Appendix 1, §12 «өлшенетін»). */
  readonly measurable?: boolean;
  /** The servant's self-assessment on the annual sheet (002 §28, Appendix 4); the year counts the manager's. */
  readonly selfResult?: 'notAchieved' | 'partly' | 'achieved' | 'exceeded' | null;
  /** The direct manager's assessment, after checking and correcting the sheet (002 §§29–30). */
  readonly result: 'notAchieved' | 'partly' | 'achieved' | 'exceeded' | null;
}

/**
 * The points-model record of a person for a period (seed 002): for a quarter, the incentives and
 * violations the manager confirmed (Appendix 3); for the year, the work plan's targets (Appendix 4).
 */
export interface QuarterSelfAssessment {
  readonly incentives: string;
  readonly executive: string;
  readonly labour: string;
  /** The points the servant arrives at; null when not given. */
  readonly points: number | null;
}

export interface SheetSignature {
  readonly on: IsoDate;
  /** The servant refused to sign: HR's employee and the direct manager drew up an act (002 §25). */
  readonly refused: boolean;
  /** The act of refusal: number, date, who drew it up. */
  readonly act: string;
}

export interface PointsSheet {
  /** `${periodId}:${employeeId}` */
  readonly id: string;
  readonly periodId: string;
  readonly employeeId: string;
  readonly incentives: readonly PointsIncentive[];
  readonly violations: readonly PointsViolation[];
  readonly targets: readonly PlanTarget[];
  /** The year's sheet: the day its work plan was drawn up — the first day it had targets (002 §§10–11). */
  readonly planOn?: IsoDate | null;
  /** The year's sheet: the day the person was sent to training after the annual results (002 §43). */
  readonly trainingOn?: IsoDate | null;
  /**
   * A quarter's sheet: the servant's self-assessment (002 §23, Appendix 3's left columns) — what
   * they report of incentivised activities and of violations of executive and labour discipline, and
   * the points they give themselves. The score is the manager's, from the entries (§§24, 26).
   */
  readonly self?: QuarterSelfAssessment | null;
  /**
   * The day the direct manager agreed the sheet, having checked it against the personnel service's
   * data on violations of discipline and corrected it where needed (002 §24; the year's sheet §29).
   */
  readonly agreedOn?: IsoDate | null;
  /** A quarter's sheet signed by the servant after the manager agreed it, or the act of refusal (002 §25). */
  readonly signature?: SheetSignature | null;
  /** The profile in force when the entries were made. */
  readonly profileId: string;
  readonly profileVersion: number;
}

/**
 * How a person was acquainted with an evaluation result (004 §12, 002 §36): on paper with a
 * signature, electronically, or a refusal — recorded with the act of refusal drawn up in free form.
 */
export interface Familiarisation {
  /** `${periodId}:${component}:${employeeId}` */
  readonly id: string;
  readonly periodId: string;
  readonly employeeId: string;
  readonly component: 'ranking' | 'kci' | 'points';
  /** The day of acquaintance, or of the act of refusal. */
  readonly on: IsoDate;
  readonly how: FamiliarisationHow;
  /** For a refusal: who drew up the act (002 §36: the HR employee; 003 §41: the administrative department). */
  readonly act: string;
  /** For a refusal where the profile asks for them: the other employees who signed the act (003 §41: two). */
  readonly witnesses: readonly string[];
  readonly note: string;
  /** 1 for the first acquaintance; 2, 3… when a revised result is acquainted again. */
  readonly round: number;
  /** The result the person was acquainted with (hundredths, or points); null when not recorded. */
  readonly value: number | null;
}

/**
 * How a person is acquainted with a result: by signature or electronically (004 §12, 002 §36), by a
 * registered letter with notice, telephonogram, telegram, SMS, e-mail or other means that record
 * the notice (001 §63); a refusal is recorded with its act (002 §36, 003 §41).
 */
export const FAMILIARISATION_MEANS = [
  'signature',
  'electronic',
  'registeredLetter',
  'telephonogram',
  'telegram',
  'sms',
  'email',
  'other',
  'refusal',
] as const;
export type FamiliarisationHow = (typeof FAMILIARISATION_MEANS)[number];

/** A participant of a calibration session and their position (004 §§41–42). */
export interface CalibrationParticipant {
  readonly id: string;
  readonly name: string;
  /** The participant's argument: support of the evaluator's score or for a correction. */
  readonly position: string;
  /** The score the participant votes for, in hundredths; null before the vote. */
  readonly vote: number | null;
}

/**
 * A calibration session on one person's result (004 §§13, 38–43): the application, the appointing
 * official's decision with the approved members, the session with the evaluator's argument and each
 * participant's position and vote, the reason of a correction, the signed protocol, and the feedback
 * meeting that follows (004 §43).
 */
export interface CalibrationCase {
  /** `${periodId}:${component}:${employeeId}` */
  readonly id: string;
  readonly periodId: string;
  readonly employeeId: string;
  readonly component: 'ranking' | 'kci';
  readonly appliedOn: IsoDate;
  readonly application: string;
  readonly decidedOn: IsoDate | null;
  readonly heldOn: IsoDate | null;
  readonly evaluatorArgument: string;
  readonly participants: readonly CalibrationParticipant[];
  /** Why the score was corrected (required when it changes). */
  readonly reason: string;
  /** Once signed the protocol is locked (004 §42). */
  readonly signedOn: IsoDate | null;
  readonly feedback: {
    readonly on: IsoDate | null;
    readonly achievements: string;
    readonly skills: string;
    readonly potential: string;
  };
}

/** A Commission member named by the order (001 §§51–61, 002 §§6–9). */
export interface CommissionSeat {
  readonly id: string;
  readonly name: string;
  readonly role: 'chair' | 'member' | 'secretary';
}

export type CommissionVote = 'approve' | 'revise' | 'abstain';

/** The Commission's decision on one person's result: the open vote, a revision's corrected result and reason, recommendations. */
export interface CommissionCase {
  readonly employeeId: string;
  readonly component: 'ranking' | 'kci' | 'points';
  /** Member id → vote; the secretary does not vote; an abstention counts for neither side. */
  readonly votes: Readonly<Record<string, CommissionVote>>;
  /** The result as corrected by the Commission (hundredths, or points for the points model); null unless revised. */
  readonly corrected: number | null;
  readonly reason: string;
  readonly recommendation: string;
}

/** A sitting of the evaluation Commission on a period's results, and its protocol (Appendix 5). */
export interface CommissionSitting {
  /** `sittingId(periodId, number)`: a period may have several sittings (a later one takes the units submitted later). */
  readonly id: string;
  readonly periodId: string;
  /** 1, 2, … in the period. */
  readonly number: number;
  readonly orderNumber: string;
  readonly orderDate: IsoDate | null;
  readonly seats: readonly CommissionSeat[];
  readonly heldOn: IsoDate | null;
  /** Ids of the seats present. */
  readonly present: readonly string[];
  readonly cases: readonly CommissionCase[];
  readonly conclusion: string;
  /** Once signed the protocol is locked; the results it decides are final once the authorised person approves it. */
  readonly signedOn: IsoDate | null;
  /** The authorised person's approval of the protocol (001 §61; Appendix 5 «УТВЕРЖДАЮ / БЕКІТЕМІН»). */
  readonly approval: SittingApproval | null;
}

export interface SittingApproval {
  readonly name: string;
  readonly position: string;
  readonly on: IsoDate;
}

/**
 * An appeal against a result (001 §64, 002 §38): filed with the authorised body for civil service
 * (or its territorial department) within ten working days of the decision; the body's outcome —
 * the result left as it is, or its revision recommended and the result changed; the state body
 * informs the authorised body of its decision within two weeks (002 §39); a court remark (001 §65,
 * 002 §40).
 */
export interface Appeal {
  /** `appealId(periodId, component, employeeId)`: one per person's result. */
  readonly id: string;
  readonly periodId: string;
  readonly employeeId: string;
  readonly component: 'ranking' | 'kci' | 'points';
  readonly filedOn: IsoDate;
  /** To whom: the authorised body or its territorial department. */
  readonly body: string;
  readonly outcome: 'pending' | 'upheld' | 'changed';
  readonly decidedOn: IsoDate | null;
  /** The changed result (hundredths, or points) when the outcome is 'changed'. */
  readonly newResult: number | null;
  /** The document the outcome rests on (the body's decision, the state body's order). */
  readonly source: string;
  /** When the state body informed the authorised body of its decision (002 §39). */
  readonly informedOn: IsoDate | null;
  /** A court case on the result, in words (001 §65, 002 §40); '' when none. */
  readonly court: string;
}

// The annual records of the 360 and the competency sheet (issue 6).
export * from './model-annual';
