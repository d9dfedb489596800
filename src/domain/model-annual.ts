/**
 * The annual records of issue 6 (METHODOLOGY §§2.6–2.7): the 360 — who is asked, the questionnaire
 * tokens, the sealed answers, the feedback meeting — and the competency sheet. Plain readonly data,
 * part of the model (`model.ts` re-exports it).
 */

/** Who answers about a person in the 360 (004 §36): the direct manager, direct subordinates, close peers; and the person's own self-assessment. */
export type RespondentRole = 'manager' | 'subordinate' | 'peer' | 'self';
export const RESPONDENT_ROLES: readonly RespondentRole[] = ['manager', 'subordinate', 'peer', 'self'];

/**
 * HR's choice of a person's 360 respondents for a year (004 §36), each with their role; the
 * self-assessment is one of them (collected, never counted). Who the respondents are is not secret —
 * their answers are, and answers are never stored with a respondent.
 */
export interface Survey360Setup {
  /** `${periodId}:${evaluatedId}` */
  readonly id: string;
  /** The year's period (`YYYY-Y`): the 360 is annual (004 §34). */
  readonly periodId: string;
  readonly evaluatedId: string;
  readonly respondents: readonly {
    readonly respondentId: string;
    readonly role: RespondentRole;
    /** A questionnaire was issued for this pair (it is never issued twice). */ readonly issued?: boolean;
  }[];
}

/**
 * A questionnaire's answer slot for one person (issue 6): a random token, the person and the role.
 * Until it is answered it also says whom it was issued to and under which questionnaire code (so HR
 * can open it in respondent mode); sealing the answer deletes the token — the answer keeps the token
 * and the role only, and nothing left links it to a respondent.
 */
export interface Survey360Token {
  readonly token: string;
  readonly periodId: string;
  readonly evaluatedId: string;
  readonly role: RespondentRole;
  readonly respondentId: string;
  /** The respondent's questionnaire code for the year (one code, all their tokens). */
  readonly code: string;
}

/**
 * The role a sealed answer keeps: whether it is the self-assessment, nothing finer. A person has one
 * direct manager (and often one subordinate), whom the set-up names: a finer role would name them.
 */
export type SealedRole = 'self' | 'other';

/** A year's 360 round closed by HR: when, the answers it holds and the questionnaires never returned (withdrawn). */
export interface Survey360Closure {
  readonly closedAt: string;
  readonly answers: number;
  readonly withdrawn: number;
}

/**
 * A sealed 360 answer — a ballot (issue 20 §2): under a fresh random id, the person rated and the
 * role only. Nothing HR was given (no token, no code) and nothing of who gave it or when (004 §34).
 */
export interface Survey360Answer {
  readonly id: string;
  readonly periodId: string;
  readonly evaluatedId: string;
  readonly role: SealedRole;
  /** Competency id → score on the profile's answer scale, in hundredths. */
  readonly scores: Readonly<Record<string, number>>;
}

/**
 * A questionnaire token that has been answered: kept, apart from the answers and with nothing
 * linking the two, so the same questionnaire is not answered twice.
 */
export interface Survey360Spent {
  readonly token: string;
  readonly periodId: string;
}

/** A sealed answer as stored before issue 20: under the token it was issued with. */
export interface LegacySurvey360Answer {
  readonly token: string;
  readonly periodId: string;
  readonly evaluatedId: string;
  readonly role: SealedRole;
  readonly scores: Readonly<Record<string, number>>;
}

/**
 * The feedback meeting after a 360 (the Typical Methodology's Appendix 8 role, 004 §37): when HR and
 * the person met, what was discussed and the development actions agreed. One per person and year.
 */
export interface Survey360Feedback {
  /** `${periodId}:${evaluatedId}` */
  readonly id: string;
  readonly periodId: string;
  readonly evaluatedId: string;
  /** ISO date of the meeting, or '' before it took place. */
  readonly meetingDate: string;
  readonly discussed: string;
  readonly actions: string;
}

/**
 * One competency of a person's competency sheet (METHODOLOGY §2.7; 004 Appendix 3): meets or does
 * not meet expectations (`null` until assessed) and, for "does not meet", the behavioural
 * indicators the person did not show — copied from the profile in both languages so the form prints
 * in either — and a free note for what the profile's lists do not name.
 */
export interface SheetEntry {
  readonly competency: string;
  readonly meets: boolean | null;
  readonly indicatorsNotShown: readonly { readonly kk: string; readonly ru: string }[];
  readonly note: string;
}

/** A person's competency sheet for a year (004 Appendix 3), filled by their manager through HR. */
export interface CompetencySheet {
  /** `${periodId}:${employeeId}` */
  readonly id: string;
  /** The year's period (`YYYY-Y`). */
  readonly periodId: string;
  readonly employeeId: string;
  readonly entries: readonly SheetEntry[];
  /** Appendix 3's signatures: the day the direct manager signed the filled sheet (ISO), null before. */
  readonly managerSignedOn?: string | null;
  /** The day the person signed it — acquainted with the sheet (ISO), null before. */
  readonly acquaintedOn?: string | null;
}
