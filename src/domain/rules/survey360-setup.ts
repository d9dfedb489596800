/**
 * The 360's set-up for a year (004 §§34–36): who is assessed (everyone evaluated in the year, heads
 * on their 12 competencies and staff on 8, 004 §35), and whom HR asks about each — suggested from
 * the unit tree and the categories: the direct manager, the direct subordinates and the close peers
 * at the same level (same manager, same unit, the same category first), 3 to 7 of them (004 §36),
 * plus the person's own self-assessment. HR adjusts; `respondentProblems` says what is off.
 */
import { fullName, type Employee, type RespondentRole, type StatusInterval } from '../model';
import type { Named, Profile } from '../profiles/types';
import type { Assignment } from './survey360';

/**
 * People who have left (a dismissal on or before `asOf`): no questionnaire goes to them.
 * @example leftIds([{ employeeId: 'e7', kind: 'dismissed', from: '2026-05-04', … }], '2026-12-01') → Set { 'e7' }
 */
export function leftIds(statuses: readonly StatusInterval[], asOf: string): Set<string> {
  return new Set(statuses.filter((s) => s.kind === 'dismissed' && s.from <= asOf).map((s) => s.employeeId));
}

/**
 * 004 §36: the respondents Bagalau suggests for a person — the direct manager, then direct
 * subordinates and close peers taken in turn (peers of the same category first, each by name) up to
 * the profile's maximum, plus the self-assessment; nobody who has left.
 * @example suggestRespondents(specialist, everyone, TYPICAL_2023, new Set())
 *   → [{ manager }, { subordinate… }, { peer… }, { self }] with at most 7 others
 */
export function suggestRespondents(person: Employee, everyone: readonly Employee[], profile: Profile, left: ReadonlySet<string>): Assignment[] {
  const collator = new Intl.Collator('ru');
  const byName = (a: Employee, b: Employee) => collator.compare(fullName(a), fullName(b)) || (a.id < b.id ? -1 : 1);
  const present = (e: Employee) => e.id !== person.id && !left.has(e.id);
  const manager = person.managerId === null ? undefined : everyone.find((e) => e.id === person.managerId && present(e));
  const subordinates = everyone.filter((e) => e.managerId === person.id && present(e)).sort(byName);
  const peers = everyone
    .filter((e) => present(e) && e.unitId === person.unitId && e.managerId === person.managerId)
    .sort((a, b) => Number(a.category !== person.category) - Number(b.category !== person.category) || byName(a, b));
  const max = profile.survey360.maxRespondents.value;
  const others: Assignment[] = manager ? [{ respondentId: manager.id, role: 'manager' }] : [];
  for (let i = 0; others.length < max && (i < subordinates.length || i < peers.length); i++) {
    const s = subordinates[i];
    if (s && others.length < max) others.push({ respondentId: s.id, role: 'subordinate' });
    const p = peers[i];
    if (p && others.length < max) others.push({ respondentId: p.id, role: 'peer' });
  }
  return [...others, { respondentId: person.id, role: 'self' }];
}

/** 004 §35: a unit head is assessed on the heads' competencies, everyone else on the staff's. */
export function competenciesOf(personId: string, heads: ReadonlySet<string>, profile: Profile): readonly Named[] {
  return heads.has(personId) ? profile.survey360.headCompetencies.value : profile.survey360.staffCompetencies.value;
}

/** The role a respondent is suggested in for a person, when HR adds them by hand: what the unit tree says they are. */
export function roleOf(person: Employee, respondent: Employee): RespondentRole {
  if (respondent.id === person.id) return 'self';
  if (respondent.id === person.managerId) return 'manager';
  if (respondent.managerId === person.id) return 'subordinate';
  return 'peer';
}
