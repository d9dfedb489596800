/**
 * One entry of the change log as a sentence: "Aigerim changed Saparov Erlan’s «Quality…» (2026 · Q3):
 * 3,75 → 4,00". Each kind of write the store makes (`store/*.ts`: entity, entity id, field, before,
 * after) has its sentence — the scores, submissions, KCI plans and points sheets here, the procedure
 * in `change-log-procedure.ts`, the organisation in `change-log-agency.ts` — with the helpers they
 * share; anything else is said in general words, never by its field path.
 */
import { blockCells, changeKindOf, lockIdParts, recordIdParts, resultDecimals, type AuditEntry } from '../domain';
import { resultText } from '../i18n';
import { isRec, str, type Names, type Rec } from './change-log-names';

/** A pasted block lists this many of its cells. */
const CELLS_LISTED = 5;

type Value = string | undefined;
export type Format = (v: unknown) => Value;
/** The sentence of an entry of one entity. */
export type Line = (e: AuditEntry, n: Names, who: string) => string;

export const list = (v: unknown): Rec[] => (Array.isArray(v) ? v.filter(isRec) : []);
export const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
export const withPeriod = (label: string, period: string) => (period === '' ? label : `${label} (${period})`);

/** "X changed Y’s what: before → after", without the values when they cannot be said or read the same. */
export function changed(n: Names, who: string, what: string, before: Value, after: Value, person?: string): string {
  const { t } = n.words;
  if (before === undefined || after === undefined || before === after)
    return person === undefined
      ? t('changeLog.line.changedOfNoValues', { who, what })
      : t('changeLog.line.changedNoValues', { who, person, what });
  return person === undefined
    ? t('changeLog.line.changedOf', { who, what, before, after })
    : t('changeLog.line.changed', { who, person, what, before, after });
}

export function record(n: Names, who: string, e: AuditEntry, person?: string): string {
  const { t } = n.words;
  const kind = t(`changeLog.kinds.${changeKindOf(e)}`);
  return person === undefined ? t('changeLog.line.recordOf', { who, kind }) : t('changeLog.line.record', { who, person, kind });
}

/** A stored result in its scale's decimals (hundredths, whole points, the 2017 year's tenths). */
export function result(n: Names, component: string | null, periodId: string): Format {
  const profile = n.profiles[0];
  const kind = periodId.endsWith('-Y') ? 'year' : 'quarter';
  const decimals =
    profile && (component === 'ranking' || component === 'kci' || component === 'points')
      ? resultDecimals(component, { kind }, profile)
      : 2;
  return (v) => (typeof v === 'number' ? resultText(n.words.lang(), v, decimals) : n.none);
}

function scoreLabel(n: Names, component: string | null, param: string): string {
  const { t } = n.words;
  if (component === 'kci') {
    const name = n.kci(param);
    return t('changeLog.field.kciScore', { kci: name ? t('changeLog.field.kciNamed', { name }) : t('changeLog.field.someKci') });
  }
  const name = n.param(param);
  return name ? `«${name}»` : t('changeLog.field.someScore');
}

/** A score cell's field: its label and how its values read. */
function scoreField(n: Names, component: string | null, field: string): { label: string; format: Format } | undefined {
  const { t } = n.words;
  const param = /^scores\.(.+)$/.exec(field)?.[1];
  if (param !== undefined) return { label: scoreLabel(n, component, param), format: n.score };
  if (field === 'comment') return { label: t('changeLog.field.comment'), format: n.text };
  if (field === 'evaluatorId')
    return {
      label: t('changeLog.field.evaluator'),
      format: (v) => (typeof v === 'string' && v !== '' ? n.person(v) : t('changeLog.value.unitHead')),
    };
  return undefined;
}

function scores(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  const cells = blockCells(e);
  // A block cut to one cell (one person's dossier) reads as that cell's own change.
  const [only] = cells ?? [];
  if (cells?.length === 1 && only)
    return scores({ ...e, entityId: only.record, field: only.field, before: only.before, after: only.after }, n, who);
  if (cells) {
    const ids = cells.map((c) => recordIdParts(c.record));
    // One person's block names them once; a block of several names each cell's person.
    const people = new Set(ids.map((id) => id.employeeId));
    const texts = cells.map((c, i) => {
      const id = ids[i] ?? recordIdParts(c.record);
      const field = scoreField(n, id.component, c.field);
      const label = withPeriod(field?.label ?? t('changeLog.field.someScore'), n.period(id.periodId));
      const format = field?.format ?? n.score;
      const change = `${label}: ${format(c.before) ?? n.none} → ${format(c.after) ?? n.none}`;
      return people.size === 1 ? change : `${n.person(id.employeeId)}, ${change}`;
    });
    const listed = texts.slice(0, CELLS_LISTED).join('; ');
    const shown =
      texts.length > CELLS_LISTED ? t('changeLog.line.blockMore', { cells: listed, more: texts.length - CELLS_LISTED }) : listed;
    const [one] = people;
    return people.size === 1 && one !== undefined
      ? t('changeLog.line.blockPerson', { who, person: n.person(one), count: cells.length, cells: shown })
      : t('changeLog.line.block', { who, count: cells.length, cells: shown });
  }
  const id = recordIdParts(e.entityId);
  const person = n.person(id.employeeId);
  const field = scoreField(n, id.component, e.field);
  if (!field) return record(n, who, e, person);
  return changed(n, who, withPeriod(field.label, n.period(id.periodId)), field.format(e.before), field.format(e.after), person);
}

function submission(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  const at = lockIdParts(e.entityId);
  const locked = e.after === true || (isRec(e.after) && e.after['locked'] === true);
  const base = {
    who,
    component: n.words.tIn('changeLog.component', at.component) ?? t('changeLog.kinds.scores'),
    unit: n.unit(at.unitId),
    period: n.period(at.periodId),
  };
  if (!locked) return t('changeLog.line.reopened', base);
  const people = list(isRec(e.after) ? e.after['notEvaluated'] : undefined).map((x) => n.person(str(x['employeeId'])));
  return people.length === 0
    ? t('changeLog.line.submitted', base)
    : t('changeLog.line.submittedExcept', { ...base, people: people.join(', ') });
}

function kciPlan(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  const id = recordIdParts(e.entityId);
  const person = n.person(id.employeeId);
  const period = n.period(id.periodId);
  if (e.field === 'items') {
    const after = list(e.after);
    if (e.before === null) return t('changeLog.line.planDrawn', { who, person, period, count: after.length });
    const before = new Map(list(e.before).map((i) => [str(i['id']), i]));
    const afterIds = new Set(after.map((i) => str(i['id'])));
    const names = (items: readonly Rec[]) => items.map((i) => `«${str(i['name']) || t('changeLog.field.someKci')}»`).join(', ');
    const added = after.filter((i) => !before.has(str(i['id'])));
    const removed = [...before.values()].filter((i) => !afterIds.has(str(i['id'])));
    const edited = after.filter(
      (i) => before.has(str(i['id'])) && JSON.stringify(before.get(str(i['id']))) !== JSON.stringify(i),
    );
    const changes = [
      added.length > 0 ? t('changeLog.changes.added', { names: names(added) }) : '',
      removed.length > 0 ? t('changeLog.changes.removed', { names: names(removed) }) : '',
      edited.length > 0 ? t('changeLog.changes.edited', { names: names(edited) }) : '',
    ].filter((x) => x !== '');
    return changes.length === 0
      ? record(n, who, e, person)
      : t('changeLog.line.planChanged', { who, person, period, changes: changes.join('; ') });
  }
  if (e.field === 'approvedOn')
    return changed(n, who, withPeriod(t('changeLog.field.planSetOn'), period), n.date(e.before), n.date(e.after), person);
  if (e.field === 'review') {
    const step = { who, person, period };
    if (e.after === 'submit') return t('changeLog.line.kciSubmit', step);
    if (e.after === 'agree') return t('changeLog.line.kciAgree', step);
    if (e.after === 'return') return t('changeLog.line.kciReturn', step);
    return record(n, who, e, person);
  }
  const item = /^items\.(.+)\.(actual|confirmedScore)$/.exec(e.field);
  if (!item) return record(n, who, e, person);
  const name = n.kci(item[1] ?? '');
  const kci = name ? t('changeLog.field.kciNamed', { name }) : t('changeLog.field.someKci');
  const [what, format] =
    item[2] === 'actual'
      ? [t('changeLog.field.kciActual', { kci }), n.amount]
      : [t('changeLog.field.kciConfirmed', { kci }), n.score];
  return changed(n, who, withPeriod(what, period), format(e.before), format(e.after), person);
}

function pointsSheet(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  const id = recordIdParts(e.entityId);
  const person = n.person(id.employeeId);
  const signature: Format = (v) =>
    isRec(v)
      ? v['refused'] === true
        ? t('changeLog.value.refusedToSign', { date: n.date(v['on']) ?? n.none, act: str(v['act']) || n.none })
        : t('changeLog.value.signed', { date: n.date(v['on']) ?? n.none })
      : n.none;
  const fields: Readonly<Record<string, readonly [string, Format]>> = {
    incentives: [t('changeLog.field.incentives'), n.count],
    violations: [t('changeLog.field.violations'), n.count],
    targets: [t('changeLog.field.targets'), n.count],
    self: [t('changeLog.field.self'), () => undefined],
    trainingOn: [t('changeLog.field.trainingOn'), n.date],
    agreedOn: [t('changeLog.field.agreedOn'), n.date],
    signature: [t('changeLog.field.signature'), signature],
  };
  const field = fields[e.field];
  if (!field) return record(n, who, e, person);
  const [label, format] = field;
  return changed(n, who, withPeriod(label, n.period(id.periodId)), format(e.before), format(e.after), person);
}

const DATE_FIELDS = new Set([
  'appliedOn',
  'decidedOn',
  'heldOn',
  'signedOn',
  'orderDate',
  'filedOn',
  'informedOn',
  'meetingDate',
]);
const TEXT_FIELDS = new Set([
  'application',
  'evaluatorArgument',
  'reason',
  'orderNumber',
  'conclusion',
  'body',
  'source',
  'court',
]);
const LIST_FIELDS = new Set(['participants', 'seats', 'present']);
/** How a field of a calibration case, a sitting, an appeal or a feedback meeting reads. */
export const formatOf = (n: Names, field: string): Format =>
  DATE_FIELDS.has(field) ? n.date : TEXT_FIELDS.has(field) ? n.text : LIST_FIELDS.has(field) ? n.count : () => undefined;

/**
 * A person's record saved field by field (a calibration case, an appeal, a 360 feedback meeting):
 * its creation said with its first day, then each field by its name, its values as the field reads.
 */
export function personRecord(
  e: AuditEntry,
  n: Names,
  who: string,
  spec: {
    readonly created?: (at: { who: string; person: string; period: string; date: string }) => string;
    readonly firstDay?: string;
    readonly field: (id: string) => string | undefined;
    readonly what: (field: string) => string;
    readonly format?: (field: string, id: ReturnType<typeof recordIdParts>) => Format | undefined;
  },
): string {
  const id = recordIdParts(e.entityId);
  const person = n.person(id.employeeId);
  const period = n.period(id.periodId);
  if (e.field === '*' && spec.created) {
    const first = isRec(e.after) && spec.firstDay ? e.after[spec.firstDay] : undefined;
    return spec.created({ who, person, period, date: n.date(first) ?? n.none });
  }
  const field = spec.field(e.field);
  if (field === undefined) return record(n, who, e, person);
  const format = spec.format?.(e.field, id) ?? formatOf(n, e.field);
  return changed(n, who, withPeriod(spec.what(field), period), format(e.before), format(e.after), person);
}

/** The sentences of the scores, submissions, KCI plans and points sheets, by the entity an entry names. */
export const EVALUATION_LINES: Readonly<Record<string, Line>> = {
  evaluations: scores,
  locks: submission,
  kciPlans: kciPlan,
  pointsSheets: pointsSheet,
};
