/**
 * Where the evaluation stands (issue 4 overview): per unit and quarter, how many staff are to be
 * ranked (eligible, 004 §§6–7), how many are fully scored, and the grades they got.
 */
import type { Employee, EvaluationRecord, Period, StatusInterval } from '../model';
import type { Profile } from '../profiles/types';
import type { CalendarData } from './calendar';
import { eligibility } from './eligibility';
import type { GradeId } from './grades';
import { rankingScore } from './ranking';
import { isUnitHead } from './roles';

export interface UnitProgress {
  readonly unitId: string;
  readonly periodId: string;
  readonly toScore: number;
  readonly scored: number;
  readonly grades: Readonly<Partial<Record<GradeId, number>>>;
}

export function rankingProgress(input: {
  readonly unitIds: readonly string[];
  readonly quarters: readonly Period[];
  readonly employees: readonly Employee[];
  readonly statuses: readonly StatusInterval[];
  readonly records: readonly EvaluationRecord[];
  readonly profile: Profile;
  readonly calendar: CalendarData;
  /** The profile a stored result is computed with (a submitted period keeps its recorded version). */
  readonly profileOf?: (record: EvaluationRecord | undefined, unitId: string) => Profile;
}): UnitProgress[] {
  const records = new Map(input.records.filter((r) => r.component === 'ranking').map((r) => [`${r.periodId}:${r.employeeId}`, r]));
  const statusesOf = new Map<string, StatusInterval[]>();
  for (const s of input.statuses) statusesOf.set(s.employeeId, [...(statusesOf.get(s.employeeId) ?? []), s]);
  const staff = input.employees.filter((e) => !isUnitHead(e, input.employees));
  const out: UnitProgress[] = [];
  for (const unitId of input.unitIds) {
    const people = staff.filter((e) => e.unitId === unitId);
    for (const q of input.quarters) {
      let toScore = 0;
      let scored = 0;
      const grades: Partial<Record<GradeId, number>> = {};
      for (const e of people) {
        if (eligibility(e, statusesOf.get(e.id) ?? [], q, 'ranking', input.profile, input.calendar).kind === 'notEvaluated') continue;
        toScore++;
        const record = records.get(`${q.id}:${e.id}`);
        const outcome = rankingScore(record?.scores ?? {}, input.profileOf?.(record, unitId) ?? input.profile);
        if (outcome.kind === 'scored') {
          scored++;
          grades[outcome.result.grade] = (grades[outcome.result.grade] ?? 0) + 1;
        }
      }
      out.push({ unitId, periodId: q.id, toScore, scored, grades });
    }
  }
  return out;
}
