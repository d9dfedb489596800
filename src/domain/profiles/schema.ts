/**
 * The profile validator (valibot): structure, ranges and consistency. Problems come back with the
 * parameter's path so the editor shows them beside the field.
 */
import * as v from 'valibot';
import { scaleProblems, GRADES, type GradeId, type Scale } from '../rules/grades';
import { ASSUMPTION_IDS } from './assumptions';
import { JUSTICE_TERRITORIAL_ACTIVITIES } from './points-activities';
import { TYPICAL_INDICATOR_GROUPS, TYPICAL_INDICATORS } from './indicators';
import type { Profile } from './types';
import { PROCEDURE_004 } from './procedure';
import { ABSENCE_KINDS, FAMILIARISATION_MEANS } from '../model';
import { CATEGORIES, HEAD_CATEGORIES } from '../categories';
import { GRADE_PHRASES_2023 } from './grade-phrases';

const cited = <T extends v.GenericSchema>(value: T) =>
  v.union([
    v.object({ value, source: v.pipe(v.string(), v.minLength(1)), assumption: v.optional(v.undefined()) }),
    v.object({ value, assumption: v.picklist(ASSUMPTION_IDS), source: v.optional(v.string()) }),
  ]);
const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const texts = v.object({ kk: v.pipe(v.string(), v.minLength(1)), ru: v.pipe(v.string(), v.minLength(1)) });
const named = v.object({ id: v.pipe(v.string(), v.minLength(1)), names: texts });
const grade = v.picklist(GRADES);
const scale = v.pipe(
  v.object({
    decimals: v.picklist([0, 1, 2]),
    bands: v.pipe(v.array(v.object({ grade, min: v.nullable(v.number()) })), v.minLength(1)),
  }),
  v.check((s) => scaleProblems(s as Scale).length === 0, 'scaleOrder'),
);
const indicatorSet = v.object({ effective: v.array(texts), ineffective: v.array(texts) });
const indicators = v.object({ lead: indicatorSet, head: indicatorSet, staff: indicatorSet });
const uniqueIds = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id)).size === list.length;

export const ProfileSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/)),
  version: int(1, 100_000),
  names: v.object({ kk: v.pipe(v.string(), v.minLength(1)), ru: v.pipe(v.string(), v.minLength(1)), en: v.string() }),
  builtIn: v.boolean(),
  basedOn: v.nullable(v.string()),
  components: cited(
    v.object({
      kci: v.boolean(),
      ranking: v.boolean(),
      survey360: v.boolean(),
      competencySheet: v.boolean(),
      points: v.boolean(),
    }),
  ),
  deadlines: v.object({
    quarterlyDay: cited(int(1, 28)),
    // Added later: an older profile evaluates the fourth quarter like the others.
    fourthQuarterDecemberDay: v.optional(cited(int(0, 31)), () => ({ value: 0, source: '004 §5' })),
    annual: cited(v.object({ month: int(1, 12), day: int(1, 31), nextYear: v.boolean() })),
    notifyDay: cited(int(1, 28)),
    kciNotifyDay: cited(int(1, 28)),
    kciSetWorkingDays: cited(int(1, 60)),
    kciPlacementWorkingDays: cited(int(1, 60)),
    shiftedKciWorkingDays: cited(int(1, 60)),
    familiarisationWorkingDays: cited(int(1, 60)),
  }),
  minTenureMonths: cited(int(0, 12)),
  leaveHandling: cited(v.picklist(['shiftKci', 'withoutParticipation'])),
  // Added later: an older profile keeps 004 §3.4's list.
  unitHeadCategories: v.optional(cited(v.pipe(v.array(v.picklist([...CATEGORIES])), v.minLength(1))), () => ({
    value: [...HEAD_CATEGORIES],
    source: '004 §3',
  })),
  // Added later: an older profile keeps the six absences of 004 §6.
  absences: v.optional(cited(v.array(v.picklist([...ABSENCE_KINDS]))), () => ({ value: [...ABSENCE_KINDS], source: '004 §6' })),
  probationExcluded: cited(v.boolean()),
  scale: cited(scale),
  // Added later: an older profile prints 004 §8's and 001 §7's phrases.
  gradePhrases: v.optional(
    cited(v.partial(v.object(Object.fromEntries(GRADES.map((g) => [g, texts])) as Record<GradeId, typeof texts>))),
    () => GRADE_PHRASES_2023,
  ),
  rounding: cited(v.picklist(['halfUp', 'halfEven', 'down'])),
  ranking: v.object({
    parameters: cited(
      v.pipe(
        v.array(v.object({ id: v.pipe(v.string(), v.minLength(1)), names: texts, weight: int(1, 100) })),
        v.minLength(1),
        v.check((list) => uniqueIds(list), 'duplicateId'),
      ),
    ),
    combine: cited(v.picklist(['mean', 'weightedMean'])),
    extraEvaluatorsAbove: cited(int(1, 1000)),
  }),
  kci: v.pipe(
    v.object({
      minCount: cited(int(1, 20)),
      maxCount: cited(int(1, 20)),
      noKciMonthsLeft: cited(int(0, 12)),
      permissible: cited(
        v.pipe(v.array(v.object({ fromPercent: int(0, 1_000_000), min: int(0, 500), max: int(0, 500) })), v.minLength(1)),
      ),
      combine: cited(v.literal('mean')),
      countRule: cited(v.boolean()),
      deadlineInPeriod: v.optional(cited(v.boolean()), () => ({ value: true, source: '004 §25' })),
      changeNeedsReason: v.optional(cited(v.boolean()), () => ({ value: true, source: '004 §26' })),
      review: v.optional(cited(v.boolean()), () => ({ value: true, assumption: 'kciReview' as const })),
    }),
    v.check((k) => k.minCount.value <= k.maxCount.value, 'minAboveMax'),
    v.check((k) => k.permissible.value.every((r) => r.min <= r.max), 'rangeInverted'),
  ),
  survey360: v.pipe(
    v.object({
      headCompetencies: cited(
        v.pipe(
          v.array(named),
          v.check((list) => uniqueIds(list), 'duplicateId'),
        ),
      ),
      staffCompetencies: cited(
        v.pipe(
          v.array(named),
          v.check((list) => uniqueIds(list), 'duplicateId'),
        ),
      ),
      minRespondents: cited(int(1, 50)),
      maxRespondents: cited(int(1, 50)),
      anonymityThreshold: cited(int(2, 50)),
      answerScale: cited(v.object({ min: int(0, 10), max: int(1, 10) })),
      leastExpressed: cited(int(0, 20)),
      // Added after profiles were first saved: an older agency profile has no threshold.
      leastExpressedBelow: v.optional(cited(int(0, 1000)), () => ({ value: 0, source: '004 §37' })),
    }),
    v.check((s) => s.minRespondents.value <= s.maxRespondents.value, 'minAboveMax'),
  ),
  competencySheet: cited(
    v.array(
      v.object({
        id: v.pipe(v.string(), v.minLength(1)),
        names: texts,
        publicServiceOnly: v.boolean(),
        indicators: v.optional(indicators),
      }),
    ),
  ),
  // Added after profiles were first saved: an older agency profile gets the seed's groups.
  indicatorGroups: v.optional(
    cited(v.object({ lead: v.array(v.string()), head: v.array(v.string()), headWhenHeadingUnit: v.array(v.string()) })),
    () => ({ value: TYPICAL_INDICATOR_GROUPS, source: '000 Appendix 4' }),
  ),
  points: v.object({
    base: cited(int(0, 1000)),
    incentiveRange: cited(v.object({ min: int(0, 100), max: int(0, 100) })),
    // Added after profiles were first saved: an older agency profile gets the seed's scale.
    activities: v.optional(
      cited(
        v.pipe(
          v.array(
            v.object({
              id: v.pipe(v.string(), v.minLength(1)),
              names: texts,
              points: int(0, 100),
              translated: v.optional(v.nullable(v.picklist(['kk', 'ru'])), null),
            }),
          ),
          v.check((list) => uniqueIds(list), 'duplicateId'),
        ),
      ),
      () => ({ value: JUSTICE_TERRITORIAL_ACTIVITIES, source: '002 Appendix 2' }),
    ),
    violationPenalty: cited(int(0, 100)),
    quarterlyScale: cited(scale),
    conversion: cited(v.record(grade, int(0, 5))),
    planTargetsMax: cited(int(1, 20)),
    planScores: cited(v.object({ notAchieved: int(0, 5), partly: int(0, 5), achieved: int(0, 5), exceeded: int(0, 5) })),
    annualWeights: cited(v.object({ quarterly: int(0, 100), plan: int(0, 100) })),
    annualScale: cited(scale),
  }),
  calibration: v.object({
    applyWorkingDays: cited(int(1, 60)),
    decideWorkingDays: cited(int(1, 60)),
    holdWorkingDays: cited(int(1, 60)),
    protocolWorkingDays: cited(int(1, 60)),
    // Added later: an older profile names 004's paragraphs.
    paragraphs: v.optional(cited(v.pipe(v.string(), v.regex(/^\d{1,3}(–\d{1,3})?$/))), () => ({
      value: '38–43',
      source: '004 §§38–43',
    })),
  }),
  commission: v.object({
    quorum: cited(
      v.pipe(
        v.object({ numerator: int(1, 10), denominator: int(1, 10) }),
        v.check((q) => q.numerator <= q.denominator, 'quorumAboveOne'),
      ),
    ),
    chairBreaksTies: cited(v.boolean()),
  }),
  // Added after profiles were first saved: an older agency profile gets seed 004's procedure.
  procedure: v.optional(
    v.object({
      familiariseAfter: cited(v.picklist(['completion', 'final'])),
      approval: cited(v.boolean()),
      calibrationAppeal: cited(v.boolean()),
      approverTitle: cited(texts),
      familiarisationMeans: cited(v.pipe(v.array(v.picklist([...FAMILIARISATION_MEANS])), v.minLength(1))),
      refusalWitnesses: cited(int(0, 5)),
      appealWorkingDays: cited(int(1, 60)),
      appealInformDays: cited(int(0, 60)),
      kciActualsWorkingDays: cited(int(0, 30)),
      sheetToCommissionWorkingDays: cited(int(0, 30)),
      // Added later: an older profile has no such term.
      yearBeforeSittingWorkingDays: v.optional(cited(int(0, 30)), () => ({ value: 0, source: '004 §5' })),
      evaluationNotice: cited(v.object({ days: int(0, 60), working: v.boolean() })),
      // Added after procedures were first saved: an older profile keeps the year as the quarters' mean.
      annualReview: v.optional(cited(v.boolean()), () => PROCEDURE_004.annualReview),
      trainingMonths: cited(int(0, 24)),
      planByJanuaryDay: cited(int(0, 31)),
      planAfterAppointmentWorkingDays: v.optional(cited(int(0, 60)), () => PROCEDURE_004.planAfterAppointmentWorkingDays),
    }),
    () => PROCEDURE_004,
  ),
  retentionYears: cited(int(1, 100)),
  confidentiality: v.optional(cited(v.boolean()), () => ({ value: true, source: '004 §§16, 21' })),
  consequences: v.object({
    bonusGrades: cited(v.array(grade)),
    trainingGrades: cited(v.array(grade)),
    notMentorGrades: cited(v.array(grade)),
    demotionAfterUnsatisfactoryYears: cited(int(0, 10)),
  }),
});

export interface ProfileProblem {
  /** Dotted path of the parameter, e.g. `kci.permissible.value.2.max`. */
  readonly path: string;
  /** What is wrong, for the user's words (`methodology.problem.<code>`). */
  readonly code: ProfileProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** The validator's own text, for developers only. */
  readonly message: string;
}

export type ProfileProblemCode =
  'tooSmall' | 'tooLarge' | 'notInteger' | 'notNumber' | 'required' | 'tooLong' | 'notAllowed' | 'sourceRequired' | 'invalid';

/** A validator issue as a problem the editor can say in the user's language. */
function problemOf(i: v.BaseIssue<unknown>): ProfileProblem {
  const path = v.getDotPath(i) ?? '';
  const received = typeof i.input === 'number' || typeof i.input === 'string' ? i.input : '';
  const requirement = typeof i.requirement === 'number' ? i.requirement : '';
  const at = (code: ProfileProblemCode, params: Readonly<Record<string, string | number>> = {}): ProfileProblem => ({
    path,
    code,
    params,
    message: i.message,
  });
  // A cited parameter whose source was cleared matches neither shape of `cited`.
  const node = i.input as { source?: unknown; assumption?: unknown } | null;
  if (i.type === 'union' && node && typeof node === 'object' && 'value' in node && !node.assumption && !node.source)
    return at('sourceRequired');
  if (path.endsWith('.source') && (i.type === 'min_length' || i.type === 'non_empty')) return at('sourceRequired');
  switch (i.type) {
    case 'min_value':
      return at('tooSmall', { min: requirement, value: received });
    case 'max_value':
      return at('tooLarge', { max: requirement, value: received });
    case 'integer':
      return at('notInteger', { value: received });
    case 'number':
      return at('notNumber', { value: String(received) });
    case 'min_length':
    case 'non_empty':
      return at('required');
    case 'max_length':
      return at('tooLong', { max: requirement });
    case 'picklist':
    case 'literal':
      return at('notAllowed', { value: String(received) });
    default:
      return at('invalid');
  }
}

/** Validates a profile; every problem, with its path. */
export function validateProfile(input: unknown): { ok: true; profile: Profile } | { ok: false; problems: ProfileProblem[] } {
  const result = v.safeParse(ProfileSchema, input);
  if (result.success) return { ok: true, profile: result.output as Profile };
  return { ok: false, problems: result.issues.map(problemOf) };
}

/** A stored profile as today's app reads it: parameters added since it was saved get their defaults. */
export function normaliseProfile(stored: Profile): Profile {
  const checked = validateProfile(stored);
  if (!checked.ok) return stored;
  const profile = checked.profile;
  // A competency saved without indicators gets the seed's, when it is one of the seed's eleven.
  const sheet = profile.competencySheet.value.map((c) =>
    c.indicators === undefined && TYPICAL_INDICATORS[c.id] ? { ...c, indicators: TYPICAL_INDICATORS[c.id] } : c,
  );
  return { ...profile, competencySheet: { ...profile.competencySheet, value: sheet } };
}
