/**
 * "Why is it 3.88?": an engine trace in words — inputs, formula, the exact value before rounding,
 * the rounding, the result and grade, the profile and version, the source paragraphs and every
 * assumption in force (marked). One wording for the screens' explanation panel and every document
 * that carries it.
 */
import { ASSUMPTIONS, type Profile, type Trace } from '../domain';
import { decimalText } from '../i18n';
import type { Words } from '../i18n/words';

export interface ExplanationLine {
  readonly label: string;
  /** One value, or several (the inputs, the assumptions). */
  readonly value: string;
  readonly items?: readonly string[];
  /** The items are assumptions (shown with their ≈ marker). */
  readonly assumptions?: boolean;
}

/** The lines of a trace; `profile` names the profile when the trace was computed with it. */
export function explanationLines(trace: Trace, words: Words, profile: Profile): ExplanationLine[] {
  const { t } = words;
  const lang = words.lang();
  const docLang = lang === 'kk' ? 'kk' : 'ru';
  const quarter = (id: string) => (/-Q(\d)$/.exec(id) ? t('agency.quarter', { q: id.slice(-1) }) : undefined);
  const traceLabel = (id: string) => words.tIn('evaluate.traceLabels', id);
  const paramName = (id: string) =>
    profile.ranking.parameters.value.find((p) => p.id === id)?.names[docLang] ?? quarter(id) ?? traceLabel(id) ?? id;
  // Counts come as whole numbers; scores as decimals with two places.
  const decimal = (text: string | null) =>
    text === null ? '—' : words.formatNumber(Number(text), text.split('.')[1]?.length ?? 0);
  const [n, d] = (trace.exact ?? '').split('/').map(Number);
  const exact =
    n === undefined || d === undefined || !d
      ? ''
      : `${words.formatNumber(n / 100, 2)} / ${d} = ${decimalText(lang, n / 100 / d, 6)}`;
  const inputs = trace.inputs.map((i) => `${paramName(i.label)}: ${decimal(i.value)}`);
  const lines: ExplanationLine[] = [
    { label: t('evaluate.inputs'), value: inputs.join('; '), items: inputs },
    {
      label: t('evaluate.formula'),
      // A formula without words shows its key, as a missing message does.
      value:
        words.tIn('evaluate.formulas', trace.formula, { count: trace.inputs.length }) ?? `evaluate.formulas.${trace.formula}`,
    },
  ];
  if (exact !== '') lines.push({ label: t('evaluate.exact'), value: exact });
  if (trace.rounding)
    lines.push({
      label: t('evaluate.rounding'),
      value:
        words.tIn('evaluate.roundings', trace.rounding.mode, { decimals: trace.rounding.decimals }) ??
        `evaluate.roundings.${trace.rounding.mode}`,
    });
  lines.push({
    label: t('evaluate.result'),
    value: `${decimal(trace.result)}${trace.grade ? ` — ${t(`grades.${trace.grade}`)}` : ''}`,
  });
  lines.push({
    label: t('evaluate.profile'),
    value: `${profile.id === trace.profile.id ? profile.names[lang] : trace.profile.id}, ${t('methodology.version', { version: trace.profile.version })}`,
  });
  lines.push({ label: t('evaluate.sources'), value: words.formatSource(trace.sources.join('; ')) });
  if (trace.assumptions.length > 0) {
    const items = trace.assumptions.map((a) => ASSUMPTIONS[a as keyof typeof ASSUMPTIONS]?.[lang] ?? a);
    lines.push({ label: t('evaluate.assumptions'), value: items.map((x) => `≈ ${x}`).join('; '), items, assumptions: true });
  }
  return lines;
}
