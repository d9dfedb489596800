/**
 * The words of a violation's kind a returned unit workbook may hold (issue 5): the workbooks' own,
 * Kazakh and Russian, and English — read alike by the agency's import and by evaluator mode.
 */
import { kindWordsOf } from '../../domain';
import { UNIT_WORKBOOK } from '../../i18n/documents';

export const KIND_WORDS = kindWordsOf([
  UNIT_WORKBOOK.kk.kinds,
  UNIT_WORKBOOK.ru.kinds,
  { executive: 'executive', labour: 'labour' },
  { executive: 'executive', labour: 'labor' },
]);
