/**
 * Every id and key the records are stored and found under, in one place: a page, a document or
 * a store module never spells one by hand (an architecture test scans the tree for that).
 */

/** Which part of the evaluation a record belongs to (ranking, KCI, points). */
export type RecordComponent = 'ranking' | 'kci' | 'points';

/** `2026-Q3` */
export const quarterId = (year: number, quarter: number): string => `${year}-Q${quarter}`;
/** `2026-Y` */
export const yearId = (year: number): string => `${year}-Y`;
/** The four quarters of a year, in order. */
export const quarterIdsOf = (year: number): string[] => [1, 2, 3, 4].map((q) => quarterId(year, q));
/**
 * The periods a case of this period is derived from: a year's (002 §35) from its quarters' final results.
 * @example derivedFrom('2026-Y') → ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026-Y']
 */
export const derivedFrom = (periodId: string): string[] => {
  const year = /^(\d{4})-Y$/.exec(periodId)?.[1];
  return year === undefined ? [periodId] : [...quarterIdsOf(Number(year)), periodId];
};
/** The year a period id belongs to (`2026-Q3` → 2026). */
export const yearOfPeriodId = (periodId: string): number => Number(periodId.slice(0, 4));

/** Scores entered for one person, period and component. */
export const evaluationId = (periodId: string, component: RecordComponent, employeeId: string): string =>
  `${periodId}:${component}:${employeeId}`;
/** A unit head's individual work plan and KCI sheet for a quarter. */
export const kciPlanId = (periodId: string, employeeId: string): string => `${periodId}:${employeeId}`;
/** A person's points-model entries (a quarter) or work-plan targets (the year). */
export const pointsSheetId = (periodId: string, employeeId: string): string => `${periodId}:${employeeId}`;
/** A person's familiarisation with a result: the first (round 1), or again after a revision (round 2, 3…). */
export const familiarisationId = (periodId: string, component: RecordComponent, employeeId: string, round = 1): string =>
  round === 1 ? `${periodId}:${component}:${employeeId}` : `${periodId}:${component}:${employeeId}:r${round}`;
/** An appeal against a person's result. */
export const appealId = (periodId: string, component: RecordComponent, employeeId: string): string =>
  `${periodId}:${component}:${employeeId}`;
/** A calibration session on a person's result: one per person, period and component. */
export const calibrationId = (periodId: string, component: RecordComponent, employeeId: string): string =>
  `${periodId}:${component}:${employeeId}`;
/** The Commission's sitting on a period: the first, the second… */
export const sittingId = (periodId: string, number = 1): string => `${periodId}:${number}`;
/** The period a sitting's id names. @example periodOfSitting('2026-Q1:2') === '2026-Q1' */
export const periodOfSitting = (id: string): string => id.slice(0, Math.max(0, id.lastIndexOf(':')));
/** A person's case within a sitting. */
export const sittingCaseKey = (c: { readonly component: string; readonly employeeId: string }): string =>
  `${c.component}:${c.employeeId}`;
/** A person's competency sheet for a year. */
export const competencySheetId = (periodId: string, employeeId: string): string => `${periodId}:${employeeId}`;
/** The 360 set-up of a person for a year. */
/**
 * A sealed 360 answer's id (issue 20 §2): 20 random base-36 characters drawn from the injected
 * randomness, so neither the token nor the order of sealing can be read from it (stores list
 * ballots in the order of their ids).
 */
export const ballotId = (randomBelow: (n: number) => number): string =>
  Array.from({ length: 20 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'.charAt(randomBelow(36))).join('');

/** A 360 answer stored before issue 20, re-keyed by its place in the order of the answers' content. */
export const legacyBallotId = (n: number): string => `ballot-${String(n).padStart(6, '0')}`;

export const survey360SetupId = (periodId: string, evaluatedId: string): string => `${periodId}:${evaluatedId}`;
/**
 * A person's record id built above, read back — what the change log names a record's person and
 * period by: `2026-Q3:ranking:<person>` (scores, familiarisation — a later round's `:r2` aside —,
 * appeal, calibration) or `2026-Y:<person>` (KCI plan, points sheet, competency sheet, 360 set-up
 * and feedback).
 * @example recordIdParts('2026-Q3:ranking:e1') → { periodId: '2026-Q3', component: 'ranking', employeeId: 'e1' }
 */
export function recordIdParts(id: string): { periodId: string; component: string | null; employeeId: string } {
  const [periodId = '', second = '', third] = id.split(':');
  return third === undefined
    ? { periodId, component: null, employeeId: second }
    : { periodId, component: second, employeeId: third };
}
/** A unit's submitted (locked) period for a component. */
export const lockId = (periodId: string, unitId: string, component: string): string => `${periodId}:${unitId}:${component}`;
/**
 * A lock id read back — or a key that ends in one (the setting a submission is kept under).
 * @example lockIdParts('2026-Q3:u1:ranking') → { periodId: '2026-Q3', unitId: 'u1', component: 'ranking' }
 */
export function lockIdParts(id: string): { periodId: string; unitId: string; component: string } {
  const parts = id.split(':');
  const at = (i: number) => parts[parts.length - i] ?? '';
  return { periodId: at(3), unitId: at(2), component: at(1) };
}
/** A person's result in a period, across components (the case file's key). */
export const caseKey = (periodId: string, component: string, employeeId: string): string =>
  `${periodId}:${component}:${employeeId}`;
/** A score cell of a unit workbook: component and person. */
export const scoreKey = (component: string, employeeId: string): string => `${component}:${employeeId}`;
/** An item of the deadline board: its parts joined (a schedule entry and a unit or person). */
export const boardItemId = (...parts: readonly string[]): string => parts.join(':');
/** A row of a unit workbook's sheet in its envelope (`row:<component>:<row id>`, format 2). */
export const rowMetaKey = (component: string, rowId: string): string => `row:${component}:${rowId}`;
/** An entry row of a workbook's sheet, by list and row id (evaluator mode's cells). */
export const entryKey = (list: string, rowId: string): string => `${list}:${rowId}`;
/** A unit workbook row's key among its fingerprints (export register): its sheet's kind and its id. */
export const fingerprintKey = (component: string, rowId: string): string => `${component}:${rowId}`;
/** A deadline of the year's schedule. */
export const scheduleId = (periodId: string, kind: string): string => `${periodId}:${kind}`;
/**
 * A key made of values that are not a record's id — what a keyed view is redrawn for, what a cache
 * is kept by — with a separator no id contains.
 */
export const joinKey = (...parts: readonly (string | number | boolean | undefined)[]): string =>
  parts.map((p) => String(p ?? '')).join('\u0001');
/** A row of a questionnaire's answer sheet in its envelope (`slot:<row>`). */
export const slotKey = (row: number): string => `slot:${row}`;
