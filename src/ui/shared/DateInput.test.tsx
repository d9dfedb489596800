// @vitest-environment happy-dom
/**
 * Issue 19 §4: the one date field. What the page receives is an ISO day or nothing: a typed text
 * that is not a real day, or lies outside min/max, is marked (aria-invalid, the reason in words,
 * the browser's validity so a form holding it does not submit) and never given to the page.
 */
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../app/app-state';
import { DateInput } from './DateInput';

let dispose = () => {};
beforeEach(() => localStorage.setItem('bagalau.lang', 'en'));
afterEach(() => {
  dispose();
  document.body.replaceChildren();
});

function setUp(initial: string | null, bounds: { min?: string; max?: string; required?: boolean } = {}) {
  const [value, setValue] = createSignal<string | null>(initial);
  const given: (string | null)[] = [];
  const el = document.createElement('div');
  document.body.append(el);
  dispose = render(
    () => (
      <AppProvider>
        <DateInput
          label="Held on"
          value={value()}
          {...bounds}
          onChange={(v) => {
            given.push(v);
            setValue(v);
          }}
        />
      </AppProvider>
    ),
    el,
  );
  const input = el.querySelector('input') as HTMLInputElement;
  const type = (text: string) => {
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const leave = () => input.dispatchEvent(new Event('change', { bubbles: true }));
  return { el, input, given, type, leave, setValue };
}

describe('the date field', () => {
  it('Given a stored ISO day, then it shows dd.mm.yyyy; typed d.m.yyyy is given as ISO and shown in full once left', () => {
    const f = setUp('2026-10-07');
    expect(f.input.value).toBe('07.10.2026');
    f.type('5.1.2026');
    expect(f.given).toEqual(['2026-01-05']);
    f.leave();
    expect(f.input.value).toBe('05.01.2026');
  });

  it('Given an impossible day, then it is never given, and is marked with the reason once left', () => {
    const f = setUp('2026-10-07');
    f.type('31.02.2026');
    expect(f.given).toEqual([]);
    expect(f.input.validationMessage).toMatch(/is not a date/);
    f.leave();
    expect(f.input.getAttribute('aria-invalid')).toBe('true');
    const message = f.el.querySelector(`#${f.input.getAttribute('aria-describedby') ?? ''}`);
    expect(message?.textContent).toBe('“31.02.2026” is not a date. Type it as dd.mm.yyyy, e.g. 12.01.2026.');
  });

  it('Given a day after max (today), then it is refused with the latest day allowed', () => {
    const f = setUp(null, { max: '2026-12-02' });
    f.type('03.12.2026');
    f.leave();
    expect(f.given).toEqual([]);
    expect(f.el.querySelector('[role="alert"]')?.textContent).toBe('The date cannot be after 02.12.2026.');
    f.type('02.12.2026');
    expect(f.given).toEqual(['2026-12-02']);
    expect(f.input.getAttribute('aria-invalid')).toBeNull();
  });

  it('Given an optional field emptied, then the page is given no date; a required one refuses the empty text', () => {
    const optional = setUp('2026-10-07');
    optional.type('');
    expect(optional.given).toEqual([null]);
    dispose();
    document.body.replaceChildren();
    const required = setUp('2026-10-07', { required: true });
    required.type('');
    expect(required.given).toEqual([]);
    expect(required.input.validationMessage).toBe('Give a date (dd.mm.yyyy).');
  });

  it('Given a stored day arriving from elsewhere, then the field shows it', () => {
    const f = setUp('2026-10-07');
    f.setValue('2026-11-01');
    expect(f.input.value).toBe('01.11.2026');
  });
});
