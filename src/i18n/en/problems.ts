/** The source words of the problems screens (problems, fileProblems, storeErrors, conflict). */
import type { Widen } from '../template';

export const enProblems = {
  problems: {
    required: '{{field}} is required.',
    iinFormat: 'IIN must be 12 digits (got “{{value}}”).',
    iinChecksum: 'IIN “{{value}}” has a wrong check digit — check for a typo.',
    iinDate: 'IIN “{{value}}” does not begin with a valid birth date.',
    iinDuplicate: 'IIN {{value}} is also given to {{other}}.',
    iinDuplicateInFile: 'IIN {{value}} appears again in rows {{rows}}.',
    categoryUnknown: 'Unknown category “{{value}}”. Use one of E-1…E-5, E-R-1…E-R-5, E-G-1…E-G-4, B-, C-, D-…',
    dateInvalid: '“{{value}}” is not a date. Write it as dd.mm.yyyy.',
    dateFuture: 'The date {{value}} is in the future.',
    dateOrder: 'The end date comes before the start date.',
    nameUnitDuplicate: 'Another {{value}} works in the same unit — check it is not the same person.',
    nameUnitDuplicateInFile: '{{value}} appears again in rows {{rows}} with the same unit.',
    unitUnknown: 'Unit “{{value}}” does not exist.',
    unitNew: 'Unit “{{value}}” will be created.',
    managerUnknown: 'Manager “{{value}}” was not found; the manager is left empty.',
    statusUnknown: 'Unknown status “{{value}}”.',
    booleanInvalid: '“{{value}}” is not yes or no.',
    scoreNotNumber: '“{{value}}” is not a number. Enter a score from 0 to 5, e.g. 4,5.',
    scoreTooPrecise: '“{{value}}” has more than two decimals.',
    scoreOutOfRange: '{{value}} is outside {{min}}–{{max}}.',
    excluded: 'This person is not evaluated in this period.',
    valueNotNumber: '“{{value}}” is not a number. Write it like 95,5 or 1 250.',
    valueNegative: 'The value cannot be negative (got {{value}}).',
    kciTooFew: 'The plan has {{count}} KCIs; at least {{min}} are required ({{source}}).',
    kciTooMany: 'The plan has {{count}} KCIs; at most {{max}} are allowed ({{source}}).',
    kciDeadlineOutside: 'The deadline {{value}} lies outside the period {{from}} – {{to}} ({{source}}).',
    activityUnknown: 'The activity “{{value}}” is not in the profile’s scale (002 Appendix 2).',
    dateOutsidePeriod: 'The date {{value}} lies outside the period {{from}} – {{to}}.',
    tooManyTargets: 'The plan has {{count}} targets; at most {{max}} are allowed (002 §12).',
    paramUnknown: 'The column “{{param}}” is not a parameter of the agency’s methodology profile now; its cells are not read.',
    periodLocked: 'The unit’s period is submitted: {{cells}} changed cells are not taken. Reopen the period to import them.',
    rowUnknown: 'A row that was not in the exported workbook (id “{{id}}”); it is not read.',
    rowDuplicate: 'The same person appears twice; only the first row is read.',
    rowTampered: 'The name or category of {{name}} was changed in the file; the row is not read.',
    rowOtherUnit: '{{name}} is no longer in this unit; the row is not read.',
    kciUnknown: 'The KCI “{{param}}” is no longer in the head’s individual work plan; its score is not read.',
    kciLocked:
      'The KCI sheet of {{name}} is with the superior manager or agreed: {{cells}} changed cells are not taken. Have it returned for correction to import them.',
    violationKindUnknown: 'Discipline kind “{{value}}” is not recognised: write “executive” or “labour”.',
    answerNotOnScale: '“{{value}}” is not an answer: write a whole number from {{min}} to {{max}}.',
    answerRowMoved: 'This row no longer holds the competency “{{name}}”: rows were moved or edited; the answer is not read.',
    textTooLong: 'Text is longer than {{max}} characters.',
    pointsNotWhole: 'Points are whole numbers (got {{value}}).',
    oneDecimal: 'The annual result has one decimal (got {{value}}).',
    targetsHalfMeasurable: '{{count}} of {{of}} targets are measurable: half of them must be (002 Appendix 1).',
  },
  fileProblems: {
    tooLarge: 'The file is larger than {{max}} MB. Split it or remove other sheets.',
    tooManyRows:
      'Sheet “{{sheet}}” has more than {{max}} rows. Remove the empty rows at its end, or split it into files of at most {{max}} rows.',
    tooManySheets: 'The workbook has more than {{max}} sheets.',
    notSpreadsheet: 'This file is not a spreadsheet. Choose an .xlsx, .xls, .ods or .csv file.',
    encrypted: 'The workbook is password-protected. Save a copy without a password and choose it.',
    corrupt: 'The file is damaged and cannot be read. Open it in Excel or LibreOffice and save it again.',
    empty: 'The file is empty.',
    expandsTooMuch:
      'The file is {{size}} KB but expands to more than {{max}} MB when opened: that is not an ordinary spreadsheet (it may be a “zip bomb”). Nothing was read.',
    tooSlow:
      'Reading the file took more than {{seconds}} seconds and was stopped. Nothing was read. Open it in Excel or LibreOffice, remove what is not needed and save it again.',
    readerStopped:
      'The browser stopped reading the file (usually for lack of memory). Nothing was read. Close other tabs and try again, or split the file.',
  },
  storeErrors: {
    alreadyAnswered: 'This questionnaire has already been answered or was withdrawn: nothing was stored.',
    quota: 'The browser has run out of storage space. Nothing was changed. Free space or make a backup and remove old agencies.',
    newerVersion:
      'This data was saved by a newer version of Bagalau. Open the newer version (or update this copy); this one will not change the data.',
    closed: 'The database was closed by another tab. Reload this tab.',
    constraint: 'A record with the same id already exists. Nothing was changed.',
    unitNotEmpty: 'The unit “{{detail}}” still has people or sub-units. Move them first.',
    unitCycle: 'A unit cannot be moved under itself or its own sub-unit.',
    notFound: 'The record no longer exists (it may have been removed in another tab).',
    invalid: 'The value is not valid.',
    locked: 'This unit’s period is submitted and locked. Reopen it (with a reason) to change scores.',
    kciSubmitted:
      'This KCI sheet is with the superior manager or agreed: it cannot be changed now. A returned sheet can be corrected.',
    planReasonRequired:
      'Give a reason: the plan was already set, and KCIs change only when the body’s functions or structure change.',
    reasonRequired: 'Give the reason for this change: it is kept in the change log.',
    protocolSigned: 'The calibration protocol is signed: the session can no longer be changed (the feedback meeting still can).',
    unknown: 'Something went wrong while saving: {{detail}}. Nothing was changed.',
    signedBeforeHeld: 'A protocol is signed on or after the day of its sitting or session. Nothing was changed.',
    notSigned: 'The protocol is not signed yet: it is approved once signed.',
    alreadyApproved: 'The protocol is already approved: the approval cannot be changed.',
    alreadyAcquainted:
      'Someone among those selected was acquainted meanwhile (in another tab?): nothing was recorded — look again and mark the others.',
    changedElsewhere:
      'This score was changed in another tab meanwhile (it is now {{detail}}): yours was not stored, so that change is not lost. Look at the cell; if yours should stand, type it again.',
    editedElsewhere:
      'Since you opened this form, another tab changed what you changed here too. Nothing was saved, so that change is not lost. The form shows what is stored now: choose what stays, then save again.',
    roundClosed: 'This year’s 360 round is closed: no more answers are taken. Nothing was stored.',
  },
  conflict: {
    title: 'Changed in another tab since you opened this form:',
    item: '{{field}}: stored now — {{theirs}}; yours — {{mine}}',
    itemPlain: '{{field}}',
    hint: '“Keep mine”: saving writes your values over the stored ones. “Take the stored”: the form shows the stored values.',
    keepMine: 'Keep mine',
    takeTheirs: 'Take the stored',
    empty: '(empty)',
  },
} as const;

/** The shape ru and kk give: the same keys, any wording. */
export type ProblemsMessages = Widen<typeof enProblems>;
