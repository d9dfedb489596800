/** A nested dictionary's messages under dotted keys (`nav.deadlines`), the leaves only. */
export type Nested = { readonly [key: string]: string | Nested };

export function flatten(dict: Nested, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(dict)) {
    if (typeof v === 'string') out.set(`${prefix}${k}`, v);
    else flatten(v, `${prefix}${k}.`, out);
  }
  return out;
}

/**
 * The message of a dotted key, its namespace flattened when first asked for: the first screen asks
 * for a few of the dictionary's namespaces, and flattening all ~3,000 messages of the language at
 * start was work (and garbage) the page's thread paid before it showed anything (issue 21).
 */
export function makeLookup(dict: Nested): (key: string) => string | undefined {
  const namespaces = new Map<string, Map<string, string>>();
  return (key) => {
    const dot = key.indexOf('.');
    if (dot < 0) {
      const value = dict[key];
      return typeof value === 'string' ? value : undefined;
    }
    const name = key.slice(0, dot);
    let flat = namespaces.get(name);
    if (!flat) {
      const node = dict[name];
      flat = typeof node === 'object' ? flatten(node, `${name}.`) : new Map<string, string>();
      namespaces.set(name, flat);
    }
    return flat.get(key);
  };
}
