/**
 * The built-in, read-only profiles (METHODOLOGY intro, §§2–4). Typical 2023 is written out in
 * full; the others are derived from it and cite their own seed for what they change.
 */
import { JUSTICE_CENTRAL_ACTIVITIES, JUSTICE_TERRITORIAL_ACTIVITIES } from './points-activities';
import { TYPICAL_INDICATOR_GROUPS } from './indicators';
import type { Scale } from '../rules/grades';
import { HEAD_360, RANKING_PARAMETERS, SHEET_COMPETENCIES, STAFF_360 } from './competencies';
import type { Profile } from './types';
import type { AssumptionId } from './assumptions';
import { PROCEDURE_001, PROCEDURE_002, PROCEDURE_004 } from './procedure';
import { HEAD_CATEGORIES } from '../categories';
import { GRADE_PHRASES_2017, GRADE_PHRASES_2023 } from './grade-phrases';

/** 000 Appendix 4's first and second groups, with the categories it lists "when heading a structural unit". */
const UNIT_HEAD_CATEGORIES_000: readonly string[] = [
  ...TYPICAL_INDICATOR_GROUPS.lead,
  ...TYPICAL_INDICATOR_GROUPS.head,
  ...TYPICAL_INDICATOR_GROUPS.headWhenHeadingUnit,
];

const s = <T>(value: T, source: string) => ({ value, source }) as const;
const assumed = <T>(value: T, assumption: AssumptionId) => ({ value, assumption }) as const;

/** 004 §8, 001 §7: 4–5 effective, 3–3.99 proper, 2–2.99 satisfactory, 0–1.99 unsatisfactory (hundredths). */
export const SCALE_2023: Scale = {
  decimals: 2,
  bands: [
    { grade: 'effective', min: 400 },
    { grade: 'proper', min: 300 },
    { grade: 'satisfactory', min: 200 },
    { grade: 'unsatisfactory', min: null },
  ],
};

/** 002 §27: < 80 unsatisfactory; 80–105 satisfactory; 106–130 effective; > 130 excellent (points). */
export const SCALE_2017_QUARTER: Scale = {
  decimals: 0,
  bands: [
    { grade: 'excellent', min: 131 },
    { grade: 'effective', min: 106 },
    { grade: 'satisfactory', min: 80 },
    { grade: 'unsatisfactory', min: null },
  ],
};

/** 002 §33: < 3 unsatisfactory; 3–3.9 satisfactory; 4–4.9 effective; 5 excellent (tenths). */
export const SCALE_2017_ANNUAL: Scale = {
  decimals: 1,
  bands: [
    { grade: 'excellent', min: 50 },
    { grade: 'effective', min: 40 },
    { grade: 'satisfactory', min: 30 },
    { grade: 'unsatisfactory', min: null },
  ],
};

export const TYPICAL_2023: Profile = {
  id: 'typical-2023',
  version: 1,
  names: { kk: 'Үлгілік әдістеме 2023', ru: 'Типовая методика 2023', en: 'Typical methodology 2023' },
  builtIn: true,
  basedOn: null,
  components: s({ kci: true, ranking: true, survey360: true, competencySheet: true, points: false }, '004 §§4, 22, 29, 34'),
  deadlines: {
    quarterlyDay: s(10, '004 §5'),
    fourthQuarterDecemberDay: s(0, '004 §5'),
    annual: s({ month: 1, day: 10, nextYear: true }, '004 §5'),
    notifyDay: s(10, '004 §31'),
    kciNotifyDay: s(5, '004 §27'),
    kciSetWorkingDays: s(10, '004 §23'),
    kciPlacementWorkingDays: s(5, '004 §23'),
    shiftedKciWorkingDays: s(5, '004 §6'),
    familiarisationWorkingDays: s(2, '004 §12'),
  },
  minTenureMonths: s(3, '004 §6'),
  leaveHandling: s('shiftKci', '004 §6'),
  // The Typical Methodology's groups of 000 Appendix 4: who heads a unit in any state body.
  unitHeadCategories: s(UNIT_HEAD_CATEGORIES_000, '000 Appendix 4'),
  absences: s(['labourLeave', 'socialLeave', 'sickLeave', 'businessTrip', 'internship', 'training'], '004 §6'),
  probationExcluded: s(false, '004 §6'),
  scale: s(SCALE_2023, '004 §8'),
  gradePhrases: GRADE_PHRASES_2023,
  rounding: { value: 'halfUp', assumption: 'rounding' },
  ranking: {
    parameters: s(RANKING_PARAMETERS, '004 §33'),
    combine: { value: 'mean', assumption: 'rankingCombine' },
    extraEvaluatorsAbove: s(50, '004 §32'),
  },
  kci: {
    minCount: s(3, '004 §24'),
    maxCount: s(5, '004 §24'),
    noKciMonthsLeft: s(3, '004 §23'),
    permissible: {
      value: [
        { fromPercent: 10000, min: 400, max: 500 },
        { fromPercent: 9000, min: 300, max: 400 },
        { fromPercent: 7000, min: 200, max: 300 },
        { fromPercent: 5000, min: 100, max: 200 },
        { fromPercent: 0, min: 0, max: 100 },
      ],
      assumption: 'kciPermissibleTable',
    },
    combine: { value: 'mean', assumption: 'kciCombine' },
    countRule: s(false, '004 §28'),
    deadlineInPeriod: s(true, '004 §25'),
    changeNeedsReason: s(true, '004 §26'),
    // 004 §28 sends the sheet to the evaluating person; it sets no agreement step: 001's is followed.
    review: assumed(true, 'kciReview'),
  },
  survey360: {
    headCompetencies: s(HEAD_360, '004 §35'),
    staffCompetencies: s(STAFF_360, '004 §35'),
    minRespondents: s(3, '004 §36'),
    maxRespondents: s(7, '004 §36'),
    anonymityThreshold: { value: 3, assumption: 'survey360Anonymity' },
    answerScale: { value: { min: 1, max: 5 }, assumption: 'survey360Scale' },
    leastExpressed: { value: 3, assumption: 'leastExpressedCount' },
    // 004 §37 names the least expressed competencies, not a threshold: none unless the agency sets one.
    leastExpressedBelow: s(0, '004 §37'),
  },
  competencySheet: s(SHEET_COMPETENCIES, '004 Appendices 3–4; 000 Appendix 4'),
  indicatorGroups: s(TYPICAL_INDICATOR_GROUPS, '000 Appendix 4'),
  points: {
    base: s(100, '002 §16'),
    incentiveRange: s({ min: 1, max: 5 }, '002 §18'),
    activities: s(JUSTICE_TERRITORIAL_ACTIVITIES, '002 Appendix 2'),
    violationPenalty: s(2, '002 §22'),
    quarterlyScale: s(SCALE_2017_QUARTER, '002 §27'),
    conversion: s({ unsatisfactory: 2, satisfactory: 3, effective: 4, excellent: 5 }, '002 §32'),
    planTargetsMax: s(4, '002 §12'),
    planScores: s({ notAchieved: 2, partly: 3, achieved: 4, exceeded: 5 }, '002 §30'),
    annualWeights: { value: { quarterly: 1, plan: 1 }, assumption: 'pointsAnnualFormula' },
    annualScale: s(SCALE_2017_ANNUAL, '002 §33'),
  },
  calibration: {
    applyWorkingDays: s(5, '004 §13'),
    decideWorkingDays: s(3, '004 §39'),
    holdWorkingDays: s(10, '004 §40'),
    protocolWorkingDays: s(3, '004 §42'),
    paragraphs: s('38–43', '004 §§38–43'),
  },
  commission: {
    quorum: s({ numerator: 2, denominator: 3 }, '001 §52'),
    chairBreaksTies: s(true, '001 §55'),
  },
  procedure: PROCEDURE_004,
  retentionYears: s(3, '004 §15'),
  confidentiality: s(true, '004 §§16, 21'),
  consequences: {
    bonusGrades: { value: ['effective'], assumption: 'consequenceGrades' },
    trainingGrades: { value: ['unsatisfactory'], assumption: 'consequenceGrades' },
    notMentorGrades: { value: [], assumption: 'consequences2017Only' },
    demotionAfterUnsatisfactoryYears: { value: 0, assumption: 'consequences2017Only' },
  },
};

export const AKSU_2023: Profile = {
  ...TYPICAL_2023,
  id: 'aksu-2023',
  names: { kk: 'Ақсу қаласының әкімдігі 2023', ru: 'Акимат города Аксу 2023', en: 'Aksu city akimat 2023' },
  basedOn: 'typical-2023',
  unitHeadCategories: s(HEAD_CATEGORIES, '004 §3'),
};

/** 001: one month of tenure, no shifted KCI (without participation), count-based annual KCI. */
export const ZHANAOZEN_2023: Profile = {
  ...TYPICAL_2023,
  id: 'zhanaozen-2023',
  names: { kk: 'Жаңаөзен қалалық мәслихаты 2023', ru: 'Маслихат города Жанаозен 2023', en: 'Zhanaozen city maslikhat 2023' },
  basedOn: 'typical-2023',
  deadlines: {
    ...TYPICAL_2023.deadlines,
    quarterlyDay: s(10, '001 §4'),
    annual: s({ month: 1, day: 10, nextYear: true }, '001 §4'),
    notifyDay: s(10, '001 §30'),
    kciNotifyDay: s(5, '001 §26'),
    kciSetWorkingDays: s(10, '001 §22'),
    kciPlacementWorkingDays: s(5, '001 §22'),
    familiarisationWorkingDays: s(2, '001 §11'),
  },
  retentionYears: s(3, '001 §14'),
  confidentiality: s(true, '001 §§15, 20'),
  minTenureMonths: s(1, '001 §5'),
  leaveHandling: s('withoutParticipation', '001 §5'),
  // 001 §2.4: «аппаратының басшысы - Е-2 санаттарының ... қызметшісі»; everyone else is corps B staff.
  unitHeadCategories: s(['E-2'], '001 §2'),
  absences: s(['labourLeave', 'socialLeave', 'sickLeave', 'businessTrip', 'internship', 'training'], '001 §5'),
  scale: s(SCALE_2023, '001 §7'),
  gradePhrases: { ...GRADE_PHRASES_2023, source: '001 §7' },
  kci: {
    ...TYPICAL_2023.kci,
    minCount: s(3, '001 §23'),
    maxCount: s(5, '001 §23'),
    countRule: s(true, '001 §44'),
    noKciMonthsLeft: s(3, '001 §22'),
    deadlineInPeriod: s(true, '001 §24'),
    changeNeedsReason: s(true, '001 §25'),
    review: s(true, '001 §§45–49'),
  },
  survey360: {
    ...TYPICAL_2023.survey360,
    headCompetencies: s(HEAD_360, '001 §34'),
    staffCompetencies: s(STAFF_360, '001 §34'),
    minRespondents: s(3, '001 §35'),
    maxRespondents: s(7, '001 §35'),
    // 001 §36 names the least expressed competencies, not a threshold.
    leastExpressedBelow: s(0, '001 §36'),
  },
  ranking: {
    ...TYPICAL_2023.ranking,
    parameters: s(RANKING_PARAMETERS, '001 §32'),
    // 001 §§29–31: the apparatus head ranks everyone; the act names no additional evaluators.
    extraEvaluatorsAbove: assumed(50, 'extraEvaluators001'),
  },
  // 001 §12 (apply within five working days of familiarisation), §38 (decision and composition in three),
  // §39 (the session within ten), §41 (the protocol in the information system within three).
  calibration: {
    applyWorkingDays: s(5, '001 §12'),
    decideWorkingDays: s(3, '001 §38'),
    holdWorkingDays: s(10, '001 §39'),
    protocolWorkingDays: s(3, '001 §41'),
    paragraphs: s('37–42', '001 §§37–42'),
  },
  procedure: PROCEDURE_001,
};

/** 002: the points model — quarterly 100 + incentives − penalties, annual with the work plan. */
export const JUSTICE_2017: Profile = {
  ...TYPICAL_2023,
  id: 'justice-2017',
  names: {
    kk: 'Әділет министрлігі 2017 (балдық модель)',
    ru: 'Министерство юстиции 2017 (балльная модель)',
    en: 'Ministry of Justice 2017 (points model)',
  },
  basedOn: 'typical-2023',
  components: s({ kci: false, ranking: false, survey360: false, competencySheet: false, points: true }, '002 §§3, 16, 26'),
  deadlines: {
    ...TYPICAL_2023.deadlines,
    quarterlyDay: s(10, '002 §3'),
    // 002 §3: «бағалау оныншы желтоқсаннан кешіктірілмей өткізілетін төртінші тоқсанды қоспағанда».
    fourthQuarterDecemberDay: s(10, '002 §3'),
    annual: s({ month: 12, day: 25, nextYear: false }, '002 §3'),
    shiftedKciWorkingDays: s(5, '002 §3'),
    familiarisationWorkingDays: s(2, '002 §36'),
  },
  // 002 says nothing of who may know the results: kept as the 2023 methodologies keep them.
  confidentiality: assumed(true, 'confidentiality2017'),
  // 002 §37: the documents are kept by HR, for no stated term.
  retentionYears: assumed(3, 'retention2017'),
  minTenureMonths: s(3, '002 §3'),
  leaveHandling: s('shiftKci', '002 §3'),
  // 002 §3: «Әлеуметтік демалыста немесе еңбекке уақытша қабілетсіздігі кезеңінде».
  absences: s(['socialLeave', 'sickLeave'], '002 §3'),
  probationExcluded: s(true, '002 §3'),
  scale: s(SCALE_2017_ANNUAL, '002 §33'),
  gradePhrases: GRADE_PHRASES_2017,
  commission: { quorum: s({ numerator: 2, denominator: 3 }, '002 §7'), chairBreaksTies: s(true, '002 §9') },
  procedure: PROCEDURE_002,
  consequences: {
    bonusGrades: s(['excellent', 'effective'], '002 §42'),
    // 002 §43: training «қанағаттанарлықсыз болып танылған қызмет бағыты бойынша».
    trainingGrades: s(['unsatisfactory'], '002 §43'),
    notMentorGrades: s(['unsatisfactory'], '002 §44'),
    demotionAfterUnsatisfactoryYears: s(2, '002 §45'),
  },
};

/**
 * METHODOLOGY §4: since 1 August 2025 — no KCI and no 360; quarters by the 20th; annual by 30 January.
 * The amended act is not among the acts, so these rest on the assumption `model2025`.
 */
export const TYPICAL_2025: Profile = {
  ...TYPICAL_2023,
  id: 'typical-2025',
  names: { kk: 'Үлгілік әдістеме 2025', ru: 'Типовая методика 2025', en: 'Typical methodology 2025' },
  basedOn: 'typical-2023',
  components: assumed({ kci: false, ranking: true, survey360: false, competencySheet: false, points: false }, 'model2025'),
  deadlines: {
    ...TYPICAL_2023.deadlines,
    quarterlyDay: assumed(20, 'model2025'),
    annual: assumed({ month: 1, day: 30, nextYear: true }, 'model2025'),
  },
};

/** 002 for the Ministry's central apparatus: the same model with Appendix 2's list for the central apparatus. */
export const JUSTICE_2017_CENTRAL: Profile = {
  ...JUSTICE_2017,
  id: 'justice-2017-central',
  names: {
    kk: 'Әділет министрлігі 2017, орталық аппарат (балдық модель)',
    ru: 'Министерство юстиции 2017, центральный аппарат (балльная модель)',
    en: 'Ministry of Justice 2017, central apparatus (points model)',
  },
  basedOn: 'justice-2017',
  points: { ...JUSTICE_2017.points, activities: s(JUSTICE_CENTRAL_ACTIVITIES, '002 Appendix 2') },
};

export const BUILTIN_PROFILE_DATA: readonly Profile[] = [
  TYPICAL_2023,
  AKSU_2023,
  ZHANAOZEN_2023,
  JUSTICE_2017,
  JUSTICE_2017_CENTRAL,
  TYPICAL_2025,
];

export function builtinProfile(id: string): Profile | undefined {
  return BUILTIN_PROFILE_DATA.find((p) => p.id === id);
}

/**
 * The profile a stored result was computed with: the built-in of that version, or the agency's own
 * version; undefined when it is no longer known (the caller then uses the current one).
 */
export function profileVersionOf(
  ref: { readonly profileId: string; readonly profileVersion: number },
  own: readonly Profile[],
): Profile | undefined {
  const builtin = builtinProfile(ref.profileId);
  if (builtin) return builtin.version === ref.profileVersion ? builtin : undefined;
  return own.find((p) => p.id === ref.profileId && p.version === ref.profileVersion);
}
