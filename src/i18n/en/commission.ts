/** The source words of the commission screens (commission). */
import type { Widen } from '../template';

export const enCommission = {
  commission: {
    title: 'Commission sitting',
    intro:
      'The Commission reviews the quarter’s results: valid with two thirds of its members present (the secretary does not vote); open vote, majority, the chair’s vote decides a tie (001 §§52–55); a revision states the corrected result and why (002 §35).',
    composition: 'Order and composition',
    orderNumber: 'Order No.',
    orderDate: 'Order date',
    heldOn: 'Sitting held on',
    seat: 'Member',
    role: 'Role',
    roles: { chair: 'chair', member: 'member', secretary: 'secretary (no vote)' },
    present: 'Present',
    addSeat: 'Add to the composition',
    quorum: 'Present {{present}} of {{voting}} members: the sitting is valid (two thirds).',
    noQuorum: 'Present {{present}} of {{voting}} members: no quorum (two thirds are needed); nothing can be decided.',
    noQuorumShort: 'no quorum',
    results: 'Results under review',
    noResults: 'No completed results in this quarter yet.',
    result: 'Result',
    decision: 'Decision',
    decisions: { approve: 'approve', revise: 'revise' },
    decided: '{{decision}} ({{approve}}–{{revise}}){{chair}}',
    byChair: ', by the chair’s vote',
    undecided: 'not decided yet',
    corrected: 'Corrected by the Commission',
    reason: 'Explanation',
    recommendation: 'Recommendations',
    conclusion: 'Conclusion',
    sign: 'Sign the protocol today',
    signed: 'Protocol signed on {{date}}: the approved results are final.',
    cannotSign: 'The protocol cannot be signed yet: {{list}}.',
    blockers: {
      noChair: 'no chair',
      noSecretary: 'no secretary',
      notHeld: 'no sitting date',
      noQuorum: 'no quorum',
      undecided: 'a result is not decided',
      correctionMissing: 'a revision lacks its corrected result or explanation',
    },
    protocol: 'Protocol (print view)',
  },
} as const;

/** The shape ru and kk give: the same keys, any wording. */
export type CommissionMessages = Widen<typeof enCommission>;
