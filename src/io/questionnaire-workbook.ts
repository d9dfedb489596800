/**
 * The 360 questionnaire workbook (issue 6): written for one respondent — a cover with their name and
 * code for delivery, the scale with its wording, and an answer sheet with a block per person rated
 * (their name and the respondent's role, then a row per competency of their group with its effective
 * behavioural indicators and an empty answer cell) — and a hidden `_meta` mapping each answer row to
 * its random token and competency. Nothing in the answer sheet names the respondent. Read back from
 * whatever saved it: cached values only, size limits first, each row checked against the envelope.
 */
import * as XLSX from 'xlsx';
import {
  answerCell,
  QUESTIONNAIRE_FORMAT,
  QUESTIONNAIRE_TYPE,
  type ReturnedAnswer,
  type ReturnedQuestionnaire,
  slotKey,
} from '../domain';
import { columnLetter, problem, type Problem } from '../domain/problems';
import { err, ok, type Result } from '../domain/result';
import { appendEnvelope, readEnvelope, workbookBytes } from './envelope';
import { readWorkbook, type FileProblem } from './read-workbook';
import type { QuestionnaireInput } from '../documents/questionnaire-360';
import { QUESTIONNAIRE_LIMITS } from './limits';
export type { QuestionnaireInput };

/** Column of the answer on the answer sheet (0-based): №, person, competency, indicators, answer. */
const ANSWER_COLUMN = 4;
const COMPETENCY_COLUMN = 2;

export function writeQuestionnaire(q: QuestionnaireInput): Uint8Array {
  const wb = XLSX.utils.book_new();
  const cover = XLSX.utils.aoa_to_sheet([
    [q.words.title],
    [],
    ...q.words.cover.map((line) => [line]),
    [],
    ...q.words.scale.map((line) => [line]),
  ]);
  cover['!cols'] = [{ wch: 110 }];
  XLSX.utils.book_append_sheet(wb, cover, q.words.coverSheet);

  const rows: (string | number | null)[][] = [[q.words.title], [...q.words.headers]];
  const merges: XLSX.Range[] = [];
  const slots: Record<string, string> = {};
  let n = 0;
  for (const block of q.blocks) {
    merges.push({ s: { r: rows.length, c: 0 }, e: { r: rows.length, c: ANSWER_COLUMN } });
    rows.push([block.heading, null, null, null, null]);
    for (const c of block.competencies) {
      n += 1;
      // The envelope's key is the 1-based row the spreadsheet shows.
      slots[slotKey(rows.length + 1)] = JSON.stringify([block.token, c.id, c.name]);
      rows.push([n, block.heading, c.name, c.indicators, null]);
    }
  }
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: ANSWER_COLUMN } }, ...merges];
  ws['!cols'] = [{ wch: 5 }, { wch: 32 }, { wch: 36 }, { wch: 70 }, { wch: 12 }];
  XLSX.utils.book_append_sheet(wb, ws, q.words.answerSheet);
  appendEnvelope(wb, {
    type: QUESTIONNAIRE_TYPE,
    formatVersion: QUESTIONNAIRE_FORMAT,
    agency: q.agencyId,
    period: q.periodId,
    code: q.code,
    lang: q.lang,
    sheet: q.words.answerSheet,
    scale: JSON.stringify(q.scale),
    ...slots,
  });
  return workbookBytes(wb);
}

export type QuestionnaireReadProblem = FileProblem | { readonly code: 'notOurs' | 'otherType' | 'newerFormat' | 'layoutChanged' };

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

function parseSlot(value: string | number): [string, string, string] | undefined {
  try {
    const parsed: unknown = JSON.parse(String(value));
    return Array.isArray(parsed) && parsed.length === 3 && parsed.every((x) => typeof x === 'string')
      ? (parsed as [string, string, string])
      : undefined;
  } catch {
    return undefined;
  }
}

/** A returned questionnaire: per token the scores in whole points and any problem with its cell. */
/** `scale`: the agency's answer scale (its profile's), the only one answers are read on. */
export function readQuestionnaire(
  bytes: Uint8Array,
  file: string,
  scale: { readonly min: number; readonly max: number },
): Result<ReturnedQuestionnaire, QuestionnaireReadProblem> {
  const read = readWorkbook(bytes, QUESTIONNAIRE_LIMITS);
  if (!read.ok) return read;
  const meta = readEnvelope(read.value);
  if (!meta) return err({ code: 'notOurs' });
  if (meta['type'] !== QUESTIONNAIRE_TYPE) return err({ code: 'otherType' });
  if (typeof meta['formatVersion'] !== 'number' || meta['formatVersion'] > QUESTIONNAIRE_FORMAT)
    return err({ code: 'newerFormat' });
  const sheet = read.value.sheets.find((s) => s.name === meta['sheet'] && !s.hidden);
  // The scale answers are read on is the agency's (its profile), never the file's: a `_meta` that
  // widened it to 1000 would otherwise seal answers of 1000. A file stating another scale was edited.
  let claimed: { min?: unknown; max?: unknown } | undefined;
  try {
    claimed = JSON.parse(String(meta['scale'])) as { min?: unknown; max?: unknown };
  } catch {
    claimed = undefined;
  }
  if (!sheet || claimed?.min !== scale.min || claimed.max !== scale.max) return err({ code: 'layoutChanged' });
  const byToken = new Map<string, { scores: Record<string, number>; problems: Problem[] }>();
  for (const [key, value] of Object.entries(meta)) {
    if (!key.startsWith('slot:')) continue;
    const row = Number(key.slice(5));
    const slot = parseSlot(value);
    if (!Number.isInteger(row) || row < 1 || !slot) return err({ code: 'layoutChanged' });
    const [token, competency, name] = slot;
    const entry = byToken.get(token) ?? { scores: Object.create(null) as Record<string, number>, problems: [] };
    byToken.set(token, entry);
    const cells = sheet.rows[row - 1] ?? [];
    if (text(cells[COMPETENCY_COLUMN]) !== name) {
      entry.problems.push({
        ...problem('answerRowMoved', competency, { name }),
        sheet: sheet.name,
        row,
        column: columnLetter(COMPETENCY_COLUMN),
      });
      continue;
    }
    const v = answerCell(cells[ANSWER_COLUMN] ?? null, scale, {
      sheet: sheet.name,
      row,
      column: columnLetter(ANSWER_COLUMN),
      field: competency,
    });
    if (typeof v === 'number') entry.scores[competency] = v;
    else if (v !== undefined) entry.problems.push(v);
  }
  const answers: ReturnedAnswer[] = [...byToken].map(([token, e]) => ({ token, scores: e.scores, problems: e.problems }));
  return ok({ file, agencyId: text(meta['agency']), periodId: text(meta['period']), code: text(meta['code']), answers });
}
