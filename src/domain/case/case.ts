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
import { compareIso, type IsoDate } from '../dates';
import { calibrationId, evaluationId, familiarisationId, kciPlanId, lockId, pointsSheetId, sittingCaseKey } from '../ids';
import type {
  CalibrationCase,
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
import { addWorkingDays, type CalendarData } from '../rules/calendar';
import { calibrationState } from '../rules/calibration-case';
import { sittingState, type SittingState } from '../rules/commission-sitting';
import { eligibility } from '../rules/eligibility';
import { finalResult, type FinalResult } from '../rules/final-result';
import { kciNotSet, kciReviewState, kciSheet } from '../rules/kci-sheet';
import { pointsOfQuarter } from '../rules/points-sheet';
import { familiarisationDeadline } from '../rules/procedures';
import { rankingScore } from '../rules/ranking';
import { unitHeadIds } from '../rules/roles';
import { deadlineState } from '../rules/schedule';
import { methodOf, type Method } from './method';
import type { CaseBlock, CaseInput, CaseStep, Computed, EvaluationCase, Stage } from './types';

/** Everything recorded for some periods: what cases are derived from. */
export interface CaseRecords {
  readonly records: readonly EvaluationRecord[];
  readonly plans: readonly KciPlan[];
  readonly sheets: readonly PointsSheet[];
  readonly familiarisations: readonly Familiarisation[];
  readonly calibrations: readonly CalibrationCase[];
  readonly sittings: readonly CommissionSitting[];
}

export const NO_CASE_RECORDS: CaseRecords = {
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

export interface CaseBook {
  readonly input: CaseBookInput;
  /** The ids of every unit head (004 §§3.4–3.5). */
  readonly heads: ReadonlySet<string>;
  /** A person's case in a quarter; undefined for an unknown person or period. */
  caseOf(employeeId: string, periodId: string): EvaluationCase | undefined;
  /** The cases of a quarter for the people given (in their order). */
  casesOf(people: readonly Employee[], periodId: string): EvaluationCase[];
}

const byId = <T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((x) => [x.id, x]));

/**
 * @example makeCaseBook({ profile: TYPICAL_2023, … }).caseOf(staff.id, '2026-Q1')?.stage === 'toScore'
 */
export function makeCaseBook(input: CaseBookInput): CaseBook {
  const { profile, calendar, asOf } = input;
  const heads = unitHeadIds(input.employees);
  const people = byId(input.employees);
  const periods = byId(input.periods);
  const records = byId(input.records.records);
  const plans = byId(input.records.plans);
  const sheets = byId(input.records.sheets);
  const familiarisations = byId(input.records.familiarisations);
  const calibrations = byId(input.records.calibrations);
  const sittings = new Map(input.records.sittings.map((s) => [s.periodId, s]));
  const statusesOf = new Map<string, StatusInterval[]>();
  for (const s of input.statuses) {
    const list = statusesOf.get(s.employeeId);
    if (list) list.push(s);
    else statusesOf.set(s.employeeId, [s]);
  }
  // A few completion days and sittings serve thousands of people: each computed once.
  const familiarisationBy = new Map<IsoDate, IsoDate>();
  const familiarisationDue = (completedOn: IsoDate) => {
    let due = familiarisationBy.get(completedOn);
    if (due === undefined) familiarisationBy.set(completedOn, (due = familiarisationDeadline(completedOn, profile, calendar)));
    return due;
  };
  const applyBy = new Map<IsoDate, IsoDate>();
  /** 004 §13: a calibration application is due within the profile's working days of familiarisation. */
  const calibrationApplyBy = (on: IsoDate) => {
    let due = applyBy.get(on);
    if (due === undefined) applyBy.set(on, (due = addWorkingDays(on, profile.calibration.applyWorkingDays.value, calendar)));
    return due;
  };
  const sittingStates = new Map<string, SittingState>();
  const stateOf = (s: CommissionSitting) => {
    let state = sittingStates.get(s.id);
    if (!state) sittingStates.set(s.id, (state = sittingState(s, profile)));
    return state;
  };
  const assumptions = {
    ranking: [profile.ranking.combine, profile.rounding, profile.scale].some((c) => c.assumption !== undefined),
    kci: [profile.kci.combine, profile.rounding, profile.scale, profile.kci.permissible].some((c) => c.assumption !== undefined),
    points: [profile.points.base, profile.points.violationPenalty].some((c) => c.assumption !== undefined),
  };
  const kept = (ref: { readonly profileId: string; readonly profileVersion: number } | undefined) =>
    (ref && input.profileOf?.(ref)) ?? profile;

  const derive = (e: Employee, period: Period): EvaluationCase => {
    const isUnitHead = heads.has(e.id);
    const method = methodOf(isUnitHead, profile);
    const elig = eligibility(e, statusesOf.get(e.id) ?? [], period, method ?? 'ranking', profile, calendar);
    const base = { employee: e, period, isUnitHead, method, eligibility: elig };
    const none = (block: CaseBlock): EvaluationCase => ({
      ...base,
      profile,
      input: undefined,
      scores: {},
      computed: undefined,
      assumed: false,
      final: undefined,
      beforeCommission: undefined,
      stage: 'notEvaluated',
      completedOn: undefined,
      familiarisation: undefined,
      calibration: undefined,
      commission: undefined,
      steps: [],
      blocks: [block],
    });
    if (!method) return none('noMethod');
    if (elig.kind === 'notEvaluated') return none('notEvaluated');
    if (method === 'kci' && kciNotSet(e, period, profile)) return none('kciNotSet');

    // The sheet, and the day it was completed.
    let caseInput: CaseInput;
    let scores: Readonly<Record<string, number>> = {};
    let completedOn: IsoDate | undefined;
    let computed: Computed | undefined;
    let used = profile;
    let toScore: CaseBlock[] = [];
    let review: 'draft' | 'submitted' | 'agreed' | 'returned' = 'draft';
    if (method === 'points') {
      const sheet = sheets.get(pointsSheetId(period.id, e.id));
      caseInput = { method, sheet };
      completedOn = input.locks.get(lockId(period.id, e.unitId, 'points'))?.at.slice(0, 10);
      if (completedOn !== undefined) used = kept(sheet);
      // An ended quarter without entries is the base (002 §26, an assumption); a running one is not scored yet.
      const q = sheet !== undefined || compareIso(asOf, period.end) > 0 ? pointsOfQuarter(sheet, used) : undefined;
      computed = q ? { value: q.points, grade: q.grade, explain: q.explain } : undefined;
    } else if (method === 'kci') {
      const plan = plans.get(kciPlanId(period.id, e.id));
      const record = records.get(evaluationId(period.id, 'kci', e.id));
      caseInput = { method, record, plan };
      scores = record?.scores ?? {};
      review = plan ? kciReviewState(plan) : 'draft';
      const last = plan?.review[plan.review.length - 1];
      completedOn = review === 'agreed' && last ? last.at.slice(0, 10) : undefined;
      if (completedOn !== undefined) used = kept(record);
      const sheet = plan && plan.items.length > 0 ? kciSheet(plan.items, scores, used) : undefined;
      if (!sheet) toScore = ['kciPlanMissing'];
      else {
        if (sheet.sheet === undefined) toScore.push('kciScoresMissing');
        if (sheet.unconfirmed > 0) toScore.push('kciUnconfirmed');
      }
      computed = sheet?.sheet ? { value: sheet.sheet.score, grade: sheet.sheet.grade, explain: sheet.sheet.explain } : undefined;
    } else {
      const record = records.get(evaluationId(period.id, 'ranking', e.id));
      caseInput = { method, record };
      scores = record?.scores ?? {};
      completedOn = input.locks.get(lockId(period.id, e.unitId, 'ranking'))?.at.slice(0, 10);
      if (completedOn !== undefined) used = kept(record);
      const o = rankingScore(scores, used);
      if (o.kind === 'scored') computed = { value: o.result.score, grade: o.result.grade, explain: o.result.explain };
      else toScore = ['scoresMissing'];
    }

    // After the sheet: familiarisation, calibration, the Commission.
    const familiarisation = familiarisations.get(familiarisationId(period.id, method, e.id));
    const calibrationRecord = method === 'points' ? undefined : calibrations.get(calibrationId(period.id, method, e.id));
    const sitting = sittings.get(period.id);
    const commissionRecord = sitting?.cases.find((c) => c.component === method && c.employeeId === e.id);
    const decision = sitting && commissionRecord ? stateOf(sitting).decisions.get(sittingCaseKey(commissionRecord)) : undefined;
    const final: FinalResult | undefined = computed
      ? finalResult(
          { component: method, employeeId: e.id, computed: computed.value, calibration: calibrationRecord, sitting },
          used,
        )
      : undefined;
    const beforeCommission: FinalResult | undefined = computed
      ? finalResult({ component: method, employeeId: e.id, computed: computed.value, calibration: calibrationRecord }, used)
      : undefined;
    const calibration = calibrationRecord
      ? {
          record: calibrationRecord,
          state: computed
            ? calibrationState(
                calibrationRecord,
                familiarisation?.on ?? calibrationRecord.appliedOn,
                computed.value,
                used,
                calendar,
              )
            : undefined,
        }
      : undefined;
    const decided = sitting?.signedOn != null && decision?.kind === 'decided' && final?.final === true;

    // The steps, each with its deadline.
    const steps: CaseStep[] = [];
    const step = (
      kind: CaseStep['kind'],
      deadline: IsoDate | null,
      doneOn: IsoDate | null,
      source: string,
      reminder = false,
    ): void => {
      steps.push({
        kind,
        deadline,
        doneOn,
        state: deadline === null ? (doneOn === null ? null : 'done') : deadlineState(deadline, asOf, doneOn, calendar),
        late: deadline !== null && doneOn !== null && compareIso(doneOn, deadline) > 0,
        source,
        reminder,
      });
    };
    const evaluationDue = elig.deadline;
    step('evaluation', evaluationDue, completedOn ?? null, elig.source);
    let familiarisationDueOn: IsoDate | undefined;
    if (completedOn !== undefined) {
      familiarisationDueOn = familiarisationDue(completedOn);
      step(
        'familiarisation',
        familiarisationDueOn,
        familiarisation?.on ?? null,
        profile.deadlines.familiarisationWorkingDays.source ?? '004 §12',
      );
    }
    const cal = calibration?.state;
    if (calibration && cal) {
      const c = calibration.record;
      step('calibrationApply', cal.applyBy, c.appliedOn, profile.calibration.applyWorkingDays.source ?? '004 §13');
      step('calibrationDecision', cal.decideBy, c.decidedOn, profile.calibration.decideWorkingDays.source ?? '004 §39');
      step('calibrationSession', cal.holdBy, c.heldOn, profile.calibration.holdWorkingDays.source ?? '004 §40');
      if (cal.placeBy !== null)
        step('calibrationProtocol', cal.placeBy, null, profile.calibration.protocolWorkingDays.source ?? '004 §42', true);
    }
    if (completedOn !== undefined)
      step('commission', null, decided ? (sitting?.signedOn ?? null) : null, profile.commission.quorum.source ?? '001 §§51–61');

    // The stage, and what stops the next step.
    let stage: Stage;
    let blocks: CaseBlock[];
    if (decided) {
      stage = 'decided';
      blocks = [];
    } else if (completedOn !== undefined && computed) {
      if (familiarisation === undefined) {
        stage = 'completed';
        blocks = ['notAcquainted'];
      } else if (calibrationRecord && calibrationRecord.signedOn === null) {
        stage = 'inCalibration';
        blocks = ['calibrationOpen'];
      } else {
        // Acquainted: the calibration window (004 §13) is open until its deadline, unless a session was held.
        const windowOpen =
          !calibrationRecord && method !== 'points' && compareIso(asOf, calibrationApplyBy(familiarisation.on)) <= 0;
        stage = windowOpen ? 'acquainted' : 'beforeCommission';
        blocks = ['commissionPending'];
      }
    } else if (computed) {
      if (method === 'kci' && review === 'submitted') {
        stage = 'withSuperior';
        blocks = ['withSuperior'];
      } else {
        stage = 'scored';
        blocks = method === 'kci' ? [...toScore, ...(review === 'returned' ? (['returned'] as const) : [])] : ['notSubmitted'];
      }
    } else {
      stage = 'toScore';
      blocks = toScore.length > 0 ? toScore : ['scoresMissing'];
    }
    return {
      ...base,
      profile: used,
      input: caseInput,
      scores,
      computed,
      assumed: assumptions[method],
      final,
      beforeCommission,
      stage,
      completedOn,
      familiarisation,
      calibration,
      commission: sitting && commissionRecord ? { sitting, record: commissionRecord, decision } : undefined,
      steps,
      blocks,
    };
  };

  const cases = new Map<string, EvaluationCase>();
  const caseOf = (employeeId: string, periodId: string): EvaluationCase | undefined => {
    const key = `${periodId}\u0000${employeeId}`;
    let c = cases.get(key);
    if (c) return c;
    const e = people.get(employeeId);
    const p = periods.get(periodId);
    if (!e || !p || p.kind !== 'quarter') return undefined;
    cases.set(key, (c = derive(e, p)));
    return c;
  };
  return {
    input,
    heads,
    caseOf,
    casesOf: (list, periodId) => list.flatMap((e) => caseOf(e.id, periodId) ?? []),
  };
}

export type { Method };
