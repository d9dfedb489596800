/**
 * The deadline board (issue 7): everything the year's schedule and the evaluations in progress owe
 * — KCI plans set per head (004 §23), each unit's quarterly evaluation (004 §5, 002 §3),
 * notifications (004 §§27, 31), the annual result and 360, a returned KCI sheet's resubmission
 * (001 §49), a head's KCI evaluation (shifted, 004 §6), the sheet to the Commission (001 §50), each
 * person's familiarisation (004 §12, 001 §62) and again after a revision, the protocol's approval
 * (001 §61), an appeal and the body's information (001 §64, 002 §§38–39), training after the annual
 * results (002 §43) — with its date and state (due, due soon,
 * overdue, done) on the working-day calendar. Items that cannot be marked done in Bagalau
 * (notifications, the annual and 360 dates) are reminders: listed until their date passes.
 */
import { compareIso, type IsoDate } from '../dates';
import type { CaseBook } from '../case/case';
import { methodOf } from '../case/method';
import type { CaseStep } from '../case/types';
import { boardItemId, lockId } from '../ids';
import { KCI_RESUBMIT_WORKING_DAYS, kciResubmitDeadline, kciReviewState } from './kci-sheet';
import { deadlineStateBy, dueSoonUntil, yearSchedule, type Deadline, type DeadlineKind, type DeadlineState } from './schedule';
import type { AssumptionId } from '../profiles/assumptions';

export type BoardKind =
  | DeadlineKind
  | 'kciResubmit'
  | 'kciEvaluation'
  | 'sheetToCommission'
  | 'familiarisation'
  | 'familiarisationAgain'
  | 'calibrationDecision'
  | 'calibrationSession'
  | 'calibrationProtocol'
  | 'approval'
  | 'appeal'
  | 'appealInformed'
  | 'training'
  | 'yearComputed'
  | 'planOf';

export interface BoardItem {
  readonly id: string;
  readonly kind: BoardKind;
  readonly periodId: string;
  readonly unitId?: string;
  readonly employeeId?: string;
  readonly component?: string;
  /** The Commission's sitting (its number in the period) an approval is of. */
  readonly sitting?: number;
  readonly date: IsoDate;
  readonly doneOn: IsoDate | null;
  readonly state: DeadlineState;
  /** A reminder cannot be marked done here; it leaves the board once its date has passed. */
  readonly reminder: boolean;
  readonly source: string;
  /** The date rests on an assumption of the profile instead of a paragraph (METHODOLOGY §5). */
  readonly assumption?: AssumptionId;
}

/** A deadline's citation carried onto its board items. */
const citeOf = (d: Deadline) => ({ source: d.source, ...(d.assumption ? { assumption: d.assumption } : {}) });

export interface BoardInput {
  readonly year: number;
  /** The cases of the year's quarters (profile, calendar, today and the locks come with it). */
  readonly book: CaseBook;
  /** Units with people to evaluate. */
  readonly unitIds: readonly string[];
}

const REMINDERS: readonly DeadlineKind[] = [
  'kciPlacement',
  'kciNotify',
  'notify',
  'evaluationNotice',
  'kciActuals',
  'survey360',
  'annual',
  'plan',
];

/** Cases derived between two pauses of `deadlineBoardSteps` (a few milliseconds of work). */
export const BOARD_CASES_PER_STEP = 500;

/** Every item of the board, soonest first (overdue ones first of all), ties by id. */
export function deadlineBoard(input: BoardInput): BoardItem[] {
  const steps = deadlineBoardSteps(input);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The board made in steps: the generator pauses after every `BOARD_CASES_PER_STEP` cases derived
 * (yielding how many so far), so a page can make the board of ten thousand staff — fifty thousand
 * cases — between its other work (issue 21: no task over 100 ms); it returns what `deadlineBoard` does.
 */
export function* deadlineBoardSteps(input: BoardInput): Generator<number, BoardItem[], void> {
  const { book } = input;
  const { profile, calendar, asOf } = book.input;
  const out: BoardItem[] = [];
  const soonUntil = dueSoonUntil(asOf, calendar);
  const add = (item: Omit<BoardItem, 'state'>) => {
    if (item.reminder && compareIso(item.date, asOf) < 0) return;
    out.push({ ...item, state: deadlineStateBy(item.date, asOf, item.doneOn, soonUntil) });
  };
  const quarters = book.input.periods.filter((p) => p.kind === 'quarter' && p.year === input.year);
  // The year is a case of its own where the Commission reviews the annual result (002 §35).
  const year = book.input.periods.filter((p) => p.kind === 'year' && p.year === input.year);
  // The staff's method is the one a unit submits its period for (ranking, or the points model).
  const unitMethod = methodOf(false, profile);
  // 004 §23: the KCI plans of a period, set per head; found with each case below.
  const kciSetOf = new Map<string, Deadline[]>();
  for (const d of yearSchedule(input.year, profile, calendar)) {
    if (d.kind === 'kciSet') {
      const list = kciSetOf.get(d.periodId);
      if (list) list.push(d);
      else kciSetOf.set(d.periodId, [d]);
    } else if (d.kind === 'evaluation') {
      if (unitMethod) {
        for (const unitId of input.unitIds) {
          add({
            id: boardItemId(d.id, unitId),
            kind: 'evaluation',
            periodId: d.periodId,
            unitId,
            component: unitMethod,
            date: d.date,
            doneOn: book.input.locks.get(lockId(d.periodId, unitId, unitMethod))?.at.slice(0, 10) ?? null,
            reminder: false,
            ...citeOf(d),
          });
        }
      }
    } else if (REMINDERS.includes(d.kind)) {
      add({ id: d.id, kind: d.kind, periodId: d.periodId, date: d.date, doneOn: null, reminder: true, ...citeOf(d) });
    }
  }
  let derived = 0;
  for (const period of [...quarters, ...year]) {
    const kciSet = kciSetOf.get(period.id) ?? [];
    for (const e of book.input.employees) {
      const c = book.caseOf(e.id, period.id);
      if (!c) continue;
      if (++derived % BOARD_CASES_PER_STEP === 0) yield derived;
      const at = { periodId: c.period.id, unitId: c.employee.unitId, employeeId: c.employee.id };
      const plan = c.input?.method === 'kci' ? c.input.plan : undefined;
      if (c.method === 'kci' && c.stage !== 'notEvaluated')
        for (const d of kciSet)
          add({
            ...at,
            id: boardItemId(d.id, c.employee.id),
            kind: 'kciSet',
            date: d.date,
            doneOn: plan?.approvedOn ?? null,
            reminder: false,
            ...citeOf(d),
          });
      // 001 §49: a KCI sheet returned for correction is resubmitted within two working days.
      const resubmitBy = plan && kciReviewState(plan) === 'returned' ? kciResubmitDeadline(plan, calendar) : undefined;
      if (resubmitBy)
        add({
          ...at,
          id: boardItemId(c.period.id, 'kciResubmit', c.employee.id),
          kind: 'kciResubmit',
          date: resubmitBy,
          doneOn: null,
          reminder: false,
          // 001 §49; under an act without the review step, the assumption it rests on.
          ...(profile.kci.review.assumption
            ? { source: '', assumption: profile.kci.review.assumption }
            : { source: KCI_RESUBMIT_WORKING_DAYS.source }),
        });
      for (const step of c.steps) {
        // A head's KCI evaluation is on the board per person: its deadline may be shifted (004 §6).
        const kind = step.kind === 'evaluation' && c.method === 'kci' ? 'kciEvaluation' : STEP_ITEMS[step.kind];
        if (!kind || step.deadline === null) continue;
        add({
          ...at,
          id: boardItemId(c.period.id, kind, c.method ?? '', c.employee.id),
          kind,
          ...(c.method ? { component: c.method } : {}),
          date: step.deadline,
          doneOn: step.doneOn,
          reminder: step.reminder,
          source: step.source,
        });
      }
    }
  }
  // 001 §61: each signed protocol awaits the authorised person's approval — due from its signing, no term set.
  for (const sitting of book.input.records.sittings) {
    if (!profile.procedure.approval.value) break;
    if (sitting.signedOn === null || !quarters.some((q) => q.id === sitting.periodId)) continue;
    out.push({
      id: boardItemId(sitting.id, 'approval'),
      kind: 'approval',
      periodId: sitting.periodId,
      sitting: sitting.number,
      date: sitting.signedOn,
      doneOn: sitting.approval?.on ?? null,
      state: sitting.approval ? 'done' : 'dueSoon',
      reminder: false,
      source: profile.procedure.approval.source ?? '',
    });
  }
  yield derived;
  return out.sort(boardOrder);
}

const RANK: Readonly<Record<DeadlineState, number>> = { overdue: 0, dueSoon: 1, due: 2, done: 3 };
/** Overdue first, then due soon, due and done; within each the soonest date; ties by id. */
const boardOrder = (a: BoardItem, b: BoardItem) =>
  RANK[a.state] - RANK[b.state] || (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The case's steps that are on the board (the evaluation is on it per unit, the application is the person's). */
const STEP_ITEMS: Partial<Record<CaseStep['kind'], BoardKind>> = {
  sheetToCommission: 'sheetToCommission',
  familiarisation: 'familiarisation',
  familiarisationAgain: 'familiarisationAgain',
  calibrationDecision: 'calibrationDecision',
  calibrationSession: 'calibrationSession',
  calibrationProtocol: 'calibrationProtocol',
  appeal: 'appeal',
  appealInformed: 'appealInformed',
  training: 'training',
  yearComputed: 'yearComputed',
  planOf: 'planOf',
};
