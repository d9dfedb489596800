/**
 * Which method evaluates a person — the one rule every screen and document reads:
 * - the points model of the 2017 order evaluates everyone by points (002 §§15–16, 26);
 * - otherwise a unit head is evaluated by the achievement of KCIs where the profile has them
 *   (004 §§3.4, 22), and everyone else — and a unit head in a profile without KCIs, as the
 *   2025 model has it (METHODOLOGY §4) — by the ranking method (004 §§3.5, 29);
 * - a profile with none of these evaluates nobody quarterly.
 */
import type { Profile } from '../profiles/types';

export type Method = 'ranking' | 'kci' | 'points';

/**
 * @example methodOf(true, TYPICAL_2023) === 'kci'; methodOf(true, TYPICAL_2025) === 'ranking'; methodOf(false, JUSTICE_2017) === 'points'
 */
export function methodOf(isUnitHead: boolean, profile: Profile): Method | undefined {
  const c = profile.components.value;
  if (c.points) return 'points';
  if (isUnitHead && c.kci) return 'kci';
  return c.ranking ? 'ranking' : undefined;
}
