/**
 * A job's result crosses to the page in parts: its long top-level lists come first, a slice a
 * message, and the rest of it last. The page's thread unpacks each message in a task of its own —
 * 10,000 matched roster rows in one message are ~30 ms of it (issue 21). Nothing here loads a parser,
 * so the page's side imports it freely.
 */

/** Items a message carries at most. */
export const ITEMS_PER_MESSAGE = 2000;

/** Items `key` of the result holds, in order. */
export interface ResultPart {
  readonly key: string;
  readonly items: readonly unknown[];
}

/** The parts of a plain-object result and the rest of it (its long lists empty); other results go whole. */
export function splitResult(result: unknown): { readonly parts: ResultPart[]; readonly rest: unknown } {
  if (typeof result !== 'object' || result === null || Object.getPrototypeOf(result) !== Object.prototype)
    return { parts: [], rest: result };
  const rest: Record<string, unknown> = { ...result };
  const parts: ResultPart[] = [];
  for (const [key, value] of Object.entries(rest)) {
    if (!Array.isArray(value) || value.length <= ITEMS_PER_MESSAGE) continue;
    for (let from = 0; from < value.length; from += ITEMS_PER_MESSAGE)
      parts.push({ key, items: value.slice(from, from + ITEMS_PER_MESSAGE) as unknown[] });
    rest[key] = [];
  }
  return { parts, rest };
}

/** Collects parts as they come and gives the whole result back. */
export function resultCollector() {
  const lists = new Map<string, unknown[]>();
  return {
    add(part: ResultPart) {
      const items = lists.get(part.key) ?? [];
      for (const item of part.items) items.push(item);
      lists.set(part.key, items);
    },
    whole: (rest: unknown): unknown => (lists.size === 0 ? rest : { ...(rest as object), ...Object.fromEntries(lists) }),
  };
}
