import { describe, expect, it } from 'vitest';
import { flatten, makeLookup } from './flatten';
import { en } from './en';

describe('dotted keys over a nested dictionary', () => {
  const dict = { app: { name: 'Bagalau', menu: { open: 'Open' } }, title: 'Title' };

  it('a message is found by its dotted key; a namespace, an unknown key or one under a message is no message', () => {
    const lookup = makeLookup(dict);
    expect(lookup('app.name')).toBe('Bagalau');
    expect(lookup('app.menu.open')).toBe('Open');
    expect(lookup('title')).toBe('Title');
    expect(lookup('app')).toBeUndefined();
    expect(lookup('app.menu')).toBeUndefined();
    expect(lookup('app.unknown')).toBeUndefined();
    expect(lookup('nothing.here')).toBeUndefined();
    expect(lookup('title.more')).toBeUndefined();
  });

  it('finds every message of the source dictionary as flattening it whole does (issue 21: flattened a namespace at a time)', () => {
    const all = flatten(en as never);
    const lookup = makeLookup(en as never);
    expect(all.size).toBeGreaterThan(1000);
    for (const [key, text] of all) expect(lookup(key)).toBe(text);
  });
});
