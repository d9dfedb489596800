/**
 * Shows or edits one profile value of any shape: numbers (scores as 0–5, percentages as %),
 * switches, choices, grade lists, objects of fields and tables of rows (names in kk and ru). Every
 * control has an accessible name built from the parameter and the field.
 */
import { For, Match, Show, Switch } from 'solid-js';
import { ABSENCE_KINDS, CATEGORIES, FAMILIARISATION_MEANS, GRADES, parseDecimal, type Profile } from '../../domain';
import { useApp } from '../app/app-state';
import { inputNumberIn } from '../../i18n';

export type Path = readonly (string | number)[];

interface Props {
  readonly value: unknown;
  readonly path: Path;
  readonly root: Profile;
  readonly readonly: boolean;
  /** The accessible name of this value. */
  readonly label: string;
  readonly onChange: (path: Path, value: unknown) => void;
}

const CHOICES: Readonly<Record<string, readonly string[]>> = {
  leaveHandling: ['shiftKci', 'withoutParticipation'],
  rounding: ['halfUp', 'halfEven', 'down'],
  combine: ['mean', 'weightedMean'],
  grade: GRADES,
  familiariseAfter: ['completion', 'final'],
};

/** How many units make one shown unit: scores and percents are kept in hundredths. */
function scaleOf(path: Path, root: Profile): number {
  if (path.includes('permissible') || path.includes('leastExpressedBelow')) return 100;
  const bandsAt = path.indexOf('bands');
  if (bandsAt > 0) {
    let node: unknown = root;
    for (const key of path.slice(0, bandsAt)) node = (node as Record<string | number, unknown>)[key];
    return 10 ** ((node as { decimals?: number }).decimals ?? 0);
  }
  return 1;
}

const isLong = (v: { kk: string; ru: string }) => v.kk.length > 50 || v.ru.length > 50;

const isNames = (v: unknown): v is { kk: string; ru: string } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).sort().join() === 'kk,ru';

export function ValueEditor(props: Props) {
  const app = useApp();
  const { t } = app.i18n;
  const word = (key: string) => app.i18n.tIn('values', key) ?? app.i18n.tIn('grades', key) ?? key;
  const choiceKey = () =>
    [...props.path].reverse().find((k) => typeof k === 'string' && k !== 'value' && k in CHOICES) as string | undefined;

  // A list of choices: the means of acquaintance (001 §63), the absences of the evaluation (002 §3), else grades.
  const means = () => props.path.includes('familiarisationMeans');
  const absences = () => props.path.includes('absences');
  const categories = () => props.path.includes('unitHeadCategories');
  const options = (): readonly string[] =>
    means() ? FAMILIARISATION_MEANS : absences() ? ABSENCE_KINDS : categories() ? CATEGORIES : GRADES;
  const optionWord = (g: string) =>
    categories()
      ? g
      : means()
        ? t(`familiarisation.hows.${g as (typeof FAMILIARISATION_MEANS)[number]}`)
        : absences()
          ? t(`statusKinds.${g as (typeof ABSENCE_KINDS)[number]}`)
          : t(`grades.${g as (typeof GRADES)[number]}`);

  const NumberField = () => {
    const scale = () => scaleOf(props.path, props.root);
    const digits = () => Math.round(Math.log10(scale()));
    return (
      <input
        class="num"
        inputMode="decimal"
        aria-label={props.label}
        disabled={props.readonly}
        value={inputNumberIn(app.i18n.lang(), Number(props.value) / scale(), digits())}
        onChange={(e) => {
          const parsed = parseDecimal(e.currentTarget.value);
          if (parsed !== undefined) props.onChange(props.path, Math.round(parsed * scale()));
          else e.currentTarget.value = inputNumberIn(app.i18n.lang(), Number(props.value) / scale(), digits());
        }}
      />
    );
  };

  return (
    <Switch fallback={<span>{String(props.value)}</span>}>
      <Match when={props.value === null}>
        <span class="muted">—</span>
      </Match>
      <Match when={typeof props.value === 'number'}>
        <NumberField />
      </Match>
      <Match when={typeof props.value === 'boolean'}>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={props.value as boolean}
            disabled={props.readonly}
            onChange={(e) => props.onChange(props.path, e.currentTarget.checked)}
          />
          <span>{props.value ? t('app.yes') : t('app.no')}</span>
          <span class="sr-only">{props.label}</span>
        </label>
      </Match>
      <Match when={typeof props.value === 'string' && choiceKey()}>
        {(key) => (
          <select
            aria-label={props.label}
            disabled={props.readonly}
            value={props.value as string}
            onChange={(e) => props.onChange(props.path, e.currentTarget.value)}
          >
            <For each={CHOICES[key()]}>{(c) => <option value={c}>{word(c)}</option>}</For>
          </select>
        )}
      </Match>
      <Match when={typeof props.value === 'string'}>
        <input
          aria-label={props.label}
          disabled={props.readonly}
          value={props.value as string}
          onChange={(e) => props.onChange(props.path, e.currentTarget.value)}
        />
      </Match>
      <Match when={Array.isArray(props.value) && (props.value as unknown[]).every((x) => typeof x === 'string')}>
        <div class="checks" role="group" aria-label={props.label}>
          <For each={options()}>
            {(g) => (
              <label class="checkbox">
                <input
                  type="checkbox"
                  disabled={props.readonly}
                  checked={(props.value as string[]).includes(g)}
                  onChange={(e) => {
                    const list = props.value as string[];
                    props.onChange(
                      props.path,
                      e.currentTarget.checked
                        ? options().filter((x) => x === g || list.includes(x))
                        : list.filter((x) => x !== g),
                    );
                  }}
                />
                <span>{optionWord(g)}</span>
              </label>
            )}
          </For>
        </div>
      </Match>
      <Match when={Array.isArray(props.value)}>
        <RowsTable {...props} rows={props.value as Record<string, unknown>[]} word={word} />
      </Match>
      <Match when={isNames(props.value)}>
        <Show
          when={isLong(props.value as { kk: string; ru: string })}
          fallback={
            <span class="names">
              <input
                lang="kk"
                aria-label={`${props.label} (kk)`}
                disabled={props.readonly}
                value={(props.value as { kk: string }).kk}
                onChange={(e) => props.onChange([...props.path, 'kk'], e.currentTarget.value)}
              />
              <input
                lang="ru"
                aria-label={`${props.label} (ru)`}
                disabled={props.readonly}
                value={(props.value as { ru: string }).ru}
                onChange={(e) => props.onChange([...props.path, 'ru'], e.currentTarget.value)}
              />
            </span>
          }
        >
          {/* Sentences (behavioural indicators, activities) are read and edited whole. */}
          <span class="names long">
            <textarea
              lang="kk"
              rows={3}
              aria-label={`${props.label} (kk)`}
              disabled={props.readonly}
              value={(props.value as { kk: string }).kk}
              onChange={(e) => props.onChange([...props.path, 'kk'], e.currentTarget.value)}
            />
            <textarea
              lang="ru"
              rows={3}
              aria-label={`${props.label} (ru)`}
              disabled={props.readonly}
              value={(props.value as { ru: string }).ru}
              onChange={(e) => props.onChange([...props.path, 'ru'], e.currentTarget.value)}
            />
          </span>
        </Show>
      </Match>
      <Match when={typeof props.value === 'object'}>
        <div class="fields">
          <For each={Object.entries(props.value as Record<string, unknown>)}>
            {([key, v]) => (
              <div class="subfield">
                <span class="subfield-label" aria-hidden="true">
                  {word(key)}
                </span>
                <ValueEditor {...props} value={v} path={[...props.path, key]} label={`${props.label}: ${word(key)}`} />
              </div>
            )}
          </For>
        </div>
      </Match>
    </Switch>
  );
}

function RowsTable(props: Props & { rows: Record<string, unknown>[]; word: (k: string) => string }) {
  const app = useApp();
  const { t } = app.i18n;
  // A list of texts (kk/ru), e.g. behavioural indicators: one column holding both languages.
  const textList = () => props.rows.length > 0 && props.rows.every(isNames);
  const columns = () => (textList() ? ['text'] : Object.keys(props.rows[0] ?? {}));
  const blank = (): Record<string, unknown> => {
    const template = props.rows[props.rows.length - 1] ?? {};
    return Object.fromEntries(
      Object.entries(template).map(([k, v]) => [
        k,
        k === 'id' ? `new-${props.rows.length + 1}` : isNames(v) ? { kk: '', ru: '' } : v,
      ]),
    );
  };
  return (
    <div class="table-scroll" tabindex="0" role="region" aria-label={props.label}>
      <table class="table compact">
        <thead>
          <tr>
            <th scope="col">№</th>
            <For each={columns()}>{(c) => <th scope="col">{c === 'text' && textList() ? 'kk / ru' : props.word(c)}</th>}</For>
            <Show when={!props.readonly}>
              <th scope="col">{t('app.actions')}</th>
            </Show>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row, i) => (
              <tr>
                <td>{i() + 1}</td>
                <For each={columns()}>
                  {(c) => (
                    <td>
                      <Show
                        when={textList()}
                        fallback={
                          <ValueEditor
                            {...props}
                            value={row[c]}
                            path={[...props.path, i(), c]}
                            label={`${props.label}, ${i() + 1}: ${props.word(c)}`}
                          />
                        }
                      >
                        <ValueEditor {...props} value={row} path={[...props.path, i()]} label={`${props.label}, ${i() + 1}`} />
                      </Show>
                    </td>
                  )}
                </For>
                <Show when={!props.readonly}>
                  <td>
                    <button
                      type="button"
                      class="link danger"
                      onClick={() =>
                        props.onChange(
                          props.path,
                          props.rows.filter((_, k) => k !== i()),
                        )
                      }
                      aria-label={`${t('methodology.remove')}: ${props.label}, ${i() + 1}`}
                    >
                      {t('methodology.remove')}
                    </button>
                  </td>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={!props.readonly}>
        <button
          type="button"
          onClick={() => props.onChange(props.path, [...props.rows, blank()])}
          aria-label={`${t('methodology.add')}: ${props.label}`}
        >
          {t('methodology.add')}
        </button>
      </Show>
    </div>
  );
}
