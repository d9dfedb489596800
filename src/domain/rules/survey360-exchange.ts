/**
 * 360 questionnaires on the wire (issue 6, 004 §§34–36). Out: one workbook per respondent — a cover
 * with their name for delivery, the answer sheet with a row per person and competency (names of the
 * people rated, never of the respondent) and the hidden envelope mapping each answer row to its
 * random token. In: many returned workbooks at once, each answer compared with what the store holds
 * under its token — new, already answered (a sealed answer is never found again, so never changed),
 * unknown (revoked or never issued here), incomplete — and applied in one transaction.
 */
import type { Survey360Token } from '../model';
import { problem, type Problem } from '../problems';

export const QUESTIONNAIRE_TYPE = 'bagalau-questionnaire360';
export const QUESTIONNAIRE_FORMAT = 1;

/** One answer row as the envelope records it: the sheet row (1-based), its token and competency. */
export interface AnswerSlot {
  readonly row: number;
  readonly token: string;
  readonly competency: string;
  /** The competency's name as written, to notice rows moved in the file. */
  readonly name: string;
}

/** A returned questionnaire, read: per token the scores found (whole points) and the problems. */
export interface ReturnedQuestionnaire {
  readonly file: string;
  readonly agencyId: string;
  readonly periodId: string;
  readonly code: string;
  readonly answers: readonly ReturnedAnswer[];
}

export interface ReturnedAnswer {
  readonly token: string;
  readonly scores: Readonly<Record<string, number>>;
  readonly problems: readonly Problem[];
}

/** A returned cell's answer: a whole point on the scale, blank, or a problem naming the cell. */
export function answerCell(
  value: string | number | boolean | null,
  scale: { readonly min: number; readonly max: number },
  at: { readonly sheet: string; readonly row: number; readonly column: string; readonly field: string },
): number | undefined | Problem {
  if (value === null || (typeof value === 'string' && value.trim() === ''))
    return { ...problem('required', at.field), sheet: at.sheet, row: at.row, column: at.column };
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().replace(',', '.')) : Number.NaN;
  if (!Number.isInteger(n) || n < scale.min || n > scale.max)
    return {
      ...problem('answerNotOnScale', at.field, { value: String(value), min: scale.min, max: scale.max }),
      sheet: at.sheet,
      row: at.row,
      column: at.column,
    };
  return n;
}

/**
 * What importing one token's answer does (issue 20 §2): `new` (sealed), `answered` (the token was
 * answered already — a sealed answer cannot be found again, so it is never changed), `repeated`
 * (the same answer in another chosen file — imported once), `twice` (another chosen file holds a
 * different answer to it), `unknown` (revoked or never issued here), `incomplete`.
 */
export type AnswerPlanKind = 'new' | 'answered' | 'repeated' | 'twice' | 'unknown' | 'incomplete';

/** What importing one token's answer would do. */
export interface AnswerPlanRow {
  readonly file: string;
  readonly token: string;
  readonly kind: AnswerPlanKind;
  /** The person rated and the role, while the token is open. */
  readonly evaluatedId?: string;
  readonly role?: Survey360Token['role'];
  /** The scores in the file (whole points). */
  readonly scores: Readonly<Record<string, number>>;
  readonly problems: readonly Problem[];
}

/**
 * Compares returned answers with the store: a token still open is `new`; a spent one is `answered`;
 * a token the store does not know (revoked, another agency's or year's) is `unknown`; an answer with
 * a problem is `incomplete`; the same token in two chosen files is `repeated` with the same scores
 * and `twice` otherwise (the later file's row).
 */
export function planAnswerImport(
  returned: readonly ReturnedQuestionnaire[],
  open: ReadonlyMap<string, Survey360Token>,
  spent: ReadonlySet<string>,
  expectedCompetencies: (evaluatedId: string) => readonly { readonly id: string }[],
): AnswerPlanRow[] {
  const out: AnswerPlanRow[] = [];
  const seen = new Map<string, Readonly<Record<string, number>>>();
  for (const q of returned) {
    for (const a of q.answers) {
      const token = open.get(a.token);
      const base = {
        file: q.file,
        token: a.token,
        scores: a.scores,
        problems: a.problems,
        ...(token ? { evaluatedId: token.evaluatedId, role: token.role } : {}),
      };
      const before = seen.get(a.token);
      if (before) {
        out.push({ ...base, kind: JSON.stringify(before) === JSON.stringify(a.scores) ? 'repeated' : 'twice' });
        continue;
      }
      if (spent.has(a.token)) {
        out.push({ ...base, kind: 'answered' });
        continue;
      }
      if (!token) {
        out.push({ ...base, kind: 'unknown' });
        continue;
      }
      const missing = expectedCompetencies(token.evaluatedId).filter((c) => a.scores[c.id] === undefined);
      if (a.problems.length > 0 || missing.length > 0) {
        out.push({
          ...base,
          kind: 'incomplete',
          problems: a.problems.length > 0 ? a.problems : missing.map((c) => problem('required', c.id)),
        });
        continue;
      }
      seen.set(a.token, a.scores);
      out.push({ ...base, kind: 'new' });
    }
  }
  return out;
}

/** The order answers are stored in: shuffled, so nothing of the order questionnaires came back in survives. */
export function shuffled<T>(items: readonly T[], random: (n: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
