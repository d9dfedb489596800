/**
 * The points model's entries on the wire (issue 5, seed 002): a unit workbook carries a sheet of
 * incentives (activity from the profile's scale, points within +1 … +5, date, note: §§17–18) and a
 * sheet of violations (executive or labour discipline, date, note: §§19–22), an entry a row. Rows
 * of entries already made carry the entry's id, and the export adds empty rows with fresh ids under
 * each person for new entries — so every row, old or new, is compared three ways (exported, file,
 * stored now) like a score cell: importing the same file twice changes nothing, and an entry changed
 * in Bagalau after the export is a conflict. Pure: cells in, entries and problems out.
 */
import { compareIso, formatDate, parseDateInput, type IsoDate } from '../dates';
import type { PointsIncentive, PointsViolation, QuarterSelfAssessment } from '../model';
import { problem, type Problem } from '../problems';
import type { Cell } from '../roster-headers';
import { parseDecimal } from '../numbers';

/** The entry sheets: incentives, violations, and the servant's self-assessment (002 §23), one row a person. */
export type EntryList = 'incentives' | 'violations' | 'self';

/** The one "entry" a person's self-assessment is on the wire: its row's entry id. */
export const SELF_ENTRY_ID = 'self';

/** The editable columns of each entry sheet, in order. */
export const ENTRY_FIELDS = {
  incentives: ['activity', 'points', 'date', 'note'],
  violations: ['kind', 'date', 'note'],
  self: ['selfIncentives', 'selfExecutive', 'selfLabour', 'selfPoints'],
} as const satisfies Record<EntryList, readonly string[]>;

/** An entry without its id (the row id holds it), as the export records it and the file states it. */
export type IncentiveFields = Omit<PointsIncentive, 'id'>;
export type ViolationFields = Omit<PointsViolation, 'id'>;
export type SelfFields = QuarterSelfAssessment;
export type EntryFields = IncentiveFields | ViolationFields | SelfFields;

export const isSelf = (e: EntryFields | PointsIncentive | PointsViolation): e is SelfFields => 'executive' in e;

export const isIncentive = (e: EntryFields): e is IncentiveFields => 'activityId' in e;

/** What reading an entry row needs: the quarter, the profile's scale and the words of the violation kinds. */
export interface EntryContext {
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  readonly activities: readonly {
    readonly id: string;
    readonly points: number;
    readonly names: { readonly kk: string; readonly ru: string };
  }[];
  readonly range: { readonly min: number; readonly max: number };
  /** Lower-case words (any language) of each kind of violation. */
  readonly kindWords: ReadonlyMap<string, PointsViolation['kind']>;
}

/**
 * The lookup of a violation's kind by its word, from each language's words.
 * @example kindWordsOf([{ executive: 'исполнительская', labour: 'трудовая' }]).get('трудовая') === 'labour'
 */
export function kindWordsOf(
  words: readonly { readonly executive: string; readonly labour: string }[],
): ReadonlyMap<string, PointsViolation['kind']> {
  return new Map(words.flatMap((w) => [[norm(w.executive), 'executive'] as const, [norm(w.labour), 'labour'] as const]));
}

/** What a unit workbook's `_meta` carries to read its entry rows without the agency's database (evaluator mode). */
export type EntryScale = Omit<EntryContext, 'kindWords'>;

/** The scale as `_meta` returned it, checked, since `_meta` came back from outside. */
export function entryScaleOf(raw: unknown): EntryScale | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { period, activities, range } = raw as Record<string, unknown>;
  const isText = (v: unknown): v is string => typeof v === 'string';
  if (
    typeof period !== 'object' ||
    period === null ||
    !isText((period as { start?: unknown }).start) ||
    !isText((period as { end?: unknown }).end)
  )
    return undefined;
  if (
    typeof range !== 'object' ||
    range === null ||
    !Number.isInteger((range as { min?: unknown }).min) ||
    !Number.isInteger((range as { max?: unknown }).max)
  )
    return undefined;
  if (!Array.isArray(activities) || activities.length > 1000) return undefined;
  const list: EntryScale['activities'][number][] = [];
  for (const a of activities as unknown[]) {
    const x = a as { id?: unknown; points?: unknown; names?: { kk?: unknown; ru?: unknown } } | null;
    if (!x || !isText(x.id) || !Number.isInteger(x.points) || !x.names || !isText(x.names.kk) || !isText(x.names.ru))
      return undefined;
    list.push({ id: x.id, points: x.points as number, names: { kk: x.names.kk, ru: x.names.ru } });
  }
  const p = period as { start: string; end: string };
  const r = range as { min: number; max: number };
  return { period: { start: p.start, end: p.end }, activities: list, range: { min: r.min, max: r.max } };
}

export type EntryRead =
  | { readonly kind: 'blank' }
  | { readonly kind: 'entry'; readonly entry: EntryFields }
  | { readonly kind: 'invalid'; readonly problems: readonly Problem[] };

const textOf = (raw: Cell | undefined): string => (raw === null || raw === undefined ? '' : String(raw).trim());
const norm = (s: string) => s.toLocaleLowerCase('ru').replace(/\s+/g, ' ').trim();

/**
 * The scale's activity a cell names: its number in the scale (as written, "7" or "7. …"), or its
 * name in Kazakh or Russian.
 * @example activityOf('3. Әдістемелік құрал әзірлеу', ctx) → the third activity of the scale
 */
export function activityOf(
  raw: Cell | undefined,
  ctx: Pick<EntryContext, 'activities'>,
): EntryContext['activities'][number] | undefined {
  const text = textOf(raw);
  const number = /^(\d+)(?:[.)]|\s|$)/.exec(text);
  if (number) return ctx.activities[Number(number[1]) - 1];
  const wanted = norm(text);
  return ctx.activities.find((a) => norm(a.names.kk) === wanted || norm(a.names.ru) === wanted);
}

/** The text an export writes for an activity: its number in the scale, its name and its points. */
export const activityCell = (index: number, name: string, points: number): string => `${index + 1}. ${name} (+${points})`;

/**
 * One entry row read: blank when every editable cell is, else an entry or the problems of its cells.
 * `fields` are the editable cells in `ENTRY_FIELDS` order, each with its column letter.
 */
export function readEntryRow(
  list: EntryList,
  cells: readonly { readonly param: string; readonly column: string; readonly raw: Cell }[],
  ctx: EntryContext,
): EntryRead {
  if (cells.every((c) => textOf(c.raw) === '')) return { kind: 'blank' };
  const problems: Problem[] = [];
  const cell = (param: string) => cells.find((c) => c.param === param);
  const at = (p: Problem, param: string): Problem => ({ ...p, column: cell(param)?.column ?? '' });
  if (list === 'self') return readSelfRow(cell, at);
  const date = readEntryDate(cell('date')?.raw ?? null, ctx);
  if (typeof date !== 'string') problems.push(at(date, 'date'));
  const note = textOf(cell('note')?.raw);
  if (note.length > 500) problems.push(at(problem('textTooLong', 'note', { max: 500 }), 'note'));
  if (list === 'violations') {
    const word = norm(textOf(cell('kind')?.raw));
    const kind = ctx.kindWords.get(word);
    if (word === '') problems.push(at(problem('required', 'kind'), 'kind'));
    else if (!kind) problems.push(at(problem('violationKindUnknown', 'kind', { value: textOf(cell('kind')?.raw) }), 'kind'));
    if (problems.length > 0 || !kind || typeof date !== 'string') return { kind: 'invalid', problems };
    return { kind: 'entry', entry: { kind, date, note } };
  }
  const rawActivity = cell('activity')?.raw ?? null;
  const activity = activityOf(rawActivity, ctx);
  if (textOf(rawActivity) === '') problems.push(at(problem('required', 'activity'), 'activity'));
  else if (!activity) problems.push(at(problem('activityUnknown', 'activity', { value: textOf(rawActivity) }), 'activity'));
  const points = readPoints(cell('points')?.raw ?? null, activity?.points, ctx.range);
  if (typeof points !== 'number') problems.push(at(points, 'points'));
  if (problems.length > 0 || !activity || typeof points !== 'number' || typeof date !== 'string')
    return { kind: 'invalid', problems };
  return { kind: 'entry', entry: { activityId: activity.id, points, date, note } };
}

/** 002 §23: the servant's own account of the quarter — three texts and the points they arrive at (blank: none). */
function readSelfRow(
  cell: (param: string) => { readonly raw: Cell } | undefined,
  at: (p: Problem, param: string) => Problem,
): EntryRead {
  const problems: Problem[] = [];
  const text = (param: string) => {
    const v = textOf(cell(param)?.raw);
    if (v.length > 2000) problems.push(at(problem('textTooLong', param, { max: 2000 }), param));
    return v;
  };
  const incentives = text('selfIncentives');
  const executive = text('selfExecutive');
  const labour = text('selfLabour');
  const raw = cell('selfPoints')?.raw ?? null;
  const written = textOf(raw);
  const n = written === '' ? null : typeof raw === 'number' ? raw : (parseDecimal(written) ?? Number.NaN);
  if (n !== null && !Number.isFinite(n))
    problems.push(at(problem('scoreNotNumber', 'selfPoints', { value: written }), 'selfPoints'));
  else if (n !== null && (!Number.isInteger(n) || n < 0 || n > 1000))
    problems.push(at(problem('scoreOutOfRange', 'selfPoints', { value: written, min: 0, max: 1000 }), 'selfPoints'));
  if (problems.length > 0) return { kind: 'invalid', problems };
  return { kind: 'entry', entry: { incentives, executive, labour, points: n } };
}

/** A blank points cell takes the activity's points from the scale (002 §18); else a whole number within the range. */
function readPoints(raw: Cell, preset: number | undefined, range: EntryContext['range']): number | Problem {
  const text = textOf(raw).replace(/^\+/, '');
  if (text === '') return preset ?? problem('required', 'points');
  const n = typeof raw === 'number' ? raw : parseDecimal(text);
  if (n === undefined) return problem('scoreNotNumber', 'points', { value: textOf(raw) });
  if (!Number.isInteger(n) || n < range.min || n > range.max)
    return problem('scoreOutOfRange', 'points', { value: textOf(raw), min: range.min, max: range.max });
  return n;
}

function readEntryDate(raw: Cell, ctx: EntryContext): IsoDate | Problem {
  if (textOf(raw) === '') return problem('required', 'date');
  const date = typeof raw === 'number' || typeof raw === 'string' ? parseDateInput(raw) : undefined;
  if (!date) return problem('dateInvalid', 'date', { value: textOf(raw) });
  if (compareIso(date, ctx.period.start) < 0 || compareIso(date, ctx.period.end) > 0)
    return problem('dateOutsidePeriod', 'date', {
      value: formatDate(date),
      from: formatDate(ctx.period.start),
      to: formatDate(ctx.period.end),
    });
  return date;
}

/** The fields of an entry in a fixed order, so that two entries compare by their text. */
export function entryFields(e: PointsIncentive | PointsViolation | EntryFields): EntryFields {
  if (isSelf(e)) return { incentives: e.incentives, executive: e.executive, labour: e.labour, points: e.points };
  return 'activityId' in e
    ? { activityId: e.activityId, points: e.points, date: e.date, note: e.note }
    : { kind: e.kind, date: e.date, note: e.note };
}

export const sameEntry = (a: EntryFields | undefined, b: EntryFields | undefined): boolean =>
  a === undefined || b === undefined ? a === b : JSON.stringify(entryFields(a)) === JSON.stringify(entryFields(b));

/** An entry as the export recorded it in `_meta` — checked, since `_meta` came back from outside. */
export function exportedEntry(raw: unknown): EntryFields | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const x = raw as Record<string, unknown>;
  const texts = [x['incentives'], x['executive'], x['labour']];
  if (texts.every((t) => typeof t === 'string') && (x['points'] === null || Number.isInteger(x['points'])))
    return {
      incentives: texts[0] as string,
      executive: texts[1] as string,
      labour: texts[2] as string,
      points: x['points'] as number | null,
    };
  if (typeof x['date'] !== 'string' || typeof x['note'] !== 'string') return undefined;
  if (typeof x['activityId'] === 'string' && Number.isInteger(x['points']))
    return { activityId: x['activityId'], points: x['points'] as number, date: x['date'], note: x['note'] };
  if (x['kind'] === 'executive' || x['kind'] === 'labour') return { kind: x['kind'], date: x['date'], note: x['note'] };
  return undefined;
}

/** A person's entries of the quarter. */
export interface PointsLists {
  readonly incentives: readonly PointsIncentive[];
  readonly violations: readonly PointsViolation[];
  readonly self?: QuarterSelfAssessment | null;
}

/** A list's entries with their ids — the self-assessment as the one entry `SELF_ENTRY_ID`. */
export function entriesOf(
  lists: PointsLists,
  list: EntryList,
): readonly ((PointsIncentive | PointsViolation | SelfFields) & { readonly id: string })[] {
  if (list !== 'self') return lists[list];
  return lists.self ? [{ id: SELF_ENTRY_ID, ...lists.self }] : [];
}

/**
 * The lists with one entry added, replaced (in place, keeping its id) or removed (`after` undefined).
 * @example withEntry({ incentives: [], violations: [] }, { list: 'violations', entryId: 'n1', after: { kind: 'labour', date, note: '' } }).violations.length === 1
 */
export function withEntry<T extends PointsLists>(
  lists: T,
  change: { readonly list: EntryList; readonly entryId: string; readonly after: EntryFields | undefined },
): T {
  if (change.list === 'self') {
    const after = change.after && isSelf(change.after) ? entryFields(change.after) : undefined;
    return { ...lists, self: after && isSelf(after) ? after : null };
  }
  const entries: readonly (PointsIncentive | PointsViolation)[] = lists[change.list];
  const { entryId, after } = change;
  const next =
    after === undefined
      ? entries.filter((e) => e.id !== entryId)
      : entries.some((e) => e.id === entryId)
        ? entries.map((e) => (e.id === entryId ? { id: entryId, ...after } : e))
        : [...entries, { id: entryId, ...after }];
  return { ...lists, [change.list]: next };
}
