/**
 * Who is working on this computer (issue 19): one name per browser — not per agency — kept in
 * localStorage and followed across tabs (the `storage` event), so every audit entry names its
 * author wherever the agency is opened in this browser.
 */
import { createSignal, onCleanup, type Accessor } from 'solid-js';

const KEY = 'bagalau.operatorName';

const read = (): string => {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
};

export interface OperatorName {
  readonly name: Accessor<string>;
  /** Keeps the name for this browser ('' forgets it). */
  set(name: string): void;
}

/** The browser's operator name as a signal. */
export function createOperatorName(): OperatorName {
  const [name, setName] = createSignal(read());
  const onStorage = (e: StorageEvent) => {
    if (e.key === KEY || e.key === null) setName(read());
  };
  window.addEventListener('storage', onStorage);
  onCleanup(() => window.removeEventListener('storage', onStorage));
  return {
    name,
    set(next) {
      const value = next.trim();
      try {
        if (value === '') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, value);
      } catch {
        // Storage blocked: the name holds for this page only.
      }
      setName(value);
    },
  };
}
