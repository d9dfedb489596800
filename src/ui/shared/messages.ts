/** Problems and locations in the user's words (the shared phrases) and the store's and workbooks' refusals. */
import type { StoreError } from '../../store/errors';
import type { UnitReadProblem } from '../../io/unit-workbook';
import type { Words } from '../../i18n/words';

export {
  eligibilityText,
  exclusionText,
  fieldLabel,
  locatedProblemText,
  locationText,
  problemText,
  consequencesText,
} from '../../documents/phrases';

export function storeErrorText(words: Words, error: StoreError): string {
  if (error.code === 'changedElsewhere') {
    const now = error.detail === undefined || error.detail === '' ? undefined : Number(error.detail);
    return words.t('storeErrors.changedElsewhere', {
      detail: now === undefined ? words.t('app.none') : words.formatNumber(now / 100),
    });
  }
  return words.t(`storeErrors.${error.code}`, { detail: error.detail ?? '' });
}

/** Why a unit workbook cannot be read, in the user's words (issue 5). */
export function unitReadProblemText(words: Words, p: UnitReadProblem): string {
  const code = p.code;
  return code === 'notOurs' || code === 'otherType' || code === 'newerFormat' || code === 'layoutChanged'
    ? words.t(`exchange.refusals.${code}`)
    : words.tData(`fileProblems.${code}`, 'params' in p ? p.params : undefined);
}
