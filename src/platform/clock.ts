/** The one place that reads the clock; everything else receives `now`/`today` (STYLE habit 1). */
export const nowIso = (): string => new Date().toISOString();

/** Today's local calendar date as ISO `yyyy-MM-dd`. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The moment a local calendar day (`yyyy-MM-dd`) begins, as an ISO timestamp: a day picked in a filter, against stored moments. */
export function localDayStartIso(day: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d).toISOString();
}
