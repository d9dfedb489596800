/** The source words of the familiarisation screens (familiarisation). */
import type { Widen } from '../template';

export const enFamiliarisation = {
  familiarisation: {
    title: 'Familiarisation with results',
    onlyOpen: 'Only those not yet acquainted',
    open: 'Not yet acquainted: {{count}}',
    none: 'No results to make known in this period yet: a result counts once it is completed (and, where the act asks, once the Commission’s protocol is approved).',
    result: 'Result',
    completed: 'Completed',
    deadline: 'Acquaint by',
    acquainted: 'Acquainted',
    states: {
      due: 'due',
      dueSoon: 'due soon',
      overdue: 'overdue',
      done: 'done',
    },
    recordFor: 'Record the familiarisation of {{name}}',
    on: 'Date',
    how: 'How',
    hows: {
      signature: 'in writing, signed',
      electronic: 'electronically (information system, portal)',
      refusal: 'refused (act drawn up)',
      registeredLetter: 'registered letter with notice of delivery',
      telephonogram: 'telephonogram',
      telegram: 'telegram',
      sms: 'text message to the mobile number',
      email: 'e-mail',
      other: 'other means that record the notice',
    },
    act: 'Act of refusal: number, who drew it up',
    record: 'Record',
    late: 'late',
    withdraw: 'Withdraw the record',
    withdrawReason: 'Why it is withdrawn',
    problems: {
      beforeCompletion: 'The date is before the day the deadline runs from ({{date}}).',
      inFuture: 'The date is in the future.',
      actRequired: 'Name the act of refusal and who drew it up ({{source}}).',
      meansNotAllowed: 'The methodology does not provide this means of acquaintance.',
      witnessesMissing: 'The act of refusal is signed by {{count}} more employees ({{source}}): name them.',
    },
    intro:
      'Every result is made known to the person within {{days}} working days of its completion ({{source}}), by: {{means}} ({{meansSource}}); a revised result is made known again.',
    introApproval:
      'Every result is made known to the person within {{days}} working days once the authorised person approved the Commission’s protocol ({{source}}), by: {{means}} ({{meansSource}}); a revised result is made known again.',
    from: 'Counted from',
    again: 'again: first acquainted with {{value}} on {{date}}',
    witness: 'Employee who signed the act {{n}}',
    note: 'Letter, message: number and date',
    notEvaluated: 'Recorded as not evaluated at the submission: {{count}}',
    bulkTitle: 'Acquainted together',
    bulkHint:
      'Tick the people acquainted on the same day by the same means (a sheet the unit signed), then record them at once. A refusal is recorded per person, with its act.',
    select: 'Select: {{name}}',
    selectAll: 'Select everyone not yet acquainted',
    bulkRecord: 'Record the selected ({{count}})',
    bulkProblem: '{{name}}: {{problem}}',
    bulkDone: 'Acquainted: {{count}}.',
  },
} as const;

/** The shape ru and kk give: the same keys, any wording. */
export type FamiliarisationMessages = Widen<typeof enFamiliarisation>;
