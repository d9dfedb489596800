/**
 * The deadline board (issue 7): everything the year's schedule and the evaluations in progress owe
 * — KCI plans set per head (004 §23), each unit's quarterly evaluation (004 §5, 002 §3),
 * notifications (004 §§27, 31), the annual result and 360, a returned KCI sheet's resubmission
 * (001 §49), each person's familiarisation (004 §12) — with its date and state (due, due soon,
 * overdue, done) on the working-day calendar. Items that cannot be marked done in Bagalau
 * (notifications, the annual and 360 dates) are reminders: listed until their date passes.
 */
import { compareIso, type IsoDate } from '../dates';
import type { Profile } from '../profiles/types';
import type { CalendarData } from './calendar';
import type { FamiliarisationItem } from './familiarisation';
import { deadlineState, yearSchedule, type DeadlineKind, type DeadlineState } from './schedule';

export type BoardKind =
  DeadlineKind | 'kciResubmit' | 'familiarisation' | 'calibrationDecision' | 'calibrationSession' | 'calibrationProtocol';

export interface BoardItem {
  readonly id: string;
  readonly kind: BoardKind;
  readonly periodId: string;
  readonly unitId?: string;
  readonly employeeId?: string;
  readonly component?: string;
  readonly date: IsoDate;
  readonly doneOn: IsoDate | null;
  readonly state: DeadlineState;
  /** A reminder cannot be marked done here; it leaves the board once its date has passed. */
  readonly reminder: boolean;
  readonly source: string;
}

export interface BoardInput {
  readonly year: number;
  readonly profile: Profile;
  readonly calendar: CalendarData;
  readonly asOf: IsoDate;
  /** Units with people to evaluate. */
  readonly unitIds: readonly string[];
  /** The day a unit's period was submitted: key `${periodId}:${unitId}:${component}`. */
  readonly submitted: ReadonlyMap<string, IsoDate>;
  /** Heads to be evaluated by KCI in a quarter, with the day their plan was set (or null). */
  readonly kciHeads: readonly {
    readonly periodId: string;
    readonly unitId: string;
    readonly employeeId: string;
    readonly approvedOn: IsoDate | null;
  }[];
  /** Returned KCI sheets and their resubmission deadline (001 §49). */
  readonly returned: readonly {
    readonly periodId: string;
    readonly unitId: string;
    readonly employeeId: string;
    readonly deadline: IsoDate;
  }[];
  readonly familiarisation: readonly FamiliarisationItem[];
  /** Calibration sessions: the decision and the session after an application (004 §§39–40), the protocol's posting (004 §42). */
  readonly calibrations?: readonly {
    readonly periodId: string;
    readonly employeeId: string;
    readonly decideBy: IsoDate;
    readonly decidedOn: IsoDate | null;
    readonly holdBy: IsoDate;
    readonly heldOn: IsoDate | null;
    readonly placeBy: IsoDate | null;
  }[];
}

const REMINDERS: readonly DeadlineKind[] = ['kciPlacement', 'kciNotify', 'notify', 'survey360', 'annual'];

/** Every item of the board, soonest first (overdue ones first of all), ties by id. */
export function deadlineBoard(input: BoardInput): BoardItem[] {
  const { profile, calendar, asOf } = input;
  const out: BoardItem[] = [];
  const add = (item: Omit<BoardItem, 'state'>) => {
    if (item.reminder && compareIso(item.date, asOf) < 0) return;
    out.push({ ...item, state: deadlineState(item.date, asOf, item.doneOn, calendar) });
  };
  const component = profile.components.value.points ? 'points' : 'ranking';
  for (const d of yearSchedule(input.year, profile, calendar)) {
    if (d.kind === 'kciSet') {
      for (const h of input.kciHeads.filter((x) => x.periodId === d.periodId)) {
        add({
          id: `${d.id}:${h.employeeId}`,
          kind: 'kciSet',
          periodId: d.periodId,
          unitId: h.unitId,
          employeeId: h.employeeId,
          date: d.date,
          doneOn: h.approvedOn,
          reminder: false,
          source: d.source,
        });
      }
    } else if (d.kind === 'evaluation') {
      if (profile.components.value.ranking || profile.components.value.points) {
        for (const unitId of input.unitIds) {
          add({
            id: `${d.id}:${unitId}`,
            kind: 'evaluation',
            periodId: d.periodId,
            unitId,
            component,
            date: d.date,
            doneOn: input.submitted.get(`${d.periodId}:${unitId}:${component}`) ?? null,
            reminder: false,
            source: d.source,
          });
        }
      }
    } else if (REMINDERS.includes(d.kind)) {
      add({ id: d.id, kind: d.kind, periodId: d.periodId, date: d.date, doneOn: null, reminder: true, source: d.source });
    }
  }
  for (const r of input.returned) {
    add({
      id: `${r.periodId}:kciResubmit:${r.employeeId}`,
      kind: 'kciResubmit',
      periodId: r.periodId,
      unitId: r.unitId,
      employeeId: r.employeeId,
      date: r.deadline,
      doneOn: null,
      reminder: false,
      source: '001 §49',
    });
  }
  for (const f of input.familiarisation) {
    add({
      id: `${f.periodId}:familiarisation:${f.component}:${f.employeeId}`,
      kind: 'familiarisation',
      periodId: f.periodId,
      employeeId: f.employeeId,
      component: f.component,
      date: f.deadline,
      doneOn: f.record?.on ?? null,
      reminder: false,
      source: profile.deadlines.familiarisationWorkingDays.source ?? '004 §12',
    });
  }
  for (const c of input.calibrations ?? []) {
    const at = { periodId: c.periodId, employeeId: c.employeeId, reminder: false };
    add({
      ...at,
      id: `${c.periodId}:calibrationDecision:${c.employeeId}`,
      kind: 'calibrationDecision',
      date: c.decideBy,
      doneOn: c.decidedOn,
      source: profile.calibration.decideWorkingDays.source ?? '004 §39',
    });
    add({
      ...at,
      id: `${c.periodId}:calibrationSession:${c.employeeId}`,
      kind: 'calibrationSession',
      date: c.holdBy,
      doneOn: c.heldOn,
      source: profile.calibration.holdWorkingDays.source ?? '004 §40',
    });
    if (c.placeBy)
      add({
        ...at,
        id: `${c.periodId}:calibrationProtocol:${c.employeeId}`,
        kind: 'calibrationProtocol',
        date: c.placeBy,
        doneOn: null,
        reminder: true,
        source: profile.calibration.protocolWorkingDays.source ?? '004 §42',
      });
  }
  const rank = (s: DeadlineState) => ['overdue', 'dueSoon', 'due', 'done'].indexOf(s);
  return out.sort((a, b) => rank(a.state) - rank(b.state) || compareIso(a.date, b.date) || (a.id < b.id ? -1 : 1));
}
