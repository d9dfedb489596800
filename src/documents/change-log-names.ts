/**
 * What the change log's sentences name things by: people, units, periods, ranking parameters, KCIs,
 * competencies and profiles as the screens name them — looked up in the agency's data, and in the
 * entries themselves for what is gone since (a removed person's card, a KCI taken out of the plan) —
 * and values as the screens show them: scores «3,75», dates dd.mm.yyyy, yes / no, counts. Nothing
 * here prints an id, a field path or a stored structure: what it cannot name it says in words.
 */
import {
  unitNameIn,
  builtinProfile,
  formatDate,
  fullName,
  isIsoDate,
  type AuditEntry,
  type Employee,
  type KciPlan,
  type Profile,
  type StatusInterval,
  type Texts,
  type Unit,
} from '../domain';
import { decimalText, hundredthsFixed } from '../i18n';
import type { Words } from '../i18n/words';

export interface ChangeLogData {
  readonly employees: readonly Employee[];
  readonly statuses: readonly StatusInterval[];
  readonly units: readonly Unit[];
  /** The agency's profile first, then any other a record may have been entered under (names of parameters and competencies). */
  readonly profiles: readonly Profile[];
  /** The KCI plans entries may name (their KCIs' names). */
  readonly kciPlans: readonly KciPlan[];
}

export type Rec = Readonly<Record<string, unknown>>;
export const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const NAME_CHARS = 120;

/** The names and value formats of one rendering of the log. */
export interface Names {
  readonly words: Words;
  /** A person's full name; a person no longer on the roster is named from the entries, else in words. */
  person(id: string): string;
  /** Whether the id is a person the data or the entries know. */
  knows(id: string): boolean;
  unit(id: string): string;
  /** `2026 · Q3`, `2026`; '' for an id that is no period. */
  period(id: string): string;
  /** A ranking parameter's name as the grid heads its column; undefined when no profile has it. */
  param(id: string): string | undefined;
  kci(itemId: string): string | undefined;
  competency(id: string): string | undefined;
  profile(id: string): string;
  /** The status interval a later change names by its id. */
  status(id: string): StatusInterval | undefined;
  readonly profiles: readonly Profile[];
  // Values as the screens show them.
  readonly none: string;
  score(v: unknown): string | undefined;
  amount(v: unknown): string | undefined;
  date(v: unknown): string | undefined;
  text(v: unknown): string | undefined;
  bool(v: unknown): string | undefined;
  count(v: unknown): string | undefined;
}

/** @example makeNames(data, entries, wordsIn('ru')).score(375) === '3,75' */
export function makeNames(data: ChangeLogData, entries: readonly AuditEntry[], words: Words): Names {
  const lang = words.lang();
  const local = (t: Texts) => (lang === 'kk' ? t.kk || t.ru : t.ru || t.kk);
  const people = new Map(data.employees.map((e) => [e.id, fullName(e)]));
  const gone = new Map<string, string>();
  const kcis = new Map<string, string>();
  const remember = (v: unknown) => {
    if (isRec(v) && typeof v['id'] === 'string' && typeof v['surname'] === 'string')
      gone.set(v['id'], fullName({ surname: v['surname'], name: str(v['name']), patronymic: str(v['patronymic']) }));
  };
  const items = (v: unknown) => {
    if (Array.isArray(v)) for (const i of v) if (isRec(i) && typeof i['id'] === 'string') kcis.set(i['id'], str(i['name']));
  };
  for (const e of entries) {
    if (e.entity === 'employees') for (const v of [e.after, e.before, isRec(e.before) ? e.before['employee'] : null]) remember(v);
    if (e.entity === 'roster')
      for (const v of isRec(e.after) && Array.isArray(e.after['replaced']) ? e.after['replaced'] : []) remember(v);
    if (e.entity === 'kciPlans' && e.field === 'items') [e.before, e.after].forEach(items);
  }
  for (const p of data.kciPlans) items(p.items);
  const units = new Map(data.units.map((u) => [u.id, unitNameIn(u, lang)]));
  const statuses = new Map(data.statuses.map((s) => [s.id, s]));
  const named = (lists: (p: Profile) => readonly { readonly id: string; readonly names: Texts }[], id: string) => {
    for (const p of data.profiles) {
      const found = lists(p).find((x) => x.id === id);
      if (found) return local(found.names);
    }
    return undefined;
  };
  const present = (v: unknown) => v !== null && v !== undefined && v !== '';
  return {
    words,
    person: (id) => people.get(id) || gone.get(id) || words.t('changeLog.value.someone'),
    knows: (id) => people.has(id) || gone.has(id),
    unit: (id) => units.get(id) ?? words.t('changeLog.value.someUnit'),
    period: (id) => {
      const m = /^(\d{4})-(?:Q([1-4])|Y)$/.exec(id);
      if (!m) return '';
      return m[2] === undefined ? (m[1] ?? '') : `${m[1] ?? ''} · ${words.t('agency.quarter', { q: Number(m[2]) })}`;
    },
    param: (id) => named((p) => p.ranking.parameters.value, id),
    kci: (id) => kcis.get(id) || undefined,
    competency: (id) =>
      named((p) => p.competencySheet.value, id) ??
      named((p) => [...p.survey360.headCompetencies.value, ...p.survey360.staffCompetencies.value], id),
    profile: (id) =>
      (builtinProfile(id) ?? data.profiles.find((p) => p.id === id))?.names[lang] || words.t('changeLog.value.someProfile'),
    status: (id) => statuses.get(id),
    profiles: data.profiles,
    none: words.t('app.none'),
    score: (v) => (typeof v === 'number' ? hundredthsFixed(lang, v) : present(v) ? undefined : words.t('app.none')),
    amount: (v) => (typeof v === 'number' ? decimalText(lang, v / 100) : present(v) ? undefined : words.t('app.none')),
    date: (v) => (typeof v === 'string' && isIsoDate(v) ? formatDate(v) : present(v) ? undefined : words.t('app.none')),
    text: (v) => {
      if (!present(v)) return words.t('app.none');
      if (typeof v !== 'string') return undefined;
      const one = v.replace(/\s+/g, ' ').trim();
      return `«${one.length > NAME_CHARS ? `${one.slice(0, NAME_CHARS - 1)}…` : one}»`;
    },
    bool: (v) =>
      v === true
        ? words.t('changeLog.value.yes')
        : v === false
          ? words.t('changeLog.value.no')
          : present(v)
            ? undefined
            : words.t('app.none'),
    count: (v) =>
      Array.isArray(v) ? words.t('changeLog.value.entries', { count: v.length }) : present(v) ? undefined : words.t('app.none'),
  };
}
