/**
 * The agency's own methodology profiles: cloned from a built-in one (or from its own) and edited;
 * every save is a new version, old versions are kept (results record the version that made them).
 */
import { validateProfile, type Profile, type ProfileProblem } from '../domain';
import type { Result } from '../domain/result';
import { Refusal, write, type StoreContext } from './context';
import type { StoreError } from './errors';

/** Saves the profile as the next version of its id; refused with the problems when it does not validate. */
export const saveProfileVersion = (
  ctx: StoreContext,
  draft: Profile,
): Promise<Result<Profile, StoreError & { problems?: ProfileProblem[] }>> =>
  write(ctx, [ctx.db.profiles], async (tx) => {
    const versions = await tx.db.profiles.where('id').equals(draft.id).toArray();
    const version = versions.reduce((max, p) => Math.max(max, p.version), 0) + 1;
    const checked = validateProfile({ ...draft, version, builtIn: false });
    if (!checked.ok) throw new Refusal('invalid', JSON.stringify(checked.problems));
    await tx.db.profiles.add(checked.profile);
    await tx.audit({
      action: 'create',
      entity: 'profiles',
      entityId: `${draft.id}@${version}`,
      field: '*',
      before: null,
      after: { id: draft.id, version },
    });
    return checked.profile;
  });

/** The newest version of each of the agency's profiles. */
export function latestVersions(all: readonly Profile[]): Profile[] {
  const latest = new Map<string, Profile>();
  for (const p of all) if ((latest.get(p.id)?.version ?? 0) < p.version) latest.set(p.id, p);
  return [...latest.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
