/**
 * Identities of the built-in methodology profiles (METHODOLOGY intro, §§2–4). The profiles' rules
 * are data of their own; an agency records which profile governs its evaluation.
 */
export interface ProfileIdentity {
  readonly id: string;
  readonly version: number;
  readonly names: { readonly kk: string; readonly ru: string; readonly en: string };
  /** Seed file the profile transcribes, or the METHODOLOGY section for one not in the seeds. */
  readonly source: string;
}

export const BUILTIN_PROFILES: readonly ProfileIdentity[] = [
  {
    id: 'typical-2023',
    version: 1,
    names: { kk: 'Үлгілік әдістеме 2023', ru: 'Типовая методика 2023', en: 'Typical methodology 2023' },
    source: '004',
  },
  {
    id: 'aksu-2023',
    version: 1,
    names: { kk: 'Ақсу қаласының әкімдігі 2023', ru: 'Акимат города Аксу 2023', en: 'Aksu city akimat 2023' },
    source: '004',
  },
  {
    id: 'zhanaozen-2023',
    version: 1,
    names: { kk: 'Жаңаөзен қалалық мәслихаты 2023', ru: 'Маслихат города Жанаозен 2023', en: 'Zhanaozen city maslikhat 2023' },
    source: '001',
  },
  {
    id: 'justice-2017',
    version: 1,
    names: { kk: 'Әділет министрлігі 2017 (балдық модель)', ru: 'Министерство юстиции 2017 (балльная модель)', en: 'Ministry of Justice 2017 (points model)' },
    source: '002',
  },
  {
    id: 'typical-2025',
    version: 1,
    names: { kk: 'Үлгілік әдістеме 2025', ru: 'Типовая методика 2025', en: 'Typical methodology 2025' },
    source: 'METHODOLOGY §4',
  },
];

export const DEFAULT_PROFILE_ID = 'typical-2023';

export const isKnownProfile = (id: string): boolean => BUILTIN_PROFILES.some((p) => p.id === id);
