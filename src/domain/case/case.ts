/**
 * The one derivation of a person's evaluation in a quarter (the case file, `types.ts`) from the
 * stored records, the profile and the calendar: the method (`method.ts`), eligibility with its rule
 * (004 §§5–7, 001 §5, 002 §3), the evaluator's result from the sheet (004 §§22–33, 002 §26), the
 * final result after signed calibration and Commission protocols (004 §42, 001 §§51–65), the
 * stage, each step's deadline and state, and what blocks the next step.
 *
 * `makeCaseBook` indexes the records once; `caseOf` derives a case on demand and keeps it, so a
 * page of a unit derives its few people and the consolidated workbook its ten thousand alike.
 */
import { addDays, addMonths, compareIso, type IsoDate } from '../dates';
import { lockId, sittingCaseKey } from '../ids';
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
  PeriodLock,
  PointsSheet,
  StatusInterval,
} from '../model';
import type { Profile } from '../profiles/types';
import { addWorkingDays, workingDaysBefore, type CalendarData } from '../rules/calendar';
import { calibrationState } from '../rules/calibration-case';
import { sittingState, type SittingState } from '../rules/commission-sitting';
import { eligibility, type Eligibility } from '../rules/eligibility';
import { finalResult, type FinalResult } from '../rules/final-result';
import { kciNotSet, kciReviewState, kciSheet } from '../rules/kci-sheet';
import { pointsOfQuarter, pointsOfYear } from '../rules/points-sheet';
import { consequences, familiarisationDeadline } from '../rules/procedures';
import { rankingScore } from '../rules/ranking';
import { unitHeadIds } from '../rules/roles';
import { deadlineStateBy, dueSoonUntil, type DeadlineState } from '../rules/schedule';
import { methodOf, type Method } from './method';
import type { CaseBlock, CaseInput, CaseStep, Computed, EvaluationCase, Stage } from './types';

/** Everything recorded for some periods: what cases are derived from. */
export interface CaseRecords {
  /** Appeals against results (001 §64, 002 §38); absent in records made before appeals were kept. */
  readonly appeals?: readonly Appeal[];
  readonly records: readonly EvaluationRecord[];
  readonly plans: readonly KciPlan[];
  readonly sheets: readonly PointsSheet[];
  readonly familiarisations: readonly Familiarisation[];
  readonly calibrations: readonly CalibrationCase[];
  readonly sittings: readonly CommissionSitting[];
}

export const NO_CASE_RECORDS: CaseRecords = {
  appeals: [],
  records: [],
  plans: [],
  sheets: [],
  familiarisations: [],
  calibrations: [],
  sittings: [],
};

export interface CaseBookInput {
  readonly profile: Profile;
  readonly calendar: CalendarData;
  /** Today: deadlines' states and whether a points quarter has ended. */
  readonly asOf: IsoDate;
  readonly employees: readonly Employee[];
  readonly statuses: readonly StatusInterval[];
  readonly periods: readonly Period[];
  readonly records: CaseRecords;
  /** Submitted periods by `lockId(period, unit, component)`. */
  readonly locks: ReadonlyMap<string, PeriodLock>;
  /**
   * The profile a completed result keeps: the version it was scored with (004 §§31–32: a
   * submitted period is not recomputed under a later profile); the current one when unknown.
   */
  readonly profileOf?: (ref: { readonly profileId: string; readonly profileVersion: number }) => Profile | undefined;
}

const ROSTER = Symbol('roster');

/**
 * Who the people are and whether each is evaluated depends on the organisation, the profile and
 * the calendar, not on scores: a book made again after a typed score reuses it (a unit of a
 * thousand is not re-checked per keystroke).
 */
interface Roster {
  readonly key: readonly unknown[];
  readonly heads: ReadonlySet<string>;
  readonly people: ReadonlyMap<string, Employee>;
  readonly periods: ReadonlyMap<string, Period>;
  readonly statusesOf: ReadonlyMap<string, readonly StatusInterval[]>;
  eligibilityOf(e: Employee, period: Period, method: Method): Eligibility;
}

function rosterOf(input: CaseBookInput, previous: CaseBook | undefined): Roster {
  const key = [input.employees, input.statuses, input.periods, input.profile, input.calendar];
  const old = previous?.[ROSTER];
  if (old && old.key.every((x, i) => x === key[i])) return old;
  const statusesOf = new Map<string, StatusInterval[]>();
  for (const s of input.statuses) {
    const list = statusesOf.get(s.employeeId);
    if (list) list.push(s);
    else statusesOf.set(s.employeeId, [s]);
  }
  // By period and method, then by person: no key string is built per lookup (ten thousand people × quarters).
  const known = new Map<string, Map<string, Eligibility>>();
  return {
    key,
    heads: unitHeadIds(input.employees, input.profile.unitHeadCategories.value),
    people: byId(input.employees),
    periods: byId(input.periods),
    statusesOf,
    eligibilityOf(e, period, method) {
      const k = method === 'ranking' ? period.id : `${period.id}\u0000${method}`;
      let of = known.get(k);
      if (!of) known.set(k, (of = new Map()));
      let found = of.get(e.id);
      if (!found)
        of.set(e.id, (found = eligibility(e, statusesOf.get(e.id) ?? [], period, method, input.profile, input.calendar)));
      return found;
    },
  };
}

export interface CaseBook {
  readonly input: CaseBookInput;
  readonly [ROSTER]: Roster;
  /** The ids of every unit head (004 §§3.4–3.5). */
  readonly heads: ReadonlySet<string>;
  /** A person's case in a quarter; undefined for an unknown person or period. */
  caseOf(employeeId: string, periodId: string): EvaluationCase | undefined;
  /** The cases of a quarter for the people given (in their order). */
  casesOf(people: readonly Employee[], periodId: string): EvaluationCase[];
  /** A points-model sheet by id (the year's work-plan targets are one). */
  pointsSheet(id: string): PointsSheet | undefined;
}

/** The paragraph of the authorised person's approval in the profile's act. */

/** No scores: one empty record shared by every such case. */
const NO_SCORES: Readonly<Record<string, number>> = Object.freeze({});
/** A person's entry in a list (a submission's people recorded as not evaluated). */
function ofPerson<T extends { readonly employeeId: string }>(list: readonly T[], employeeId: string): T | undefined {
  for (const x of list) if (x.employeeId === employeeId) return x;
  return undefined;
}
/** A later familiarisation round with the given value (the person acquainted again with the final result). */
function roundWith(rounds: readonly Familiarisation[], value: number): Familiarisation | undefined {
  for (let i = 1; i < rounds.length; i++) if (rounds[i]?.value === value) return rounds[i];
  return undefined;
}
/** No familiarisation yet: one empty list shared by every such case. */
const NO_ROUNDS: readonly Familiarisation[] = [];
/** The common blocks, shared by every case they apply to (ten thousand cases allocate none). */
const NO_BLOCKS: readonly CaseBlock[] = [];
const BLOCKS = {
  notAcquainted: ['notAcquainted'],
  calibrationOpen: ['calibrationOpen'],
  commissionPending: ['commissionPending'],
  withSuperior: ['withSuperior'],
  notSubmitted: ['notSubmitted'],
  scoresMissing: ['scoresMissing'],
  notApproved: ['notApproved'],
  notAcquaintedAgain: ['notAcquaintedAgain'],
  appealPending: ['appealPending'],
  noDecision: ['noDecision'],
} as const satisfies Record<string, readonly CaseBlock[]>;

function byPeriodComponentPerson<
  T extends { readonly periodId: string; readonly component: string; readonly employeeId: string },
>(items: readonly T[]): Map<string, Map<string, Map<string, T>>> {
  const out = new Map<string, Map<string, Map<string, T>>>();
  for (const item of items) {
    let period = out.get(item.periodId);
    if (!period) out.set(item.periodId, (period = new Map()));
    let component = period.get(item.component);
    if (!component) period.set(item.component, (component = new Map()));
    component.set(item.employeeId, item);
  }
  return out;
}

function byPeriodPerson<T extends { readonly periodId: string; readonly employeeId: string }>(
  items: readonly T[],
): Map<string, Map<string, T>> {
  const out = new Map<string, Map<string, T>>();
  for (const item of items) {
    let period = out.get(item.periodId);
    if (!period) out.set(item.periodId, (period = new Map()));
    period.set(item.employeeId, item);
  }
  return out;
}

const byId = <T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((x) => [x.id, x]));

/**
 * @example makeCaseBook({ profile: TYPICAL_2023, … }).caseOf(staff.id, '2026-Q1')?.stage === 'toScore'
 */
export function makeCaseBook(input: CaseBookInput, previous?: CaseBook): CaseBook {
  const { profile, calendar, asOf } = input;
  const roster = rosterOf(input, previous);
  const { heads, people, periods } = roster;
  // By period, component and person: finding one builds no key (ten thousand people × four quarters).
  const records = byPeriodComponentPerson(input.records.records);
  const plans = byPeriodPerson(input.records.plans);
  const sheets = byId(input.records.sheets);
  const sheetsOf = byPeriodPerson(input.records.sheets);
  const calibrations = byPeriodComponentPerson(input.records.calibrations);
  const appeals = byPeriodComponentPerson(input.records.appeals ?? []);
  // Every familiarisation round of a person's result (the first, and again after a revision), the latest last.
  const rounds = new Map<string, Map<string, Map<string, Familiarisation[]>>>();
  for (const f of [...input.records.familiarisations].sort((a, b) => (a.round ?? 1) - (b.round ?? 1))) {
    let period = rounds.get(f.periodId);
    if (!period) rounds.set(f.periodId, (period = new Map()));
    let component = period.get(f.component);
    if (!component) period.set(f.component, (component = new Map()));
    const list = component.get(f.employeeId);
    if (list) list.push(f);
    else component.set(f.employeeId, [f]);
  }
  const completedOf = new Map<string, Map<Method, Map<string, { readonly lock: PeriodLock; readonly on: IsoDate } | null>>>();
  /** A unit's submission of a period for a method (004 §§31–32) and its day, found once per unit (no key string made per case). */
  const submissionOf = (periodId: string, unitId: string, m: Method) => {
    let byMethod = completedOf.get(periodId);
    if (!byMethod) completedOf.set(periodId, (byMethod = new Map()));
    let byUnit = byMethod.get(m);
    if (!byUnit) byMethod.set(m, (byUnit = new Map()));
    let found = byUnit.get(unitId);
    if (found === undefined) {
      const lock = input.locks.get(lockId(periodId, unitId, m));
      byUnit.set(unitId, (found = lock ? { lock, on: lock.at.slice(0, 10) } : null));
    }
    return found ?? undefined;
  };
  const submittedOn = (periodId: string, unitId: string, m: Method): IsoDate | undefined => submissionOf(periodId, unitId, m)?.on;
  // A period may have several sittings; a person's case is in one of them (a later sitting takes the
  // units submitted later): the latest signed one that has it, else the latest that has it.
  const sittingsOf = new Map<string, CommissionSitting[]>();
  for (const x of [...input.records.sittings].sort((a, b) => (b.number ?? 1) - (a.number ?? 1))) {
    const list = sittingsOf.get(x.periodId);
    if (list) list.push(x);
    else sittingsOf.set(x.periodId, [x]);
  }
  // A few completion days and sittings serve thousands of people: each computed once.
  const familiarisationBy = new Map<IsoDate, IsoDate>();
  const familiarisationDue = (completedOn: IsoDate) => {
    let due = familiarisationBy.get(completedOn);
    if (due === undefined) familiarisationBy.set(completedOn, (due = familiarisationDeadline(completedOn, profile, calendar)));
    return due;
  };
  // deadlineState (schedule.ts) with its "due soon" boundary — five working days from today — found once.
  const soon = dueSoonUntil(asOf, calendar);
  const stateAgainst = (deadline: IsoDate, doneOn: IsoDate | null): DeadlineState =>
    deadlineStateBy(deadline, asOf, doneOn, soon);
  const applyBy = new Map<IsoDate, IsoDate>();
  /** 004 §13: a calibration application is due within the profile's working days of familiarisation. */
  const calibrationApplyBy = (on: IsoDate) => {
    let due = applyBy.get(on);
    if (due === undefined) applyBy.set(on, (due = addWorkingDays(on, profile.calibration.applyWorkingDays.value, calendar)));
    return due;
  };
  /** 001 §50: the signed sheet goes to the Commission within the profile's working days. */
  const sheetToCommissionDue = (completedOn: IsoDate) =>
    addWorkingDays(completedOn, profile.procedure.sheetToCommissionWorkingDays.value, calendar);
  const appealBy = new Map<IsoDate, IsoDate>();
  /** 001 §64, 002 §38: an appeal is due within the profile's working days of the decision. */
  const appealDue = (decisionOn: IsoDate) => {
    let due = appealBy.get(decisionOn);
    if (due === undefined)
      appealBy.set(decisionOn, (due = addWorkingDays(decisionOn, profile.procedure.appealWorkingDays.value, calendar)));
    return due;
  };
  const quartersByYear = new Map<number, Period[]>();
  /** A year's quarters, Q1 first, found once. */
  const quartersOf = (year: number): Period[] => {
    let list = quartersByYear.get(year);
    if (!list)
      quartersByYear.set(
        year,
        (list = input.periods.filter((q) => q.kind === 'quarter' && q.year === year).sort((a, b) => (a.id < b.id ? -1 : 1))),
      );
    return list;
  };
  const sittingCases = new Map<string, Map<string, CommissionCase>>();
  /** A sitting's cases by person and component, indexed once (a sitting may decide thousands). */
  const casesOfSitting = (s: CommissionSitting) => {
    let byKey = sittingCases.get(s.id);
    if (!byKey) sittingCases.set(s.id, (byKey = new Map(s.cases.map((c) => [sittingCaseKey(c), c]))));
    return byKey;
  };
  const sittingStates = new Map<string, SittingState>();
  const stateOf = (s: CommissionSitting) => {
    let state = sittingStates.get(s.id);
    if (!state) sittingStates.set(s.id, (state = sittingState(s, profile)));
    return state;
  };
  const assumedUnder = new Map<Profile, Record<Method, boolean>>();
  /** Which methods' results rest on an assumption of the profile they are computed with (METHODOLOGY §5). */
  const assumptionsOf = (p: Profile): Record<Method, boolean> => {
    let a = assumedUnder.get(p);
    if (!a)
      assumedUnder.set(
        p,
        (a = {
          ranking: [p.ranking.combine, p.rounding, p.scale].some((c) => c.assumption !== undefined),
          kci: [p.kci.combine, p.rounding, p.scale, p.kci.permissible].some((c) => c.assumption !== undefined),
          // Every quarter's points rest on the reconstructed formula of 002 §26 (METHODOLOGY §5).
          points: true,
        }),
      );
    return a;
  };
  const kept = (ref: { readonly profileId: string; readonly profileVersion: number } | undefined) =>
    (ref && input.profileOf?.(ref)) ?? profile;

  /** A case with no result: no method, not evaluated, no KCI set, or recorded as not evaluated. */
  const unevaluated = (
    e: Employee,
    period: Period,
    isUnitHead: boolean,
    method: Method | undefined,
    elig: Eligibility,
    block: CaseBlock,
    reason?: string,
  ): EvaluationCase => ({
    employee: e,
    period,
    isUnitHead,
    method,
    eligibility: elig,
    profile,
    input: undefined,
    scores: NO_SCORES,
    computed: undefined,
    assumed: false,
    final: undefined,
    beforeCommission: undefined,
    stage: 'notEvaluated',
    completedOn: undefined,
    approvedOn: undefined,
    familiarisation: undefined,
    familiarisationRounds: NO_ROUNDS,
    calibration: undefined,
    commission: undefined,
    appeal: undefined,
    appealBy: undefined,
    finalOn: undefined,
    notEvaluatedReason: reason,
    steps: [],
    blocks: [block],
  });

  /** A step with its deadline's state (ten thousand cases: a function of the book, not one made per case). */
  const addStep = (
    steps: CaseStep[],
    kind: CaseStep['kind'],
    deadline: IsoDate | null,
    doneOn: IsoDate | null,
    source: string,
    reminder = false,
    from?: IsoDate,
  ): void => {
    const state = deadline === null ? (doneOn === null ? null : 'done') : stateAgainst(deadline, doneOn);
    const late = deadline !== null && doneOn !== null && compareIso(doneOn, deadline) > 0;
    // Two literals: a property added later would give each of ten thousand steps a second store.
    steps.push(
      from === undefined
        ? { kind, deadline, doneOn, state, late, source, reminder }
        : { kind, deadline, doneOn, state, late, source, reminder, from },
    );
  };
  /** The quarters' final points of a person's year (002 §§28–33). */
  const finalPointsOf = (employeeId: string, year: number): number[] =>
    quartersOf(year).flatMap((q) => {
      const v = caseOf(employeeId, q.id)?.final?.value;
      return v === undefined ? [] : [v];
    });
  /** The latest signed sitting that has the person's case, else the latest that has it. */
  const sittingWith = (list: readonly CommissionSitting[] | undefined, key: string): CommissionSitting | undefined => {
    if (!list) return undefined;
    const withCase = list.filter((x) => casesOfSitting(x).has(key));
    return withCase.find((x) => x.signedOn !== null) ?? withCase[0];
  };

  // No function is made inside a derivation (each would cost ten thousand cases a closure and its scope).
  const derive = (e: Employee, period: Period): EvaluationCase => {
    const isUnitHead = heads.has(e.id);
    const method = methodOf(isUnitHead, profile);
    const elig = roster.eligibilityOf(e, period, method ?? 'ranking');
    if (!method) return unevaluated(e, period, isUnitHead, method, elig, 'noMethod');
    if (elig.kind === 'notEvaluated') return unevaluated(e, period, isUnitHead, method, elig, 'notEvaluated');
    if (method === 'kci' && kciNotSet(e, period, profile)) return unevaluated(e, period, isUnitHead, method, elig, 'kciNotSet');

    // The sheet, and the day it was completed.
    let caseInput: CaseInput;
    let scores: Readonly<Record<string, number>> = NO_SCORES;
    let completedOn: IsoDate | undefined;
    let computed: Computed | undefined;
    let used = profile;
    let toScore: readonly CaseBlock[] = NO_BLOCKS;
    let review: 'draft' | 'submitted' | 'agreed' | 'returned' = 'draft';
    if (method === 'points' && period.kind === 'year') {
      // 002 §§28–33, 35: the year the Commission reviews — the quarters' final points and the work plan.
      const sheet = sheetsOf.get(period.id)?.get(e.id);
      caseInput = { method, sheet };
      completedOn = submittedOn(period.id, e.unitId, 'points');
      if (completedOn !== undefined) used = kept(sheet);
      const evaluated = finalPointsOf(e.id, period.year);
      const y = pointsOfYear(evaluated, sheet?.targets ?? [], used);
      computed = y ? { value: y.tenths, grade: y.grade, explain: y.explain } : undefined;
      if (!y) toScore = evaluated.length === 0 ? ['quartersMissing'] : ['planNotScored'];
    } else if (method === 'points') {
      const sheet = sheetsOf.get(period.id)?.get(e.id);
      caseInput = { method, sheet };
      completedOn = submittedOn(period.id, e.unitId, 'points');
      if (completedOn !== undefined) used = kept(sheet);
      // An ended quarter without entries is the base (002 §26, an assumption); a running one is not scored yet.
      const q = sheet !== undefined || compareIso(asOf, period.end) > 0 ? pointsOfQuarter(sheet, used) : undefined;
      computed = q ? { value: q.points, grade: q.grade, explain: q.explain } : undefined;
    } else if (method === 'kci') {
      const plan = plans.get(period.id)?.get(e.id);
      const record = records.get(period.id)?.get('kci')?.get(e.id);
      scores = record?.scores ?? NO_SCORES;
      review = plan ? kciReviewState(plan) : 'draft';
      const last = plan?.review[plan.review.length - 1];
      completedOn = review === 'agreed' && last ? last.at.slice(0, 10) : undefined;
      if (completedOn !== undefined) used = kept(record);
      const sheet = plan && plan.items.length > 0 ? kciSheet(plan.items, scores, used) : undefined;
      caseInput = { method, record, plan, sheet };
      if (!sheet) toScore = ['kciPlanMissing'];
      else {
        const missing: CaseBlock[] = [];
        if (sheet.sheet === undefined) missing.push('kciScoresMissing');
        if (sheet.unconfirmed > 0) missing.push('kciUnconfirmed');
        toScore = missing;
      }
      computed = sheet?.sheet ? { value: sheet.sheet.score, grade: sheet.sheet.grade, explain: sheet.sheet.explain } : undefined;
    } else {
      const record = records.get(period.id)?.get('ranking')?.get(e.id);
      caseInput = { method, record };
      scores = record?.scores ?? NO_SCORES;
      completedOn = submittedOn(period.id, e.unitId, 'ranking');
      if (completedOn !== undefined) used = kept(record);
      const o = rankingScore(scores, used);
      if (o.kind === 'scored') computed = { value: o.result.score, grade: o.result.grade, explain: o.result.explain };
      else toScore = [o.kind === 'outOfRange' ? 'scoresOutOfRange' : 'scoresMissing'];
    }

    // A person the submission recorded as not evaluated, with the reason (nobody drops silently).
    const submission = method === 'kci' ? undefined : submissionOf(period.id, e.unitId, method)?.lock;
    const recorded = submission && ofPerson(submission.notEvaluated, e.id);
    if (recorded && !computed) return unevaluated(e, period, isUnitHead, method, elig, 'recordedNotEvaluated', recorded.reason);

    // After the sheet: calibration, the Commission and its approval, familiarisation, an appeal.
    const calibrationRecord = method === 'points' ? undefined : calibrations.get(period.id)?.get(method)?.get(e.id);
    const periodSittings = sittingsOf.get(period.id);
    const key = periodSittings ? sittingCaseKey({ component: method, employeeId: e.id }) : '';
    const sitting = sittingWith(periodSittings, key);
    const commissionRecord = sitting ? casesOfSitting(sitting).get(key) : undefined;
    const decision = sitting && commissionRecord ? stateOf(sitting).decisions.get(key) : undefined;
    const appeal = appeals.get(period.id)?.get(method)?.get(e.id);
    // Each input written out (a spread of ten thousand of them was most of this function's time).
    const final: FinalResult | undefined =
      computed &&
      finalResult(
        {
          component: method,
          employeeId: e.id,
          computed: computed.value,
          annual: period.kind === 'year',
          calibration: calibrationRecord,
          sitting,
          appeal,
        },
        used,
      );
    // Before the Commission: the result as a signed calibration session left it.
    const beforeCommission: FinalResult | undefined =
      computed && (sitting || appeal)
        ? finalResult(
            {
              component: method,
              employeeId: e.id,
              computed: computed.value,
              annual: period.kind === 'year',
              calibration: calibrationRecord,
            },
            used,
          )
        : final;
    const familiarisationRounds = rounds.get(period.id)?.get(method)?.get(e.id) ?? NO_ROUNDS;
    const familiarisation = familiarisationRounds[familiarisationRounds.length - 1];
    const firstAcquainted = familiarisationRounds[0];
    const calibration = calibrationRecord
      ? {
          record: calibrationRecord,
          state: computed
            ? calibrationState(
                calibrationRecord,
                firstAcquainted?.on ?? calibrationRecord.appliedOn,
                computed.value,
                used,
                calendar,
              )
            : undefined,
        }
      : undefined;
    const decided = sitting?.signedOn != null && decision?.kind === 'decided';
    const approvedOn = decided && sitting?.approval ? sitting.approval.on : undefined;
    // The decision is final on its approval (001 §61), or on signing where the act has no approval (002 §35).
    const finalOn = profile.procedure.approval.value ? approvedOn : decided ? (sitting?.signedOn ?? undefined) : undefined;
    const changedOn = appeal?.outcome === 'changed' && appeal.newResult !== null ? (appeal.decidedOn ?? undefined) : undefined;
    const afterApproval = profile.procedure.familiariseAfter.value === 'final';
    // 001 §62 / 004 §12: acquainted two working days after the result is final (approved) or completed,
    // as the profile's act has it; a result revised since the last acquaintance is acquainted again.
    const acquaintFrom = afterApproval ? finalOn : completedOn;
    // The first acquaintance was with another value than the final one (a calibration, the Commission or
    // an appeal revised it): the person is acquainted again, the step done by a later round with the final value.
    const revised =
      firstAcquainted !== undefined &&
      final?.final === true &&
      firstAcquainted.value !== null &&
      firstAcquainted.value !== final.value;
    const againFrom = revised ? (changedOn ?? finalOn) : undefined;
    const acquaintedAgain = revised ? roundWith(familiarisationRounds, final.value) : undefined;
    const revisedSince = revised && acquaintedAgain === undefined;

    // The steps, each with its deadline.
    const steps: CaseStep[] = [];
    const proc = profile.procedure;
    addStep(steps, 'evaluation', elig.deadline, completedOn ?? null, elig.source);
    // 002 §§10–11: the plan by 10 January; a servant appointed later draws it up within ten working
    // days of the appointment — a deadline of the person's own, done the day the plan had targets.
    const planDay = proc.planByJanuaryDay.value;
    const planLate = proc.planAfterAppointmentWorkingDays.value;
    if (
      method === 'points' &&
      period.kind === 'year' &&
      planDay > 0 &&
      planLate > 0 &&
      compareIso(e.appointedOn, `${period.year}-01-${String(planDay).padStart(2, '0')}`) > 0 &&
      compareIso(e.appointedOn, period.end) <= 0
    ) {
      const sheet = caseInput.method === 'points' ? caseInput.sheet : undefined;
      addStep(
        steps,
        'planOf',
        addWorkingDays(e.appointedOn, planLate, calendar),
        sheet && sheet.targets.length > 0 ? (sheet.planOn ?? null) : null,
        proc.planAfterAppointmentWorkingDays.source ?? '002 §11',
      );
    }
    // 002 §32: HR computes the year no later than five working days before the sitting that reviews it.
    const annualSitting = period.kind === 'year' ? (sitting ?? sittingsOf.get(period.id)?.[0]) : undefined;
    if (annualSitting?.heldOn && proc.yearBeforeSittingWorkingDays.value > 0)
      addStep(
        steps,
        'yearComputed',
        workingDaysBefore(annualSitting.heldOn, proc.yearBeforeSittingWorkingDays.value, calendar),
        completedOn ?? null,
        proc.yearBeforeSittingWorkingDays.source ?? '002 §32',
      );
    const scoredAndCompleted = completedOn !== undefined && computed !== undefined;
    if (scoredAndCompleted && !afterApproval && acquaintFrom)
      addStep(
        steps,
        'familiarisation',
        familiarisationDue(acquaintFrom),
        firstAcquainted?.on ?? null,
        proc.familiariseAfter.source ?? '004 §12',
        false,
        acquaintFrom,
      );
    const cal = calibration?.state;
    if (calibration && cal) {
      const c = calibration.record;
      addStep(steps, 'calibrationApply', cal.applyBy, c.appliedOn, profile.calibration.applyWorkingDays.source ?? '004 §13');
      addStep(steps, 'calibrationDecision', cal.decideBy, c.decidedOn, profile.calibration.decideWorkingDays.source ?? '004 §39');
      addStep(steps, 'calibrationSession', cal.holdBy, c.heldOn, profile.calibration.holdWorkingDays.source ?? '004 §40');
      if (cal.placeBy !== null)
        addStep(
          steps,
          'calibrationProtocol',
          cal.placeBy,
          null,
          profile.calibration.protocolWorkingDays.source ?? '004 §42',
          true,
        );
    }
    // 001 §50: a head's KCI sheet, signed by the superior manager, goes to the Commission within two working days.
    if (scoredAndCompleted && completedOn !== undefined && method === 'kci' && proc.sheetToCommissionWorkingDays.value > 0)
      addStep(
        steps,
        'sheetToCommission',
        sheetToCommissionDue(completedOn),
        commissionRecord && sitting ? (sitting.heldOn ?? null) : null,
        proc.sheetToCommissionWorkingDays.source ?? '001 §50',
      );
    if (scoredAndCompleted) {
      addStep(
        steps,
        'commission',
        null,
        decided ? (sitting?.signedOn ?? null) : null,
        profile.commission.quorum.source ?? '001 §§51–61',
      );
      if (decided && profile.procedure.approval.value)
        addStep(steps, 'approval', null, approvedOn ?? null, profile.procedure.approval.source ?? '001 §61');
      if (afterApproval && acquaintFrom)
        addStep(
          steps,
          'familiarisation',
          familiarisationDue(acquaintFrom),
          firstAcquainted?.on ?? null,
          proc.familiariseAfter.source ?? '001 §62',
          false,
          acquaintFrom,
        );
      if (againFrom)
        addStep(
          steps,
          'familiarisationAgain',
          familiarisationDue(againFrom),
          acquaintedAgain?.on ?? null,
          proc.familiariseAfter.source ?? '001 §62',
          false,
          againFrom,
        );
    }
    // 001 §64, 002 §38: an appeal is due within the profile's working days of the final decision.
    const appealBy = finalOn !== undefined && computed ? appealDue(finalOn) : undefined;
    if (appeal) {
      addStep(steps, 'appeal', appealBy ?? null, appeal.filedOn, proc.appealWorkingDays.source ?? '001 §64');
      if (appeal.decidedOn !== null && proc.appealInformDays.value > 0)
        addStep(
          steps,
          'appealInformed',
          addDays(appeal.decidedOn, proc.appealInformDays.value),
          appeal.informedOn,
          proc.appealInformDays.source ?? '002 §39',
        );
    }

    // 002 §43: after the Commission approved the annual results, training within the profile's months
    // for a person whose grade calls for it.
    if (
      period.kind === 'year' &&
      final?.final === true &&
      finalOn !== undefined &&
      proc.trainingMonths.value > 0 &&
      consequences([final.grade], used)?.trainingNeeded === true
    ) {
      const sheet = caseInput.method === 'points' ? caseInput.sheet : undefined;
      addStep(
        steps,
        'training',
        addMonths(finalOn, proc.trainingMonths.value),
        sheet?.trainingOn ?? null,
        proc.trainingMonths.source ?? '002 §43',
      );
    }

    // The stage, and what stops the next step.
    let stage: Stage;
    let blocks: readonly CaseBlock[];
    if (appeal && appeal.outcome === 'pending') {
      stage = 'underAppeal';
      blocks = BLOCKS.appealPending;
    } else if (final?.final) {
      stage = 'approved';
      blocks = familiarisation === undefined ? BLOCKS.notAcquainted : revisedSince ? BLOCKS.notAcquaintedAgain : NO_BLOCKS;
    } else if (decided) {
      stage = 'decided';
      blocks = BLOCKS.notApproved;
    } else if (scoredAndCompleted) {
      if (calibrationRecord && calibrationRecord.signedOn === null) {
        stage = 'inCalibration';
        blocks = BLOCKS.calibrationOpen;
      } else if (!afterApproval && familiarisation === undefined) {
        stage = 'completed';
        blocks = BLOCKS.notAcquainted;
      } else if (
        !afterApproval &&
        familiarisation &&
        !calibrationRecord &&
        method !== 'points' &&
        compareIso(asOf, calibrationApplyBy(familiarisation.on)) <= 0
      ) {
        // Acquainted: the calibration window (004 §13) is open until its deadline.
        stage = 'acquainted';
        blocks = BLOCKS.commissionPending;
      } else {
        stage = 'beforeCommission';
        blocks = sitting && decision && decision.kind !== 'decided' ? BLOCKS.noDecision : BLOCKS.commissionPending;
      }
    } else if (computed) {
      if (method === 'kci' && review === 'submitted') {
        stage = 'withSuperior';
        blocks = BLOCKS.withSuperior;
      } else {
        stage = 'scored';
        blocks = method === 'kci' ? [...toScore, ...(review === 'returned' ? (['returned'] as const) : [])] : BLOCKS.notSubmitted;
      }
    } else {
      stage = 'toScore';
      // A submitted period with a person left without a result (a submission before this was checked).
      blocks =
        completedOn !== undefined
          ? [...(toScore.length > 0 ? toScore : BLOCKS.scoresMissing), 'submittedWithoutResult']
          : toScore.length > 0
            ? toScore
            : BLOCKS.scoresMissing;
    }
    return {
      employee: e,
      period,
      isUnitHead,
      method,
      eligibility: elig,
      profile: used,
      input: caseInput,
      scores,
      computed,
      assumed: assumptionsOf(used)[method],
      final,
      beforeCommission,
      stage,
      completedOn,
      approvedOn,
      familiarisation,
      familiarisationRounds,
      calibration,
      commission: sitting && commissionRecord ? { sitting, record: commissionRecord, decision } : undefined,
      appeal,
      appealBy,
      finalOn,
      notEvaluatedReason: undefined,
      // A copy of its own length: the list grown by push keeps room for seventeen (kept by every case).
      steps: steps.slice(),
      blocks,
    };
  };

  const cases = new Map<string, Map<string, EvaluationCase>>();
  const caseOf = (employeeId: string, periodId: string): EvaluationCase | undefined => {
    let ofPeriod = cases.get(periodId);
    let c = ofPeriod?.get(employeeId);
    if (c) return c;
    const e = people.get(employeeId);
    const p = periods.get(periodId);
    if (!e || !p) return undefined;
    // A year is a case of its own only where the Commission reviews the annual result (002 §35).
    if (p.kind !== 'quarter' && !(profile.procedure.annualReview.value && methodOf(heads.has(e.id), profile) === 'points'))
      return undefined;
    if (!ofPeriod) cases.set(periodId, (ofPeriod = new Map()));
    ofPeriod.set(employeeId, (c = derive(e, p)));
    return c;
  };
  return {
    input,
    heads,
    [ROSTER]: roster,
    caseOf,
    casesOf: (list, periodId) => list.flatMap((e) => caseOf(e.id, periodId) ?? []),
    pointsSheet: (id) => sheets.get(id),
  };
}

export type { Method };
