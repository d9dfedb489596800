/**
 * Builders of small agencies for the tests of the cases and of what reads them (boards, the
 * overview, documents). Pure data; used by tests only.
 */
import { appealId, evaluationId, familiarisationId, kciPlanId, sittingId } from '../ids';
import {
  periodsOfYear,
  type Appeal,
  type AuditEntry,
  type CommissionCase,
  type CommissionSeat,
  type CommissionSitting,
  type CommissionVote,
  type Employee,
  type EvaluationRecord,
  type Familiarisation,
  type KciPlan,
  type PeriodLock,
} from '../model';
import { TYPICAL_2023 } from '../profiles/builtin';
import type { Profile } from '../profiles/types';
import { KZ_CALENDAR } from '../rules/calendar';
import { makeCaseBook, NO_CASE_RECORDS, type CaseRecords } from './case';

export const testPerson = (id: string, managerId: string | null, over: Partial<Employee> = {}): Employee => ({
  id,
  surname: id,
  name: 'А',
  patronymic: '',
  iin: '',
  position: 'x',
  category: managerId ? 'E-4' : 'E-2',
  unitId: 'u',
  managerId,
  appointedOn: '2020-01-01',
  publicServices: false,
  ...over,
});

/** Every ranking parameter of the profile scored `v` (hundredths). */
export const rankingRecord = (
  periodId: string,
  employeeId: string,
  v: number,
  profile: Profile = TYPICAL_2023,
): EvaluationRecord => ({
  id: evaluationId(periodId, 'ranking', employeeId),
  periodId,
  employeeId,
  component: 'ranking',
  scores: Object.fromEntries(profile.ranking.parameters.value.map((p) => [p.id, v])),
  comment: '',
  evaluatorId: null,
  profileId: profile.id,
  profileVersion: profile.version,
});

export const kciRecord = (periodId: string, employeeId: string, scores: Record<string, number>): EvaluationRecord => ({
  ...rankingRecord(periodId, employeeId, 0),
  id: evaluationId(periodId, 'kci', employeeId),
  component: 'kci',
  scores,
});

/** A plan of three KCIs (k1–k3), each achieved, with the review steps given. */
export const kciPlanOf = (
  periodId: string,
  employeeId: string,
  review: KciPlan['review'],
  approvedOn: string | null = null,
): KciPlan => ({
  id: kciPlanId(periodId, employeeId),
  periodId,
  employeeId,
  approvedOn,
  review,
  items: ['k1', 'k2', 'k3'].map((id) => ({
    id,
    name: id,
    source: 'План',
    measure: '%',
    plan: 10000,
    direction: 'higherBetter' as const,
    deadline: '' as const,
    expected: '',
    actual: 10000,
    confirmedScore: null,
  })),
});

export const acquainted = (
  periodId: string,
  component: 'ranking' | 'kci' | 'points',
  employeeId: string,
  on: string,
  over: Partial<Familiarisation> = {},
): Familiarisation => ({
  id: familiarisationId(periodId, component, employeeId, over.round ?? 1),
  periodId,
  employeeId,
  component,
  on,
  how: 'signature',
  act: '',
  witnesses: [],
  note: '',
  round: 1,
  value: null,
  ...over,
});

/** A chair, five members and a secretary (who does not vote). */
export const TEST_SEATS: readonly CommissionSeat[] = [
  { id: 'c', name: 'Төрағасы А.', role: 'chair' },
  ...['m1', 'm2', 'm3', 'm4', 'm5'].map((id) => ({ id, name: `Мүшесі ${id}`, role: 'member' as const })),
  { id: 'x', name: 'Хатшысы Х.', role: 'secretary' },
];

/** A person's case before the sitting: the votes by seat, a correction and its reason. */
export const sittingCase = (
  employeeId: string,
  votes: Readonly<Record<string, CommissionVote>>,
  corrected: number | null = null,
  component: CommissionCase['component'] = 'ranking',
): CommissionCase => ({
  employeeId,
  component,
  votes,
  corrected,
  reason: corrected === null ? '' : 'Комиссия түзетті',
  recommendation: '',
});

/** Everyone present votes the same way. */
export const allVote = (vote: CommissionVote, present: readonly string[] = ['c', 'm1', 'm2', 'm3', 'm4', 'm5']) =>
  Object.fromEntries(present.map((id) => [id, vote]));

/** Sitting `number` of the period, every seat present, held and signed on `heldOn` unless told. */
export const testSitting = (
  periodId: string,
  number: number,
  cases: readonly CommissionCase[],
  over: Partial<CommissionSitting> = {},
): CommissionSitting => ({
  id: sittingId(periodId, number),
  periodId,
  number,
  orderNumber: '12',
  orderDate: '2026-01-05',
  seats: TEST_SEATS,
  heldOn: '2026-04-20',
  present: TEST_SEATS.map((m) => m.id),
  cases,
  conclusion: '',
  signedOn: '2026-04-20',
  approval: null,
  ...over,
});

export const approvalOn = (on: string): CommissionSitting['approval'] => ({
  name: 'Асанов Б.',
  position: 'Уполномоченное лицо',
  on,
});

export const testAppeal = (periodId: string, employeeId: string, over: Partial<Appeal> = {}): Appeal => ({
  id: appealId(periodId, 'ranking', employeeId),
  periodId,
  employeeId,
  component: 'ranking',
  filedOn: '2026-04-24',
  body: 'Мемлекеттік қызмет істері агенттігінің департаменті',
  outcome: 'pending',
  decidedOn: null,
  newResult: null,
  source: '',
  informedOn: null,
  court: '',
  ...over,
});

export const lockOn = (day: string, notEvaluated: PeriodLock['notEvaluated'] = []): PeriodLock => ({
  at: `${day}T09:00:00.000Z`,
  operator: 'HR',
  notEvaluated,
});

/** A change-log entry as the store writes it: by Айгерим Садыкова on 20.11.2026, an update unless said. */
export const auditEntry = (e: Partial<AuditEntry> & Pick<AuditEntry, 'entity' | 'entityId' | 'field'>): AuditEntry => ({
  at: '2026-11-20T09:05:00.000Z',
  operator: 'Айгерим Садыкова',
  action: 'update',
  before: null,
  after: null,
  reason: '',
  ...e,
});

export const TEST_PERIODS = [...periodsOfYear(2025), ...periodsOfYear(2026)];

export function testBook(
  records: Partial<CaseRecords> = {},
  opts: {
    profile?: Profile;
    asOf?: string;
    locks?: readonly (readonly [string, PeriodLock])[];
    people?: readonly Employee[];
  } = {},
) {
  return makeCaseBook({
    profile: opts.profile ?? TYPICAL_2023,
    calendar: KZ_CALENDAR,
    asOf: opts.asOf ?? '2026-04-03',
    employees: opts.people ?? [testPerson('h', null), testPerson('s', 'h')],
    statuses: [],
    periods: TEST_PERIODS,
    records: { ...NO_CASE_RECORDS, ...records },
    locks: new Map(opts.locks ?? []),
  });
}
