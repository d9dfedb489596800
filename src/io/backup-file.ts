/** Reading a backup file end to end: limits and kind, then the envelope and the tables. */
import { err, type Result } from '../domain/result';
import { readBackup, type BackupProblem, type ReadBackup } from './backup-workbook';
import { readWorkbook, type FileProblem } from './read-workbook';
import { BACKUP_LIMITS } from './limits';

export type BackupFileProblem =
  { readonly kind: 'file'; readonly problem: FileProblem } | { readonly kind: 'backup'; readonly problem: BackupProblem };

/** `schemaVersion`: the newest database schema this app knows (a backup made with a newer one is refused). */
export function readBackupFile(bytes: Uint8Array, schemaVersion?: number): Result<ReadBackup, BackupFileProblem> {
  const wb = readWorkbook(bytes, BACKUP_LIMITS);
  if (!wb.ok) return err({ kind: 'file', problem: wb.error });
  const backup = readBackup(wb.value, schemaVersion);
  return backup.ok ? backup : err({ kind: 'backup', problem: backup.error });
}
