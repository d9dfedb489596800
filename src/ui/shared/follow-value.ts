/**
 * A text field that follows a stored value — except while the user is typing in it: a value that
 * arrives then (a save of another field, a change in another tab) does not overwrite what is being
 * typed; the field's own change handler stores (or refuses) it as usual, and when the field is left
 * without a change it shows the value again.
 *
 * @example <input ref={(el) => followValue(el, () => entry().note)} onChange={…} />
 */
import { createRenderEffect, untrack, type Accessor } from 'solid-js';

export function followValue(el: HTMLInputElement | HTMLTextAreaElement, value: Accessor<string>): void {
  let typing = false;
  const show = (v: string) => {
    if (el.value !== v) el.value = v;
  };
  el.addEventListener('input', () => (typing = true));
  // Captured, so it runs before the page's own handler stores the value.
  el.addEventListener('change', () => (typing = false), true);
  el.addEventListener('blur', () => {
    typing = false;
    show(untrack(value));
  });
  createRenderEffect(() => {
    const v = value();
    if (!typing) show(v);
  });
}
