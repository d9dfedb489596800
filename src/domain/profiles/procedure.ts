/**
 * What follows the Commission in each act the built-in profiles rest on: when the person is
 * acquainted, who approves the protocol, by what means a person may be acquainted, the appeal and
 * the procedural deadlines — each value with the paragraph that says it.
 */
import type { Procedure } from './types';

const s = <T>(value: T, source: string) => ({ value, source }) as const;

/** Seed 004 (Aksu, 2023): acquaintance two working days after completion, through the information system or portal. */
export const PROCEDURE_004: Procedure = {
  familiariseAfter: s('completion', '004 §12'),
  approval: s(true, '004 Appendix 5'),
  calibrationAppeal: s(true, '004 §14'),
  approverTitle: s({ kk: 'Уәкілетті тұлға', ru: 'Уполномоченное лицо' }, '004 Appendix 5'),
  familiarisationMeans: s(['electronic', 'signature', 'refusal'], '004 §12'),
  refusalWitnesses: s(0, '004 §12'),
  appealWorkingDays: s(10, '001 §64'),
  appealInformDays: s(0, '001 §64'),
  kciActualsWorkingDays: s(5, '004 §23'),
  sheetToCommissionWorkingDays: s(2, '001 §50'),
  yearBeforeSittingWorkingDays: s(0, '004 §5'),
  evaluationNotice: s({ days: 3, working: true }, '001 §51'),
  annualReview: s(false, '004 §5'),
  trainingMonths: s(0, '004 §10'),
  planByJanuaryDay: s(0, '004 §23'),
  planAfterAppointmentWorkingDays: s(0, '004 §23'),
};

/** Seed 001 (Zhanaozen, 2023): the results approved by the authorised person, then acquainted by any means that records the notice. */
export const PROCEDURE_001: Procedure = {
  familiariseAfter: s('final', '001 §§61–62'),
  approval: s(true, '001 §61'),
  calibrationAppeal: s(true, '001 §13'),
  approverTitle: s({ kk: 'Қалалық мәслихат хатшысы', ru: 'Секретарь городского маслихата' }, '001 Appendix 5'),
  familiarisationMeans: s(
    ['signature', 'registeredLetter', 'telephonogram', 'telegram', 'sms', 'email', 'other', 'refusal'],
    '001 §63',
  ),
  refusalWitnesses: s(0, '001 §63'),
  appealWorkingDays: s(10, '001 §64'),
  appealInformDays: s(0, '001 §64'),
  kciActualsWorkingDays: s(5, '001 §22'),
  sheetToCommissionWorkingDays: s(2, '001 §50'),
  yearBeforeSittingWorkingDays: s(0, '001 §4'),
  evaluationNotice: s({ days: 3, working: true }, '001 §51'),
  annualReview: s(false, '001 §4'),
  trainingMonths: s(0, '001 §9'),
  planByJanuaryDay: s(0, '001 §22'),
  planAfterAppointmentWorkingDays: s(0, '001 §22'),
};

/** Seed 002 (Ministry of Justice, 2017): the Commission reviews quarterly and annual results; acquaintance in writing or electronically. */
export const PROCEDURE_002: Procedure = {
  familiariseAfter: s('final', '002 §§35–36'),
  approval: s(false, '002 §35'),
  calibrationAppeal: s(false, '002 §§38–40'),
  approverTitle: s({ kk: 'Уәкілетті тұлға', ru: 'Уполномоченное лицо' }, '002 Appendix 5'),
  familiarisationMeans: s(['signature', 'electronic', 'refusal'], '002 §36'),
  refusalWitnesses: s(0, '002 §36'),
  appealWorkingDays: s(10, '002 §38'),
  appealInformDays: s(14, '002 §39'),
  kciActualsWorkingDays: s(0, '002 §23'),
  sheetToCommissionWorkingDays: s(0, '002 §34'),
  // 002 §32: «Бағалау жөніндегі комиссия отырысына дейін бес жұмыс күнінен кешіктірмей есептейді».
  yearBeforeSittingWorkingDays: s(5, '002 §32'),
  evaluationNotice: s({ days: 10, working: false }, '002 §14'),
  annualReview: s(true, '002 §35'),
  trainingMonths: s(3, '002 §43'),
  planByJanuaryDay: s(10, '002 §10'),
  // 002 §11: «лауазымға тағайындалған күннен бастап он жұмыс күні ішінде жасалады».
  planAfterAppointmentWorkingDays: s(10, '002 §11'),
};
