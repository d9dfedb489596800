/** Reading a backup file end to end: limits and kind, then the envelope and the tables. */
import { err, type Result } from '../domain/result';
import { readBackup, type BackupProblem, type ReadBackup } from './backup-workbook';
import { readWorkbook, type FileProblem, type Limits } from './read-workbook';

export const BACKUP_LIMITS: Limits = {
  maxBytes: 200 * 1024 * 1024,
  maxUncompressedBytes: 2 * 1024 * 1024 * 1024,
  maxRows: 1_000_000,
  maxSheets: 50,
};

export type BackupFileProblem =
  { readonly kind: 'file'; readonly problem: FileProblem } | { readonly kind: 'backup'; readonly problem: BackupProblem };

export function readBackupFile(bytes: Uint8Array): Result<ReadBackup, BackupFileProblem> {
  const wb = readWorkbook(bytes, BACKUP_LIMITS);
  if (!wb.ok) return err({ kind: 'file', problem: wb.error });
  const backup = readBackup(wb.value);
  return backup.ok ? backup : err({ kind: 'backup', problem: backup.error });
}
