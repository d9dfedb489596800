/** Problems and locations in the user's words: one place that turns problem codes into sentences. */
import { formatDate, type Eligibility, type Problem, type Profile, type StatusKind } from '../../domain';
import type { I18n } from '../../i18n/translator';
import type { StoreError } from '../../store/errors';
import type { UnitReadProblem } from '../../io/unit-workbook';

export function fieldLabel(i18n: I18n, field: string | undefined): string {
  if (!field) return '';
  return i18n.tIn('fields', field) ?? field;
}

export function problemText(i18n: I18n, p: Problem): string {
  return i18n.tData(`problems.${p.code}`, { ...p.params, field: fieldLabel(i18n, p.field) });
}

export function locationText(i18n: I18n, p: Pick<Problem, 'sheet' | 'row' | 'column'>): string {
  if (p.sheet === undefined || p.row === undefined) return '';
  return p.column === undefined
    ? i18n.t('import.locationRow', { sheet: p.sheet, row: p.row })
    : i18n.t('import.location', { sheet: p.sheet, row: p.row, column: p.column });
}

/** "Sheet “Roster”, row 5, column C: IIN must be 12 digits…" */
export function locatedProblemText(i18n: I18n, p: Problem): string {
  const where = locationText(i18n, p);
  return where === '' ? problemText(i18n, p) : `${where}: ${problemText(i18n, p)}`;
}

export function storeErrorText(i18n: I18n, error: StoreError): string {
  return i18n.t(`storeErrors.${error.code}`, { detail: error.detail ?? '' });
}

/** Why a person is not evaluated in a period (004 §§6–7, 001 §5, 002 §3), in the user's words. */
export function exclusionText(i18n: I18n, e: Extract<Eligibility, { kind: 'notEvaluated' }>, profile: Profile): string {
  return e.reason === 'tenure'
    ? i18n.t('eligibility.tenure', { months: e.months ?? 0, min: profile.minTenureMonths.value })
    : i18n.t(`eligibility.${e.reason}`);
}

/** Whether and how a person is evaluated in a period, with the dates that apply (004 §§5–7, 001 §5, 002 §3). */
export function eligibilityText(i18n: I18n, e: Eligibility, profile: Profile): string {
  const t = i18n.t;
  const reason = (k: StatusKind) => t(`statusKinds.${k}`);
  switch (e.kind) {
    case 'evaluated':
      return t('eligibility.evaluated', { date: formatDate(e.deadline) });
    case 'notEvaluated':
      return exclusionText(i18n, e, profile);
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

/** Why a unit workbook cannot be read, in the user's words (issue 5). */
export function unitReadProblemText(i18n: I18n, p: UnitReadProblem): string {
  const code = p.code;
  return code === 'notOurs' || code === 'otherType' || code === 'newerFormat' || code === 'layoutChanged'
    ? i18n.t(`exchange.refusals.${code}`)
    : i18n.tData(`fileProblems.${code}`, 'params' in p ? p.params : undefined);
}
