/**
 * Identities of the built-in methodology profiles (METHODOLOGY intro, §§2–4), derived from the
 * profile data: an agency records which profile governs its evaluation.
 */
import { BUILTIN_PROFILE_DATA } from './profiles/builtin';

export interface ProfileIdentity {
  readonly id: string;
  readonly version: number;
  readonly names: { readonly kk: string; readonly ru: string; readonly en: string };
}

export const BUILTIN_PROFILES: readonly ProfileIdentity[] = BUILTIN_PROFILE_DATA.map(({ id, version, names }) => ({
  id,
  version,
  names,
}));

export const DEFAULT_PROFILE_ID = 'typical-2023';

export const isKnownProfile = (id: string): boolean => BUILTIN_PROFILES.some((p) => p.id === id);
