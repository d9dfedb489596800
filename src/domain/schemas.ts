/**
 * Validators for every stored record (STYLE habit 4/6): backups and older rows pass through these
 * before a single one is written. Unknown fields are dropped; missing optional ones get defaults.
 */
import * as v from 'valibot';
import { isIsoDate } from './dates';
import { FAMILIARISATION_MEANS, STATUS_KINDS } from './model';
import { entryScaleOf } from './rules/points-exchange';
import { ROSTER_FIELDS } from './roster-headers';

const isoDate = v.pipe(v.string(), v.check(isIsoDate, 'not a date'));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const text = (max = 300) => v.pipe(v.string(), v.maxLength(max));

export const AgencySchema = v.object({
  id,
  nameKk: text(),
  nameRu: text(),
  profileId: id,
  demo: v.optional(v.boolean(), false),
  createdAt: v.string(),
});

export const UnitSchema = v.object({
  id,
  name: v.pipe(text(), v.minLength(1)),
  names: v.optional(v.object({ kk: v.optional(text()), ru: v.optional(text()) })),
  parentId: v.nullable(id),
  order: v.pipe(v.number(), v.integer()),
});

export const EmployeeSchema = v.object({
  id,
  surname: text(),
  name: text(),
  patronymic: v.optional(text(), ''),
  iin: v.optional(v.pipe(v.string(), v.regex(/^(\d{12})?$/)), ''),
  position: text(),
  category: text(20),
  unitId: id,
  managerId: v.optional(v.nullable(id), null),
  appointedOn: v.union([isoDate, v.literal('')]),
  publicServices: v.optional(v.boolean(), false),
  headsUnit: v.optional(v.nullable(v.boolean())),
});

export const StatusSchema = v.object({
  id,
  employeeId: id,
  kind: v.picklist(STATUS_KINDS),
  from: isoDate,
  to: v.nullable(isoDate),
  note: v.optional(text(1000), ''),
});

export const PeriodSchema = v.object({
  id,
  year: v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100)),
  kind: v.picklist(['quarter', 'year']),
  quarter: v.nullable(v.picklist([1, 2, 3, 4])),
  start: isoDate,
  end: isoDate,
});

export const EvaluationSchema = v.object({
  id,
  periodId: id,
  employeeId: id,
  component: v.picklist(['ranking', 'kci', 'points']),
  scores: v.record(v.string(), v.pipe(v.number(), v.integer())),
  comment: v.optional(text(2000), ''),
  evaluatorId: v.optional(v.nullable(id), null),
  profileId: id,
  profileVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const hundredths = v.pipe(v.number(), v.integer());

export const KciPlanSchema = v.object({
  id,
  periodId: id,
  employeeId: id,
  items: v.pipe(
    v.array(
      v.object({
        id,
        name: text(1000),
        source: v.optional(text(1000), ''),
        measure: text(100),
        plan: v.pipe(hundredths, v.minValue(0)),
        direction: v.picklist(['higherBetter', 'lowerBetter']),
        deadline: v.optional(v.union([isoDate, v.literal('')]), ''),
        expected: v.optional(text(2000), ''),
        actual: v.optional(v.nullable(v.pipe(hundredths, v.minValue(0))), null),
        confirmedScore: v.optional(v.nullable(hundredths), null),
      }),
    ),
    v.maxLength(20),
  ),
  approvedOn: v.optional(v.nullable(isoDate), null),
  review: v.optional(
    v.array(
      v.object({
        at: v.string(),
        operator: v.string(),
        action: v.picklist(['submit', 'agree', 'return']),
        reason: v.optional(text(2000), ''),
      }),
    ),
    [],
  ),
});

export const PointsSheetSchema = v.object({
  id,
  periodId: id,
  employeeId: id,
  incentives: v.pipe(
    v.array(
      v.object({ id, activityId: id, points: v.pipe(v.number(), v.integer()), date: isoDate, note: v.optional(text(2000), '') }),
    ),
    v.maxLength(500),
  ),
  violations: v.pipe(
    v.array(v.object({ id, kind: v.picklist(['executive', 'labour']), date: isoDate, note: v.optional(text(2000), '') })),
    v.maxLength(500),
  ),
  targets: v.pipe(
    v.array(
      v.object({
        id,
        name: text(1000),
        // Optional without defaults: a backup restored and taken again is the same, field for field.
        expected: v.optional(text(2000)),
        measurable: v.optional(v.boolean()),
        selfResult: v.optional(v.nullable(v.picklist(['notAchieved', 'partly', 'achieved', 'exceeded']))),
        result: v.nullable(v.picklist(['notAchieved', 'partly', 'achieved', 'exceeded'])),
      }),
    ),
    v.maxLength(20),
  ),
  planOn: v.optional(v.nullable(isoDate)),
  trainingOn: v.optional(v.nullable(isoDate)),
  self: v.optional(
    v.nullable(
      v.object({
        incentives: text(4000),
        executive: text(4000),
        labour: text(4000),
        points: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000))),
      }),
    ),
  ),
  agreedOn: v.optional(v.nullable(isoDate)),
  signature: v.optional(v.nullable(v.object({ on: isoDate, refused: v.boolean(), act: text(2000) }))),
  profileId: id,
  profileVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

export const FamiliarisationSchema = v.object({
  id,
  periodId: id,
  employeeId: id,
  component: v.picklist(['ranking', 'kci', 'points']),
  on: isoDate,
  how: v.picklist([...FAMILIARISATION_MEANS]),
  act: v.optional(text(1000), ''),
  witnesses: v.optional(v.pipe(v.array(text(300)), v.maxLength(5)), []),
  note: v.optional(text(2000), ''),
  round: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)), 1),
  value: v.optional(v.nullable(v.pipe(v.number(), v.integer())), null),
});

const nullableDate = v.optional(v.nullable(isoDate), null);

export const CalibrationSchema = v.object({
  id,
  periodId: id,
  employeeId: id,
  component: v.picklist(['ranking', 'kci']),
  appliedOn: isoDate,
  application: v.optional(text(5000), ''),
  decidedOn: nullableDate,
  heldOn: nullableDate,
  evaluatorArgument: v.optional(text(5000), ''),
  participants: v.pipe(
    v.array(
      v.object({
        id,
        name: text(300),
        position: v.optional(text(5000), ''),
        vote: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500))), null),
      }),
    ),
    v.maxLength(50),
  ),
  reason: v.optional(text(5000), ''),
  signedOn: nullableDate,
  feedback: v.optional(
    v.object({
      on: nullableDate,
      achievements: v.optional(text(5000), ''),
      skills: v.optional(text(5000), ''),
      potential: v.optional(text(5000), ''),
    }),
    { on: null, achievements: '', skills: '', potential: '' },
  ),
});

export const SittingSchema = v.object({
  id,
  periodId: id,
  number: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)), 1),
  orderNumber: v.optional(text(100), ''),
  orderDate: nullableDate,
  seats: v.pipe(v.array(v.object({ id, name: text(300), role: v.picklist(['chair', 'member', 'secretary']) })), v.maxLength(50)),
  heldOn: nullableDate,
  present: v.array(id),
  cases: v.array(
    v.object({
      employeeId: id,
      component: v.picklist(['ranking', 'kci', 'points']),
      votes: v.record(v.string(), v.picklist(['approve', 'revise', 'abstain'])),
      corrected: v.optional(v.nullable(v.pipe(v.number(), v.integer())), null),
      reason: v.optional(text(5000), ''),
      recommendation: v.optional(text(5000), ''),
    }),
  ),
  conclusion: v.optional(text(5000), ''),
  signedOn: nullableDate,
  approval: v.optional(v.nullable(v.object({ name: text(300), position: text(300), on: isoDate })), null),
});

export const AppealSchema = v.object({
  id,
  periodId: id,
  employeeId: id,
  component: v.picklist(['ranking', 'kci', 'points']),
  filedOn: isoDate,
  body: v.optional(text(500), ''),
  outcome: v.picklist(['pending', 'upheld', 'changed']),
  decidedOn: nullableDate,
  newResult: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))), null),
  source: v.optional(text(1000), ''),
  informedOn: nullableDate,
  court: v.optional(text(2000), ''),
});

const columnIndex = v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(1000));
/** The export register's record of a unit workbook sent out (issue 20). */
export const ExportRecordSchema = v.object({
  id,
  kind: v.literal('unitWorkbook'),
  agencyId: id,
  periodId: id,
  unitId: id,
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  profileId: id,
  profileVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  lang: v.picklist(['kk', 'ru', 'en']),
  operator: v.optional(text(200), ''),
  sections: v.array(
    v.object({
      component: v.picklist(['ranking', 'kci', 'incentives', 'violations', 'self']),
      sheet: text(31),
      headerRow: v.pipe(v.number(), v.integer(), v.minValue(1)),
      headers: v.array(text(500)),
      fixed: v.pipe(v.number(), v.integer(), v.minValue(1)),
      hashed: v.array(columnIndex),
      status: columnIndex,
      params: v.array(id),
      rows: v.array(
        v.object({
          id: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
          hash: v.pipe(v.string(), v.maxLength(128)),
          values: v.record(v.string(), v.pipe(v.number(), v.safeInteger())),
          entry: v.optional(v.record(v.string(), v.unknown())),
          excluded: v.optional(v.boolean()),
        }),
      ),
    }),
  ),
  points: v.optional(v.custom((x) => entryScaleOf(x) !== undefined, 'not an entry scale')),
});

/** HR closed a year's 360 round (issue 20): from then its results show, and nothing more is sealed. */
export const Survey360ClosureSchema = v.object({
  closedAt: v.pipe(v.string(), v.isoTimestamp()),
  answers: v.pipe(v.number(), v.integer(), v.minValue(0)),
  withdrawn: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const Survey360SetupSchema = v.object({
  id,
  periodId: id,
  evaluatedId: id,
  respondents: v.pipe(
    v.array(
      v.object({
        respondentId: id,
        role: v.picklist(['manager', 'subordinate', 'peer', 'self']),
        issued: v.optional(v.boolean()),
      }),
    ),
    v.maxLength(50),
  ),
});

const respondentRole = v.picklist(['manager', 'subordinate', 'peer', 'self']);

export const Survey360TokenSchema = v.object({
  token: id,
  periodId: id,
  evaluatedId: id,
  role: respondentRole,
  respondentId: id,
  code: text(20),
});

const sealedRole = v.pipe(
  v.picklist(['manager', 'subordinate', 'peer', 'self', 'other']),
  // A backup made before answers kept only self / other is read with the finer role dropped.
  v.transform((r) => (r === 'self' ? ('self' as const) : ('other' as const))),
);
const sealedScores = v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10000)));

export const Survey360AnswerSchema = v.object({
  id: id,
  periodId: id,
  evaluatedId: id,
  role: sealedRole,
  scores: sealedScores,
});

export const Survey360SpentSchema = v.object({ token: id, periodId: id });

/** A backup made before issue 20 holds its answers under their tokens; it is read and re-keyed. */
export const LegacySurvey360AnswerSchema = v.object({
  token: id,
  periodId: id,
  evaluatedId: id,
  role: sealedRole,
  scores: sealedScores,
});

export const Survey360FeedbackSchema = v.object({
  id,
  periodId: id,
  evaluatedId: id,
  meetingDate: v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]),
  discussed: v.pipe(v.string(), v.maxLength(4000)),
  actions: v.pipe(v.string(), v.maxLength(4000)),
});

const bothLanguages = v.object({ kk: text(1000), ru: text(1000) });

export const CompetencySheetSchema = v.object({
  id,
  periodId: id,
  employeeId: id,
  entries: v.pipe(
    v.array(
      v.object({
        competency: id,
        meets: v.nullable(v.boolean()),
        indicatorsNotShown: v.pipe(v.array(bothLanguages), v.maxLength(30)),
        note: v.optional(text(2000), ''),
      }),
    ),
    v.maxLength(30),
  ),
  managerSignedOn: v.optional(v.nullable(isoDate)),
  acquaintedOn: v.optional(v.nullable(isoDate)),
});

export const SettingSchema = v.object({ key: id, value: v.unknown() });

/** The values settings hold (read through these: a value that fails is taken as unset). */
const amendment = v.object({ date: isoDate, note: v.optional(text(), '') });
export const CalendarAmendmentsSchema = v.object({
  daysOff: v.optional(v.array(amendment), []),
  workdays: v.optional(v.array(amendment), []),
});
export const OperatorNameSchema = text(200);
/** The column mapping of the agency's last roster import (`SavedRosterMapping`); a sheet has at most a few hundred columns. */
export const RosterMappingSchema = v.object({
  headers: v.pipe(v.array(text(500)), v.maxLength(500)),
  headerRow: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)),
  mapping: v.pipe(v.array(v.nullable(v.picklist(ROSTER_FIELDS))), v.maxLength(500)),
  savedOn: isoDate,
});
export const PeriodLockSchema = v.object({
  at: v.string(),
  operator: v.optional(v.string(), ''),
  notEvaluated: v.optional(v.array(v.object({ employeeId: id, reason: v.pipe(text(2000), v.minLength(1)) })), []),
});

export const AuditSchema = v.object({
  id: v.optional(v.pipe(v.number(), v.integer())),
  at: v.string(),
  operator: v.string(),
  action: v.picklist(['create', 'update', 'delete', 'import', 'undoImport', 'restore', 'demo']),
  entity: v.string(),
  entityId: v.string(),
  field: v.string(),
  before: v.unknown(),
  after: v.unknown(),
  reason: v.optional(v.string(), ''),
  batchId: v.optional(v.string()),
});
