import type {
  AttentionList,
  CasePage,
  CaseView,
  ConsentList,
  GiveConsent,
  Referral,
  ReferralList,
  WithdrawConsent,
} from '@ankomst/contracts';
import { apiFetch } from '../../../api/http';

/** The gateway's case-overview routes, in one table so a renamed route is a one-line change. */
export const casePaths = {
  search: '/api/cases',
  case: (householdId: string) => `/api/cases/${encodeURIComponent(householdId)}`,
  caseOfPerson: (personId: string) => `/api/cases/persons/${encodeURIComponent(personId)}`,
  attention: '/api/cases/attention',
  referrals: '/api/cases/referrals',
  referralDecision: (id: string) => `/api/cases/referrals/${encodeURIComponent(id)}/decision`,
  consents: (personId: string) => `/api/cases/persons/${encodeURIComponent(personId)}/consents`,
  withdrawConsent: (personId: string) => `/api/cases/persons/${encodeURIComponent(personId)}/consents/withdraw`,
};

export interface CaseSearchQuery {
  name?: string;
  status?: string;
  deadline?: string;
}

export type { Referral };

export const searchCases = (query: CaseSearchQuery, signal?: AbortSignal) =>
  apiFetch<CasePage>(casePaths.search, { query: { ...query, limit: 50 }, signal });

export const fetchCase = (householdId: string, signal?: AbortSignal) => apiFetch<CaseView>(casePaths.case(householdId), { signal });

export const fetchAttention = (query: { withinDays?: number; department?: string }, signal?: AbortSignal) =>
  apiFetch<AttentionList>(casePaths.attention, { query, signal });

export async function fetchReferrals(query: { status?: string }, signal?: AbortSignal): Promise<Referral[]> {
  const body = await apiFetch<ReferralList>(casePaths.referrals, { query, signal });
  return body.items;
}

export const fetchConsents = (personId: string, signal?: AbortSignal) => apiFetch<ConsentList>(casePaths.consents(personId), { signal });

export const giveConsent = ({ personId, ...body }: GiveConsent) =>
  apiFetch<unknown>(casePaths.consents(personId), { method: 'POST', body });

export const withdrawConsent = ({ personId, ...body }: WithdrawConsent) =>
  apiFetch<unknown>(casePaths.withdrawConsent(personId), { method: 'POST', body });
