/**
 * The words of official documents, which are printed in Kazakh or Russian whatever the screen's
 * language: one file per document, the Kazakh words the typed source and the Russian typed against
 * them (a missing or extra word fails the typecheck), both kept as literal types so that `fillDoc`
 * checks its values against the placeholders of the word it fills.
 */
export { agencyNameIn, fillDoc, type DocLang } from './common';
export { CALIBRATION_PROTOCOL } from './calibration-protocol';
export { COMMISSION_PROTOCOL } from './commission-protocol';
export { UNIT_WORKBOOK } from './unit-workbook';
export { OFFICIAL_FORMS, quarterIn, type FormWords } from './official-forms';
export { QUESTIONNAIRE_360 } from './questionnaire-360';
export { REPORT_360 } from './report-360';
export { ROSTER_TEMPLATE } from './roster-template';
