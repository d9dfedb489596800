/**
 * The one date field of the app (issue 19 §4): typed as dd.mm.yyyy — the way the forms write dates,
 * in every UI language — with a button that opens a calendar popup (DateCalendar.tsx). The text is
 * read by the domain's one rule (`readDateEntry`); a text that is not a date, or lies outside
 * min/max, is marked invalid with the reason in the user's language and never given to the page —
 * the browser's own validity is set too, so a form holding it does not submit. The page gets and
 * gives ISO `yyyy-mm-dd` (or `null` for an emptied optional field), so stores stay as they are.
 */
import { createEffect, createMemo, createSignal, createUniqueId, on, onCleanup, Show, untrack } from 'solid-js';
import { clampDate, formatDate, readDateEntry, type DateBounds, type DateEntryProblem } from '../../domain';
import { todayIso } from '../../platform/clock';
import { useApp } from '../app/app-state';
import { DateCalendar } from './DateCalendar';
import './date-input.css';

export interface DateInputProps {
  /** The stored day (ISO), or none. */
  value: string | null | undefined;
  /** Called with a valid day, or `null` when an optional field is emptied; a refused text never comes here. */
  onChange: (iso: string | null) => void;
  /** The field's visible label (a `<label>` is drawn); omit it where `ariaLabel` names the field. */
  label?: string;
  /** Draw the label for assistive technology only. */
  hiddenLabel?: boolean;
  ariaLabel?: string;
  id?: string;
  min?: string | undefined;
  max?: string | undefined;
  /** An empty field is refused (the page has a default it would otherwise fall back to). */
  required?: boolean;
  disabled?: boolean;
  /** The page's own problem with the day (a rule beyond the bounds) and the element saying it. */
  invalid?: boolean;
  describedBy?: string | undefined;
  /** Told whether the typed text is a date the page may use (for buttons outside a form). */
  onValidity?: (valid: boolean) => void;
}

const POPUP_GAP = 4;

export function DateInput(props: DateInputProps) {
  const app = useApp();
  const { t } = app.i18n;
  const uid = createUniqueId();
  const id = () => props.id ?? `date-${uid}`;
  const labelId = `date-label-${uid}`;
  const messageId = `date-problem-${uid}`;
  // A memo: the text is replaced only when the stored day itself changes, not when another field of the form does.
  const stored = createMemo(() => (props.value ? props.value : null));
  const bounds = (): DateBounds => ({ min: props.min, max: props.max, required: props.required });

  const [text, setText] = createSignal(formatDate(untrack(stored)));
  const [touched, setTouched] = createSignal(false);
  const [open, setOpen] = createSignal(false);
  const entry = createMemo(() => readDateEntry(text(), bounds()));
  const problem = (): DateEntryProblem | undefined => {
    const e = entry();
    return e.ok ? undefined : e.problem;
  };
  const message = () => {
    const p = problem();
    if (p === undefined) return '';
    if (p === 'invalid') return t('dateInput.problems.invalid', { value: text().trim() });
    if (p === 'required') return t('dateInput.problems.required');
    return t(`dateInput.problems.${p}`, { date: formatDate(p === 'beforeMin' ? props.min : props.max) });
  };
  const shown = () => touched() && problem() !== undefined;

  let input!: HTMLInputElement;
  let opener!: HTMLButtonElement;
  let root!: HTMLDivElement;

  // A value arriving from the store (a save, another tab) replaces the text unless the text already says it.
  createEffect(
    on(
      stored,
      (v) => {
        const e = untrack(entry);
        if (!(e.ok && e.iso === v)) setText(formatDate(v));
      },
      { defer: true },
    ),
  );
  createEffect(() => input.setCustomValidity(message()));
  createEffect(() => props.onValidity?.(problem() === undefined));

  const give = () => {
    const e = entry();
    if (e.ok && e.iso !== stored()) props.onChange(e.iso);
  };
  const pick = (iso: string) => {
    setText(formatDate(iso));
    setTouched(false);
    give();
    close();
  };
  const close = () => {
    setOpen(false);
    opener.focus();
  };

  const place = () => {
    const popup = root.querySelector<HTMLElement>('.date-calendar');
    if (!popup) return;
    const box = input.parentElement?.getBoundingClientRect() ?? input.getBoundingClientRect();
    const below = box.bottom + POPUP_GAP;
    const top =
      below + popup.offsetHeight > window.innerHeight ? Math.max(POPUP_GAP, box.top - POPUP_GAP - popup.offsetHeight) : below;
    const left = Math.max(POPUP_GAP, Math.min(box.left, window.innerWidth - popup.offsetWidth - POPUP_GAP));
    popup.style.setProperty('top', `${top}px`);
    popup.style.setProperty('left', `${left}px`);
  };
  const outside = (e: PointerEvent) => {
    if (!root.contains(e.target as Node)) setOpen(false);
  };
  createEffect(() => {
    if (!open()) return;
    queueMicrotask(place);
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    onCleanup(() => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    });
  });

  const start = () => {
    const e = entry();
    return clampDate((e.ok ? e.iso : null) ?? stored() ?? todayIso(), bounds());
  };

  return (
    <div ref={root} class="date-field">
      <Show when={props.label}>
        <label for={id()} id={labelId} classList={{ 'sr-only': props.hiddenLabel === true }}>
          <span>{props.label}</span>
        </label>
      </Show>
      <span class="date-box">
        <input
          ref={input}
          id={id()}
          type="text"
          inputMode="numeric"
          autocomplete="off"
          spellcheck={false}
          placeholder={t('app.dateHint')}
          value={text()}
          aria-label={props.ariaLabel}
          aria-invalid={shown() || props.invalid === true ? 'true' : undefined}
          aria-describedby={[shown() ? messageId : '', props.describedBy ?? ''].filter((x) => x !== '').join(' ') || undefined}
          disabled={props.disabled}
          onInput={(e) => {
            setText(e.currentTarget.value);
            give();
          }}
          onChange={() => {
            setTouched(true);
            const e = entry();
            if (e.ok) setText(formatDate(e.iso));
          }}
          onInvalid={() => setTouched(true)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && e.altKey) {
              e.preventDefault();
              setOpen(true);
            }
          }}
        />
        <button
          ref={opener}
          type="button"
          class="date-open"
          aria-label={t('dateInput.open')}
          aria-describedby={props.label ? labelId : undefined}
          aria-haspopup="dialog"
          aria-expanded={open()}
          disabled={props.disabled}
          onClick={() => (open() ? close() : setOpen(true))}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" fill="none" />
          </svg>
        </button>
      </span>
      <Show when={shown()}>
        <span id={messageId} class="field-error date-problem" role="alert">
          {message()}
        </span>
      </Show>
      <Show when={open()}>
        <DateCalendar
          start={start()}
          selected={stored()}
          bounds={bounds()}
          label={props.label ?? props.ariaLabel ?? ''}
          onPick={pick}
          onClose={close}
        />
      </Show>
    </div>
  );
}
