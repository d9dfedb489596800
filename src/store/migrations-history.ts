/**
 * Test fixture: the schemas the app has shipped, copied verbatim and pinned here, so the migration
 * tests open an old database exactly as an old app did — not with today's `MIGRATIONS`, which an
 * in-place edit would change under the test. When a version ships, append its `stores` here (and a
 * fixture in `migrations.test.ts`); never edit an entry: `migrations.test.ts` fails when a pinned
 * copy and the shipped schema differ, or when a shipped version has no pinned copy.
 */

export interface PinnedVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
}

/** The agency database (`AgencyDb`), version by version, as `MIGRATIONS` declared each. */
export const AGENCY_SCHEMA_HISTORY: readonly PinnedVersion[] = [
  {
    version: 1,
    stores: {
      agency: 'id',
      units: 'id, parentId',
      employees: 'id, unitId, iin, managerId',
      statuses: 'id, employeeId, kind',
      periods: 'id, year',
      settings: 'key',
      audit: '++id, at, entityId, batchId',
    },
  },
  { version: 2, stores: { profiles: '[id+version], id' } },
  { version: 3, stores: { evaluations: 'id, periodId, employeeId, [periodId+component]' } },
  { version: 4, stores: { kciPlans: 'id, periodId, employeeId' } },
  { version: 5, stores: { pointsSheets: 'id, periodId, employeeId' } },
  { version: 6, stores: { familiarisations: 'id, periodId, employeeId' } },
  { version: 7, stores: { calibrations: 'id, periodId, employeeId' } },
  { version: 8, stores: { sittings: 'id, periodId' } },
  { version: 9, stores: { survey360: 'id, periodId, evaluatedId' } },
  {
    version: 10,
    stores: { survey360Tokens: 'token, periodId, code, evaluatedId', survey360Answers: 'token, periodId, evaluatedId' },
  },
  { version: 11, stores: { survey360Feedback: 'id, periodId, evaluatedId' } },
  { version: 12, stores: { competencySheets: 'id, periodId, employeeId' } },
  { version: 13, stores: {} },
  { version: 14, stores: { appeals: 'id, periodId, employeeId' } },
  { version: 15, stores: { exports: 'id, periodId, unitId' } },
  {
    version: 16,
    stores: { survey360Ballots: 'id, periodId, evaluatedId', survey360Spent: 'token, periodId', survey360Answers: null },
  },
];

/** The registry database (`RegistryDb`), version by version. */
export const REGISTRY_SCHEMA_HISTORY: readonly PinnedVersion[] = [
  { version: 1, stores: { agencies: 'id', log: '++id, agencyId' } },
  // An operation's intent, settled at the next start if it did not end (`registry-intents.ts`).
  { version: 2, stores: { agencies: 'id', log: '++id, agencyId', intents: 'agencyId' } },
];
