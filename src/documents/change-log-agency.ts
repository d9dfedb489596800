/**
 * The change log's sentences for the organisation and the agency (people, their statuses, units,
 * the agency's names and profile, settings, periods, profiles, retention, roster imports, unit
 * workbooks sent out) — the evaluation's records are `change-log-lines.ts`.
 */
import type { AuditEntry } from '../domain';
import type { Names, Rec } from './change-log-names';
import { isRec, str } from './change-log-names';
import { changed, num, record, type Format, type Line } from './change-log-lines';
const recOf = (e: AuditEntry): Rec => (isRec(e.after) ? e.after : isRec(e.before) ? e.before : {});

function employee(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  const person = n.person(e.entityId);
  if (e.action === 'create') return t('changeLog.line.added', { who, person });
  if (e.action === 'delete') return t('changeLog.line.removed', { who, person });
  const label = n.words.tIn('fields', e.field);
  if (label === undefined) return record(n, who, e, person);
  const formats: Readonly<Record<string, Format>> = {
    unitId: (v) => (typeof v === 'string' ? n.unit(v) : n.none),
    managerId: (v) => (typeof v === 'string' ? n.person(v) : n.none),
    appointedOn: n.date,
    dismissedOn: n.date,
    publicServices: n.bool,
    headsUnit: n.bool,
  };
  const format = formats[e.field] ?? n.text;
  return changed(n, who, `«${label}»`, format(e.before), format(e.after), person);
}

function status(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  const kind = (v: unknown) => n.words.tIn('statusKinds', str(v));
  if (e.action === 'create' || e.action === 'delete') {
    const s = recOf(e);
    const at = {
      who,
      person: n.person(str(s['employeeId'])),
      status: kind(s['kind']) ?? t('changeLog.field.unknown'),
      dates: `${n.date(s['from']) ?? n.none}–${s['to'] ? (n.date(s['to']) ?? n.none) : '…'}`,
    };
    return e.action === 'create' ? t('changeLog.line.statusAdded', at) : t('changeLog.line.statusRemoved', at);
  }
  const stored = n.status(e.entityId);
  const label = n.words.tIn('fields', e.field) ?? t('changeLog.field.unknown');
  const word = stored ? kind(stored.kind) : undefined;
  const what = word ? t('changeLog.field.status', { status: word, field: label }) : label;
  const format: Format = e.field === 'from' || e.field === 'to' ? n.date : e.field === 'kind' ? kind : n.text;
  return changed(n, who, what, format(e.before), format(e.after), stored ? n.person(stored.employeeId) : undefined);
}

function unit(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  if (e.action === 'create') return t('changeLog.line.unitAdded', { who, name: str(recOf(e)['name']) });
  if (e.action === 'delete') return t('changeLog.line.unitRemoved', { who, name: str(recOf(e)['name']) });
  const name = n.unit(e.entityId);
  if (e.field === 'name') return t('changeLog.line.unitRenamed', { who, before: str(e.before), after: str(e.after) });
  if (e.field === 'names') {
    const given = isRec(e.after) ? e.after : {};
    const named = (l: 'kk' | 'ru') => str(given[l]) || n.none;
    return t('changeLog.line.unitNamed', { who, name, kk: named('kk'), ru: named('ru') });
  }
  if (e.field === 'parentId')
    return typeof e.after === 'string'
      ? t('changeLog.line.unitMoved', { who, name, parent: n.unit(e.after) })
      : t('changeLog.line.unitMovedTop', { who, name });
  if (e.field === 'order') return t('changeLog.line.unitOrdered', { who, name });
  return record(n, who, e);
}

function agency(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  const a = recOf(e);
  if (e.action === 'demo') return t('changeLog.line.demoLoaded', { who, employees: num(a['employees']), units: num(a['units']) });
  if (e.action === 'create') return t('changeLog.line.agencyCreated', { who, name: str(a['nameRu']) || str(a['nameKk']) });
  if (e.field === 'nameKk' || e.field === 'nameRu' || e.field === 'profileId') {
    const format: Format = e.field === 'profileId' ? (v) => (typeof v === 'string' ? n.profile(v) : n.none) : n.text;
    return changed(n, who, t(`changeLog.field.agency.${e.field}`), format(e.before), format(e.after));
  }
  return t('changeLog.line.setting', { who });
}

function setting(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  if (e.entityId === 'operatorName') return changed(n, who, t('changeLog.field.operatorName'), n.text(e.before), n.text(e.after));
  if (e.entityId === 'calendarAmendments') {
    const count = (v: unknown) =>
      isRec(v) ? [v['daysOff'], v['workdays']].reduce<number>((sum, l) => sum + (Array.isArray(l) ? l.length : 0), 0) : 0;
    return t('changeLog.line.calendar', { who, before: count(e.before), after: count(e.after) });
  }
  return t('changeLog.line.setting', { who });
}

function period(e: AuditEntry, n: Names, who: string): string {
  return e.action === 'create'
    ? n.words.t('changeLog.line.periodAdded', { who, period: n.period(e.entityId) })
    : record(n, who, e);
}

function profile(e: AuditEntry, n: Names, who: string): string {
  const saved = recOf(e);
  const id = str(saved['id']) || e.entityId.slice(0, Math.max(0, e.entityId.lastIndexOf('@')));
  return n.words.t('changeLog.line.profileSaved', { who, version: num(saved['version']), name: n.profile(id) });
}

function retention(e: AuditEntry, n: Names, who: string): string {
  const counts = Object.values(recOf(e)).reduce<number>((sum, v) => sum + num(v), 0);
  const periods = e.entityId
    .split(',')
    .map((id) => n.period(id))
    .filter((p) => p !== '')
    .join(', ');
  return n.words.t('changeLog.line.purged', { who, periods: periods || n.none, count: counts });
}

function roster(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  const file = e.entityId;
  if (e.action === 'undoImport') return t('changeLog.line.rosterUndone', { who, file });
  const r = recOf(e);
  const added = isRec(r['added']) ? r['added'] : {};
  const length = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  return t('changeLog.line.rosterImported', {
    who,
    file,
    added: length(added['employees']),
    updated: length(r['replaced']),
    units: length(added['units']),
  });
}

function exported(e: AuditEntry, n: Names, who: string): string {
  const x = recOf(e);
  return n.words.t('changeLog.line.exported', {
    who,
    unit: n.unit(str(x['unitId'])),
    period: n.period(str(x['periodId'])),
    rows: num(x['rows']),
  });
}

/** The sentences of the organisation and the agency, by the entity an entry names. */
export const AGENCY_LINES: Readonly<Record<string, Line>> = {
  employees: employee,
  statuses: status,
  units: unit,
  agency,
  settings: setting,
  periods: period,
  profiles: profile,
  retention,
  roster,
  exports: exported,
};
