/** The backup reminder: a backup older than 7 days (or none at all) deserves a nudge. */
export const BACKUP_REMINDER_DAYS = 7;

export function backupIsOld(lastBackupAt: string | null, now: Date): boolean {
  if (lastBackupAt === null) return true;
  const age = now.getTime() - new Date(lastBackupAt).getTime();
  return !(age <= BACKUP_REMINDER_DAYS * 86_400_000);
}
