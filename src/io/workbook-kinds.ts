/** The `type` each workbook we write names in its `_meta` envelope (no parser here: pages import these). */
export const BACKUP_TYPE = 'bagalau-backup';
/** An archive of purged periods (004 §15): the backup's layout under its own type, so it is never restored as a backup. */
export const ARCHIVE_TYPE = 'bagalau-archive';
export const DOSSIER_TYPE = 'bagalau-dossier';
export const CALIBRATION_PROTOCOL_TYPE = 'bagalau-calibration-protocol';
export const COMMISSION_PROTOCOL_TYPE = 'bagalau-commission-protocol';
export const CONSOLIDATED_TYPE = 'bagalau-consolidated';
export const OFFICIAL_FORM_TYPE = 'bagalau-official-form';
export const REPORT_360_TYPE = 'bagalau-360-report';
export const ROSTER_TEMPLATE_TYPE = 'bagalau-roster-template';
export type DocumentType =
  | typeof DOSSIER_TYPE
  | typeof CALIBRATION_PROTOCOL_TYPE
  | typeof COMMISSION_PROTOCOL_TYPE
  | typeof CONSOLIDATED_TYPE
  | typeof OFFICIAL_FORM_TYPE
  | typeof REPORT_360_TYPE
  | typeof ROSTER_TEMPLATE_TYPE;
