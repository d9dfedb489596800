/** The source words of the data screens (data, agency, retention, backupProblems, restoreProblems). */
import type { Widen } from '../template';

export const enData = {
  data: {
    title: 'Backup and storage',
    backupTitle: 'Backup',
    backupText: 'Saves the whole agency — units, people, statuses, settings and the change log — into one .xlsx file.',
    backup: 'Download backup',
    lastBackup: 'Last backup: {{date}}',
    neverBackedUp: 'No backup has been made on this computer yet.',
    backupOld: 'The last backup is more than 7 days old. Make a new one.',
    restoreTitle: 'Restore',
    restoreText: 'Replaces the agency in the backup file with its contents. Everything is checked before anything is written.',
    restoreChoose: 'Choose a backup file',
    restoreConfirm: 'Replace the data of “{{name}}” ({{employees}} people, {{units}} units) with the backup made {{date}}?',
    restoreNew: 'Restore “{{name}}” ({{employees}} people, {{units}} units) from the backup made {{date}}?',
    restored: 'Restored “{{name}}”.',
    restoreProblems: 'The backup was not restored: {{count}} problems.',
    storageTitle: 'Storage in this browser',
    persisted: 'The browser keeps this data even when space runs low.',
    notPersisted: 'The browser may clear this data when space runs low. Make backups regularly.',
    persistUnknown: 'Persistent storage has not been requested yet; it is requested on the first real data entry.',
    usage: 'Used {{used}} of {{quota}} available.',
    usageUnknown: 'The browser does not report storage use.',
    requestPersist: 'Ask the browser to keep the data',
  },
  agency: {
    title: 'Agency settings',
    operator: 'Who is working on this computer (recorded in the change log)',
    profile: 'Methodology profile',
    periods: 'Evaluation periods',
    addYear: 'Add year',
    year: 'Year',
    quarter: 'Q{{q}}',
    wholeYear: 'Year',
    audit: 'Change log',
    auditEmpty: 'No changes yet.',
    auditAt: 'When',
    auditWho: 'Who',
    auditWhat: 'What',
    auditField: 'Field',
    auditBefore: 'Before',
    auditAfter: 'After',
    auditReason: 'Reason',
    removeTitle: 'Remove this agency',
    removeDemo: 'Remove demo data',
    remove: 'Remove agency and all its data',
    removeConfirm:
      'Remove “{{name}}” and all its data from this browser? This cannot be undone. Make a backup first if you may need it.',
  },
  retention: {
    title: 'Retention of evaluation documents',
    intro:
      'Documents are kept {{years}} years after the evaluation was completed ({{source}}). Periods past that are listed here; export their archive, then purge them deliberately. Nothing is purged on its own.',
    none: 'No period is past retention.',
    records: '{{count}} records',
    archive: 'Export the archive (.xlsx)',
    archiveFirst: 'Export the archive first; then the records can be purged.',
    reason: 'Reason for the purge',
    purge: 'Purge these records',
    confirm: 'Purge {{count}} records of {{periods}}? This cannot be undone; the archive you exported keeps them.',
    purged: '{{count}} records purged; the purge is in the change log.',
  },
  backupProblems: {
    notBackup: 'This workbook is not a Bagalau backup.',
    newerFormat: 'This backup was made by a newer version of Bagalau (format {{version}}). Update the app first.',
    countMismatch: 'Sheet “{{sheet}}” should have {{expected}} rows but has {{actual}}: the file was changed after the backup.',
    badCell: 'Sheet “{{sheet}}”, row {{row}}, column {{column}} cannot be read.',
    newerSchema:
      'This backup was made by a newer version of Bagalau (data version {{version}}), which keeps things this copy does not know: restoring it here would lose them. Open the newer version, or update this copy first. Nothing was restored.',
    changedAfterBackup:
      'Sheet “{{sheet}}” was changed after the backup was made (a cell differs from what was saved). Nothing was restored: use the backup file as Bagalau saved it.',
  },
  restoreProblems: {
    invalidValue: 'Sheet “{{table}}”, row {{row}}: “{{field}}” has an invalid value.',
    missingTable: 'Sheet “{{table}}” is missing.',
    noAgency: 'The backup must hold exactly one agency.',
    danglingReference: 'Sheet “{{table}}”, row {{row}}: “{{field}}” points to a record that is not in the backup.',
    duplicateId: 'Sheet “{{table}}”, row {{row}}: the id is used twice.',
  },
} as const;

/** The shape ru and kk give: the same keys, any wording. */
export type DataMessages = Widen<typeof enData>;
