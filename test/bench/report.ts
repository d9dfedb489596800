/** Prints a benchmark table: measured figure, its raw floor, the ratio and whether the goal holds. */
export interface Row {
  readonly what: string;
  readonly ours: number;
  readonly floor?: number;
  readonly floorWhat?: string;
  /** Goal for the ratio (ours / floor), or for the time when `goalMs` is set. */
  readonly goal?: number;
  readonly goalMs?: number;
  /** The unit of `ours`, `floor` and `goalMs` when it is not milliseconds (a size in KB). */
  readonly unit?: 'ms' | 'KB' | 'MB';
}

const ms = (v: number | undefined, unit = 'ms') => (v === undefined || Number.isNaN(v) ? '—' : `${v.toFixed(1)} ${unit}`);

/** Prints the table; returns whether every goal holds (the bench fails otherwise). */
export function report(title: string, rows: readonly Row[]): boolean {
  const lines = rows.map((r) => {
    const ratio = r.floor ? r.ours / r.floor : undefined;
    const ok = r.goalMs !== undefined ? r.ours <= r.goalMs : r.goal !== undefined && ratio !== undefined ? ratio <= r.goal : true;
    const goal = r.goalMs !== undefined ? `≤ ${r.goalMs} ${r.unit ?? 'ms'}` : r.goal !== undefined ? `≤ ${r.goal}×` : '';
    return [
      r.what,
      ms(r.ours, r.unit),
      r.floorWhat ? `${ms(r.floor, r.unit)} (${r.floorWhat})` : '—',
      ratio === undefined ? '—' : `${ratio.toFixed(2)}×`,
      goal,
      ok ? 'ok' : 'OVER',
    ];
  });
  const header = ['measure', 'ours', 'floor', 'ratio', 'goal', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\n${title}\n${fmt(header)}\n${fmt(widths.map((w) => '-'.repeat(w)))}\n${lines.map(fmt).join('\n')}\n`);
  return lines.every((l) => l[5] === 'ok');
}
