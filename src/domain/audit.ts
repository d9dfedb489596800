/**
 * What an entry of the change log concerns, read from the entry alone: its kind of change (what the
 * log is filtered by) and the people it names — the person whose record changed, each person of a
 * pasted block, the people a submission recorded as not evaluated. The 360's questionnaires and
 * sealed answers name nobody: their entries hold counts, and nothing here links a respondent to them.
 */
import { joinKey, recordIdParts } from './ids';
import type { AuditEntry } from './model';

/** The kinds of change, in the order a filter lists them. */
export const CHANGE_KINDS = [
  'scores',
  'kci',
  'points',
  'submission',
  'familiarisation',
  'calibration',
  'commission',
  'appeal',
  'competencySheet',
  'survey360',
  'people',
  'units',
  'roster',
  'exchange',
  'settings',
  'retention',
  'other',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

const KIND_OF_ENTITY: Readonly<Record<string, ChangeKind>> = {
  evaluations: 'scores',
  kciPlans: 'kci',
  pointsSheets: 'points',
  locks: 'submission',
  familiarisations: 'familiarisation',
  calibrations: 'calibration',
  sittings: 'commission',
  appeals: 'appeal',
  competencySheets: 'competencySheet',
  survey360: 'survey360',
  survey360Tokens: 'survey360',
  survey360Answers: 'survey360',
  survey360Feedback: 'survey360',
  employees: 'people',
  statuses: 'people',
  units: 'units',
  roster: 'roster',
  exports: 'exchange',
  agency: 'settings',
  settings: 'settings',
  periods: 'settings',
  profiles: 'settings',
  retention: 'retention',
};

/** @example changeKindOf({ entity: 'evaluations', … }) === 'scores' */
export const changeKindOf = (e: Pick<AuditEntry, 'entity'>): ChangeKind => KIND_OF_ENTITY[e.entity] ?? 'other';

/** The entities whose ids are a person's record id (`recordIdParts`). */
const PERSON_RECORDS: ReadonlySet<string> = new Set([
  'evaluations',
  'kciPlans',
  'pointsSheets',
  'familiarisations',
  'calibrations',
  'appeals',
  'competencySheets',
  'survey360',
  'survey360Feedback',
]);

/** The cells of a pasted or imported block of scores (one entry for many cells). */
export interface BlockCell {
  readonly record: string;
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

const isRecord = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A block entry's cells, or undefined when the entry is one change. */
export function blockCells(e: Pick<AuditEntry, 'entity' | 'field' | 'after'>): readonly BlockCell[] | undefined {
  if (e.entity !== 'evaluations' || e.field !== 'cells' || !Array.isArray(e.after)) return undefined;
  return (e.after as unknown[]).filter(isRecord).map((c) => ({
    record: text(c['record']),
    field: text(c['field']),
    before: c['before'],
    after: c['after'],
  }));
}

/**
 * The ids of the people an entry concerns (a status interval's entry names its own id too, as its
 * later changes hold no person): the UI's person filter matches them.
 * @example subjectsOf({ entity: 'evaluations', entityId: '2026-Q3:ranking:e1', … }) → ['e1']
 */
export function subjectsOf(e: AuditEntry): string[] {
  const cells = blockCells(e);
  if (cells) return [...new Set(cells.map((c) => recordIdParts(c.record).employeeId))];
  if (PERSON_RECORDS.has(e.entity)) return [recordIdParts(e.entityId).employeeId];
  const stored = isRecord(e.after) ? e.after : isRecord(e.before) ? e.before : undefined;
  switch (e.entity) {
    case 'employees':
      return [e.entityId];
    case 'statuses': {
      const owner = text(stored?.['employeeId']);
      return owner === '' ? [e.entityId] : [e.entityId, owner];
    }
    case 'locks': {
      const listed = isRecord(e.after) && Array.isArray(e.after['notEvaluated']) ? e.after['notEvaluated'] : [];
      return listed.filter(isRecord).map((x) => text(x['employeeId']));
    }
    case 'sittings':
      return changedCases(e).map((c) => c.employeeId);
    case 'roster': {
      const added = isRecord(stored?.['added']) ? stored['added']['employees'] : [];
      const replaced = stored?.['replaced'];
      return [
        ...(Array.isArray(added) ? added.filter((x): x is string => typeof x === 'string') : []),
        ...(Array.isArray(replaced) ? replaced.filter(isRecord).map((x) => text(x['id'])) : []),
      ];
    }
    default:
      return [];
  }
}

/** A Commission case as the change log reads it. */
export interface CaseChange {
  readonly employeeId: string;
  readonly before: Readonly<Record<string, unknown>> | undefined;
  readonly after: Readonly<Record<string, unknown>> | undefined;
}

/** The cases of a sitting an entry changed (all of them when the sitting was created). */
export function changedCases(e: Pick<AuditEntry, 'field' | 'before' | 'after'>): CaseChange[] {
  const casesOf = (v: unknown): readonly Readonly<Record<string, unknown>>[] => {
    const list = e.field === 'cases' ? v : e.field === '*' && isRecord(v) ? v['cases'] : undefined;
    return Array.isArray(list) ? list.filter(isRecord) : [];
  };
  const key = (c: Readonly<Record<string, unknown>>) => joinKey(text(c['component']), text(c['employeeId']));
  const before = new Map(casesOf(e.before).map((c) => [key(c), c]));
  const after = new Map(casesOf(e.after).map((c) => [key(c), c]));
  return [...new Set([...before.keys(), ...after.keys()])].flatMap((k) => {
    const b = before.get(k);
    const a = after.get(k);
    if (JSON.stringify(b) === JSON.stringify(a)) return [];
    return [{ employeeId: text((a ?? b)?.['employeeId']), before: b, after: a }];
  });
}
