/**
 * The keys of a grid, behind a small disclosure under it (issue 19): the sentence is long, and said
 * in full it pushed the grid half a screen down. Open, it floats above the grid; Escape closes it.
 */
import { useApp } from '../app/app-state';

export function KeysHelp(props: { text: string }) {
  const { t } = useApp().i18n;
  let details!: HTMLDetailsElement;
  return (
    <details
      ref={details}
      class="keys-help"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && details.open) {
          details.open = false;
          details.querySelector('summary')?.focus();
        }
      }}
    >
      <summary>{t('evaluate.keysTitle')}</summary>
      <p>{props.text}</p>
    </details>
  );
}
