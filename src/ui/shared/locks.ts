/** The days units' periods were submitted, from the lock settings (`lock:<period>:<unit>:<component>`). */
import type { IsoDate } from '../../domain';

export function submittedDays(settings: ReadonlyMap<string, unknown>): Map<string, IsoDate> {
  const out = new Map<string, IsoDate>();
  for (const [key, value] of settings) {
    const at = (value as { at?: unknown } | null)?.at;
    if (key.startsWith('lock:') && typeof at === 'string') out.set(key.slice(5), at.slice(0, 10));
  }
  return out;
}
