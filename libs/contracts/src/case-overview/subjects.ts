/** Request/reply subjects of the case-overview service (never part of its stream). */
const rpc = (command: string) => `ankomst.case-overview.rpc.${command}.v1`;

export const caseOverviewRpc = {
  getCase: rpc('get-case'),
  getCaseOfPerson: rpc('get-case-of-person'),
  searchCases: rpc('search-cases'),
  attentionList: rpc('attention-list'),
  giveConsent: rpc('give-consent'),
  withdrawConsent: rpc('withdraw-consent'),
  listConsents: rpc('list-consents'),
  createReferral: rpc('create-referral'),
  decideReferral: rpc('decide-referral'),
  listReferrals: rpc('list-referrals'),
  /** Rebuilds the read model by replaying every stream from its start (operations only). */
  rebuild: rpc('rebuild'),
} as const;
