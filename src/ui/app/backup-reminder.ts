/** The backup reminder: a backup older than 7 days (or none at all) deserves a nudge. */
export const BACKUP_REMINDER_DAYS = 7;

export function backupIsOld(lastBackupAt: string | null, nowIso: string): boolean {
  if (lastBackupAt === null) return true;
  const age = new Date(nowIso).getTime() - new Date(lastBackupAt).getTime();
  return !(age <= BACKUP_REMINDER_DAYS * 86_400_000);
}
