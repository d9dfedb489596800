/**
 * Sentences every screen and document shares: problems and their locations, whether and how a
 * person is evaluated and why not, results and who set them, consequences — one place that turns
 * codes into the user's words.
 */
import {
  formatDate,
  type Consequences,
  type Eligibility,
  type FinalResult,
  type Problem,
  type Profile,
  type StatusKind,
} from '../domain';
import { resultText } from '../i18n';
import type { Words } from '../i18n/words';

export function fieldLabel(words: Words, field: string | undefined): string {
  if (!field) return '';
  return words.tIn('fields', field) ?? field;
}

export function problemText(words: Words, p: Problem): string {
  return words.tData(`problems.${p.code}`, { ...p.params, field: fieldLabel(words, p.field) });
}

export function locationText(words: Words, p: Pick<Problem, 'sheet' | 'row' | 'column'>): string {
  if (p.sheet === undefined || p.row === undefined) return '';
  // A CSV file has no sheets: its problems are located by row and column alone (sheet '').
  if (p.sheet === '')
    return p.column === undefined
      ? words.t('import.locationFlatRow', { row: p.row })
      : words.t('import.locationFlat', { row: p.row, column: p.column });
  return p.column === undefined
    ? words.t('import.locationRow', { sheet: p.sheet, row: p.row })
    : words.t('import.location', { sheet: p.sheet, row: p.row, column: p.column });
}

/** "Sheet “Roster”, row 5, column C: IIN must be 12 digits…" */
export function locatedProblemText(words: Words, p: Problem): string {
  const where = locationText(words, p);
  return where === '' ? problemText(words, p) : `${where}: ${problemText(words, p)}`;
}

/** Why a person is not evaluated in a period (004 §§6–7, 001 §5, 002 §3), in the user's words. */
export function exclusionText(words: Words, e: Extract<Eligibility, { kind: 'notEvaluated' }>, profile: Profile): string {
  return e.reason === 'tenure'
    ? words.t('eligibility.tenure', { months: e.months ?? 0, min: profile.minTenureMonths.value })
    : words.t(`eligibility.${e.reason}`);
}

/** Whether and how a person is evaluated in a period, with the dates that apply (004 §§5–7, 001 §5, 002 §3). */
export function eligibilityText(words: Words, e: Eligibility, profile: Profile): string {
  const t = words.t;
  const reason = (k: StatusKind) => t(`statusKinds.${k}`);
  switch (e.kind) {
    case 'evaluated':
      return t('eligibility.evaluated', { date: formatDate(e.deadline) });
    case 'notEvaluated':
      return exclusionText(words, e, profile);
    case 'withoutParticipation':
      return t('eligibility.withoutParticipation', { reason: reason(e.reason), date: formatDate(e.deadline) });
    case 'shifted':
      return e.deadline === null
        ? t('eligibility.shiftedOpen', { reason: reason(e.reason), days: profile.deadlines.shiftedKciWorkingDays.value })
        : t('eligibility.shifted', {
            reason: reason(e.reason),
            days: profile.deadlines.shiftedKciWorkingDays.value,
            returns: formatDate(e.returnsOn),
            date: formatDate(e.deadline),
          });
  }
}

/** "adopted by the calibration session; approved by the Commission (final)". */
export function finalStageText(f: FinalResult, words: Words): string {
  const stage = f.stage === 'evaluator' ? '' : words.t(`final.stages.${f.stage}`);
  return [stage, f.final ? words.t('final.approved') : words.t('final.notYetFinal')].filter((x) => x !== '').join('; ');
}

/** "4,00 — adopted by the calibration session; …" — or '' while the evaluator's score stands unapproved. */
export function finalText(f: FinalResult | undefined, words: Words): string {
  return f && (f.stage !== 'evaluator' || f.final)
    ? `${resultText(words.lang(), f.value, f.decimals)} — ${finalStageText(f, words)}`
    : '';
}

/** The year's consequence flags (004 §§9–10, 002 §§41–45), joined. */
export function consequencesText(words: Words, c: Consequences | undefined): string {
  const { t } = words;
  return c
    ? [
        c.bonusEligible && t('annual.bonus'),
        c.trainingNeeded && t('annual.training'),
        c.notMentor && t('annual.notMentor'),
        c.demotion && t('annual.demotion'),
      ]
        .filter(Boolean)
        .join('; ')
    : '';
}
