/**
 * The change log in words (issue 19): each audit entry as a row that says when, who, whom it
 * concerns and what changed — "Aigerim changed Saparov Erlan’s «Quality…» (2026 · Q3): 3,75 → 4,00"
 * — in the user's language, and the rows as a document for the `.xlsx`. Pure: `(entries, data,
 * words) → rows`. The export key is never shown (its entry says only that it was created), and the
 * 360's answers are counted, never linked to anyone.
 */
import { blockCells, changeKindOf, recordIdParts, subjectsOf, type AuditEntry, type ChangeKind } from '../domain';
import type { Words } from '../i18n/words';
import { AGENCY_LINES } from './change-log-agency';
import { EVALUATION_LINES, record } from './change-log-lines';
import { PROCEDURE_LINES } from './change-log-procedure';
import { makeNames, type ChangeLogData, type Names } from './change-log-names';
import type { DocumentModel } from './model';

export type { ChangeLogData } from './change-log-names';

export const CHANGE_LOG_TYPE = 'bagalau-change-log';
/** The setting that holds the agency's export key: its entries never say more than that it was made. */
const SECRET_SETTING = 'exportSecret';
/** A row names at most this many people; a change of more (an import) says how many in its sentence. */
const PEOPLE_NAMED = 3;

export interface ChangeRow {
  readonly id: number;
  /** ISO moment. */
  readonly at: string;
  /** dd.mm.yyyy hh:mm, local time. */
  readonly when: string;
  readonly who: string;
  /** Whom the change concerns ('' when no one, or more than a few). */
  readonly person: string;
  readonly kind: ChangeKind;
  readonly kindText: string;
  /** The sentence. */
  readonly text: string;
  readonly reason: string;
}

const LINES = { ...EVALUATION_LINES, ...PROCEDURE_LINES, ...AGENCY_LINES };

/** The demo agency's own creation: made by Bagalau, before anyone working was asked for a name. */
const byDemo = (e: AuditEntry): boolean =>
  e.entity === 'agency' &&
  (e.action === 'demo' || (e.action === 'create' && (e.after as { demo?: unknown } | null)?.demo === true));

/** Who made an entry: the operator's name, Bagalau for the demo, else said to be unnamed (never a blank). */
const whoOf = (e: AuditEntry, words: Words): string =>
  e.operator.trim() || words.t(byDemo(e) ? 'changeLog.demoMaker' : 'changeLog.someone');

/** The sentence of one entry. */
function lineOf(e: AuditEntry, n: Names): string {
  const { t } = n.words;
  if (e.entityId === SECRET_SETTING) return t('changeLog.line.secret');
  const who = whoOf(e, n.words);
  const line = LINES[e.entity];
  return line ? line(e, n, who) : record(n, who, e);
}

/** The people an entry names, by name (a status interval stands for its person). */
function peopleOf(e: AuditEntry, n: Names): string {
  if (e.entityId === SECRET_SETTING) return '';
  const ids = [...new Set(subjectsOf(e).map((id) => n.status(id)?.employeeId ?? id))].filter((id) => n.knows(id));
  return ids.length > PEOPLE_NAMED ? '' : ids.map((id) => n.person(id)).join(', ');
}

/**
 * The rows of some entries, in their order.
 * @example changeLogRows([scoreEntry], data, wordsIn('en'))[0].text → 'Aigerim changed Saparov Erlan’s «Quality» (2026 · Q3): 3,75 → 4,00'
 */
export function changeLogRows(entries: readonly AuditEntry[], data: ChangeLogData, words: Words): ChangeRow[] {
  const n = makeNames(data, entries, words);
  return entries.map((e) => {
    const kind = changeKindOf(e);
    const secret = e.entityId === SECRET_SETTING;
    return {
      id: e.id ?? 0,
      at: e.at,
      when: words.formatDateTime(e.at),
      who: whoOf(e, words),
      person: peopleOf(e, n),
      kind,
      kindText: words.t(`changeLog.kinds.${kind}`),
      text: lineOf(e, n),
      reason: secret ? '' : e.reason,
    };
  });
}

/**
 * An entry as one person's papers show it (the dossier, 004 §§16, 21): a pasted block's cells and a
 * submission's list of people not evaluated cut to that person, so no one else is named.
 */
export function scopedTo(e: AuditEntry, employeeId: string): AuditEntry {
  const cells = blockCells(e);
  if (cells) return { ...e, after: cells.filter((c) => recordIdParts(c.record).employeeId === employeeId) };
  if (e.entity === 'locks' && typeof e.after === 'object' && e.after !== null && 'notEvaluated' in e.after) {
    const listed = (e.after as { readonly notEvaluated: unknown }).notEvaluated;
    const own = Array.isArray(listed)
      ? listed.filter(
          (x: unknown) => typeof x === 'object' && x !== null && (x as { employeeId?: unknown }).employeeId === employeeId,
        )
      : [];
    return { ...e, after: { ...e.after, notEvaluated: own } };
  }
  return e;
}

/** Whether a row holds the text searched for (any of its words, case aside). */
export function rowMatches(row: ChangeRow, search: string): boolean {
  const wanted = search.trim().toLocaleLowerCase();
  if (wanted === '') return true;
  return [row.when, row.who, row.person, row.kindText, row.text, row.reason].some((x) => x.toLocaleLowerCase().includes(wanted));
}

export interface ChangeLogExport {
  readonly rows: readonly ChangeRow[];
  readonly agencyId: string;
  readonly agencyName: string;
  readonly exportedAt: string;
  /** The filters in words ('' when none). */
  readonly filters: string;
}

/** @example changeLogDocument({ rows, agencyName: 'Аппарат акима', … }, wordsIn('ru')).parts[0].name === 'Журнал изменений' */
export function changeLogDocument(input: ChangeLogExport, words: Words): DocumentModel {
  const { t } = words;
  const title = t('changeLog.exportTitle', { agency: input.agencyName });
  return {
    type: CHANGE_LOG_TYPE,
    title,
    envelope: { agencyId: input.agencyId, exportedAt: input.exportedAt },
    parts: [
      {
        name: t('changeLog.sheet'),
        blocks: [
          { kind: 'heading', text: title, level: 1 },
          {
            kind: 'fields',
            rows: [
              { label: t('changeLog.exportedAt'), value: words.formatDateTime(input.exportedAt) },
              { label: t('changeLog.filtersUsed'), value: input.filters || t('changeLog.noFilters') },
            ],
          },
          {
            kind: 'table',
            columns: [
              t('changeLog.when'),
              t('changeLog.who'),
              t('changeLog.whom'),
              t('changeLog.kindColumn'),
              t('changeLog.what'),
              t('changeLog.reason'),
            ],
            widths: [17, 24, 30, 22, 90, 30],
            compact: true,
            rows: input.rows.map((r) => [r.when, r.who, r.person, r.kindText, r.text, r.reason]),
          },
        ],
      },
    ],
    fileName: `bagalau-change-log-${input.exportedAt.slice(0, 10)}.xlsx`,
  };
}
