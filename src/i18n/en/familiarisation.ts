/** The source words of the familiarisation screens (familiarisation). */
import type { Widen } from '../template';

export const enFamiliarisation = {
  familiarisation: {
    title: 'Familiarisation with results',
    intro:
      'Every completed result is made known to the person within {{days}} working days (004 §12); a refusal is recorded with the act drawn up (002 §36).',
    onlyOpen: 'Only those not yet acquainted',
    open: 'Not yet acquainted: {{count}}',
    none: 'No completed results in this period yet: results count once the unit’s period is submitted or the head’s KCI sheet agreed.',
    result: 'Result',
    completed: 'Completed',
    deadline: 'Acquaint by',
    acquainted: 'Acquainted',
    states: { due: 'due', dueSoon: 'due soon', overdue: 'overdue', done: 'done' },
    recordFor: 'Record the familiarisation of {{name}}',
    on: 'Date',
    how: 'How',
    hows: { signature: 'signed on paper', electronic: 'electronically', refusal: 'refused (act drawn up)' },
    act: 'Act of refusal: number, who drew it up',
    record: 'Record',
    late: 'late',
    withdraw: 'Withdraw the record',
    withdrawReason: 'Why it is withdrawn',
    problems: {
      beforeCompletion: 'The date is before the result was completed ({{date}}).',
      inFuture: 'The date is in the future.',
      actRequired: 'Name the act of refusal and who drew it up (002 §36).',
    },
  },
} as const;

/** The shape ru and kk give: the same keys, any wording. */
export type FamiliarisationMessages = Widen<typeof enFamiliarisation>;
