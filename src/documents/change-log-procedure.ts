/**
 * The change log's sentences for the procedure after the scores — familiarisation, calibration,
 * the Commission, appeals — and the annual records (the competency sheet, the 360). The 360's
 * sealed answers are counted, never named. Shared helpers and the scores: `change-log-lines.ts`.
 */
import { changedCases, periodOfSitting, recordIdParts, type AuditEntry } from '../domain';
import { isRec, str, type Names } from './change-log-names';
import {
  changed,
  formatOf,
  list,
  num,
  personRecord,
  record,
  result,
  withPeriod,
  type Format,
  type Line,
} from './change-log-lines';

function familiarisation(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  const id = recordIdParts(e.entityId);
  const at = { who, person: n.person(id.employeeId), period: n.period(id.periodId) };
  const rec = isRec(e.after) ? e.after : isRec(e.before) ? e.before : {};
  const date = n.date(rec['on']) ?? n.none;
  const how = n.words.tIn('familiarisation.hows', str(rec['how'])) ?? n.none;
  if (e.action === 'delete') return t('changeLog.line.acquaintedWithdrawn', at);
  if (e.action === 'update') return t('changeLog.line.acquaintedCorrected', { ...at, date, how });
  return rec['how'] === 'refusal'
    ? t('changeLog.line.refused', { ...at, date })
    : t('changeLog.line.acquainted', { ...at, date, how });
}

const calibration = (e: AuditEntry, n: Names, who: string): string =>
  personRecord(e, n, who, {
    created: (at) => n.words.t('changeLog.line.calibrationApplied', at),
    firstDay: 'appliedOn',
    field: (key) => n.words.tIn('changeLog.field.calibrationFields', key),
    what: (field) => n.words.t('changeLog.field.calibration', { field }),
  });

const appeal = (e: AuditEntry, n: Names, who: string): string =>
  personRecord(e, n, who, {
    created: (at) => n.words.t('changeLog.line.appealFiled', at),
    firstDay: 'filedOn',
    field: (key) => n.words.tIn('changeLog.field.appealFields', key),
    what: (field) => n.words.t('changeLog.field.appeal', { field }),
    format: (field, id) =>
      field === 'outcome'
        ? (v) => n.words.tIn('appeal.outcomes', str(v))
        : field === 'newResult'
          ? result(n, id.component, id.periodId)
          : undefined,
  });

function sitting(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  const periodId = periodOfSitting(e.entityId);
  const at = { who, period: n.period(periodId), number: e.entityId.slice(e.entityId.lastIndexOf(':') + 1) };
  if (e.field === '*') return t('changeLog.line.sittingCreated', at);
  if (e.field === 'approval') {
    const a = isRec(e.after) ? e.after : {};
    return t('changeLog.line.sittingApproved', { ...at, name: str(a['name']) || n.none, date: n.date(a['on']) ?? n.none });
  }
  if (e.field === 'cases') {
    const cases = changedCases(e);
    const only = cases.length === 1 ? cases[0] : undefined;
    if (!only) return t('changeLog.line.sittingDecisions', { ...at, count: cases.length });
    const component = str((only.after ?? only.before)?.['component']);
    const format = result(n, component, periodId);
    const [before, after] = [only.before?.['corrected'] ?? null, only.after?.['corrected'] ?? null];
    const detail =
      before === after
        ? ''
        : t('changeLog.value.corrected', { before: format(before) ?? n.none, after: format(after) ?? n.none });
    return t('changeLog.line.sittingDecision', { ...at, person: n.person(only.employeeId), detail });
  }
  const field = n.words.tIn('changeLog.field.sittingFields', e.field);
  if (field === undefined) return record(n, who, e);
  const format = formatOf(n, e.field);
  return changed(n, who, t('changeLog.field.sitting', { ...at, field }), format(e.before), format(e.after));
}

function competencySheet(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  const id = recordIdParts(e.entityId);
  const person = n.person(id.employeeId);
  const period = n.period(id.periodId);
  if (e.field === 'signatures') {
    const signed: Format = (v) => {
      const r = isRec(v) ? v : {};
      const parts = [
        typeof r['managerSignedOn'] === 'string'
          ? t('changeLog.value.managerSigned', { date: n.date(r['managerSignedOn']) ?? n.none })
          : '',
        typeof r['acquaintedOn'] === 'string'
          ? t('changeLog.value.personSigned', { date: n.date(r['acquaintedOn']) ?? n.none })
          : '',
      ].filter((x) => x !== '');
      return parts.length === 0 ? n.none : parts.join('; ');
    };
    return changed(n, who, withPeriod(t('changeLog.field.sheetSignatures'), period), signed(e.before), signed(e.after), person);
  }
  const name = n.competency(e.field);
  const label = name ? t('changeLog.field.competency', { name }) : t('changeLog.field.someCompetency');
  const entry: Format = (v) => {
    if (!isRec(v)) return n.none;
    const notShown = list(v['indicatorsNotShown']).length;
    const note = str(v['note']).trim();
    return [
      v['meets'] === true ? t('sheet.meets') : v['meets'] === false ? t('sheet.notMeets') : n.none,
      notShown > 0 ? t('changeLog.value.indicators', { count: notShown }) : '',
      note !== '' ? (n.text(note) ?? '') : '',
    ]
      .filter((x) => x !== '')
      .join('; ');
  };
  return changed(n, who, withPeriod(label, period), entry(e.before), entry(e.after), person);
}

function survey360(e: AuditEntry, n: Names, who: string): string {
  const { t } = n.words;
  if (e.entity === 'survey360Tokens' && e.field === 'issued')
    return t('changeLog.line.issued', { who, period: n.period(e.entityId), count: num(e.after) });
  // A sealed answer is counted, never named: the entry holds the count and the period alone.
  if (e.entity === 'survey360Answers')
    return e.field === 'sealed'
      ? t('changeLog.line.sealed', { period: n.period(e.entityId), count: num(e.after) })
      : e.field === 'replaced'
        ? t('changeLog.line.replaced', { who, period: n.period(e.entityId), count: num(e.after) })
        : record(n, who, e);
  if (e.entity === 'survey360Tokens') return record(n, who, e);
  const id = recordIdParts(e.entityId);
  const person = n.person(id.employeeId);
  const period = n.period(id.periodId);
  if (e.entity === 'survey360' && e.field === 'respondents')
    return t('changeLog.line.respondents', {
      who,
      person,
      period,
      before: list(e.before).length,
      after: list(e.after).length,
    });
  if (e.entity !== 'survey360Feedback') return record(n, who, e, person);
  return personRecord(e, n, who, {
    field: (key) => n.words.tIn('changeLog.field.feedbackFields', key),
    what: (field) => t('changeLog.field.feedback', { field }),
    format: (field) => (field === 'meetingDate' ? n.date : n.text),
  });
}

/** The sentences of the procedure after the scores and of the annual records, by the entity an entry names. */
export const PROCEDURE_LINES: Readonly<Record<string, Line>> = {
  familiarisations: familiarisation,
  calibrations: calibration,
  sittings: sitting,
  appeals: appeal,
  competencySheets: competencySheet,
  survey360,
  survey360Tokens: survey360,
  survey360Answers: survey360,
  survey360Feedback: survey360,
};
