import { type EndpointInput } from '@ankomst/contracts';
import { caseOverviewApi, type GiveConsent, type Referral, type WithdrawConsent } from '@ankomst/contracts/case-overview';
import { callEndpoint } from '../../../api/endpoint-client';

/** The case-overview routes through their declarations in `caseOverviewApi`: no path is written here. */

/** The search as the address bar carries it: an unknown value is the gateway's 400 naming the field, not dropped here. */
export interface CaseSearchQuery {
  name?: string;
  status?: string;
  deadline?: string;
}

export type { Referral };

export const searchCases = (query: CaseSearchQuery, signal?: AbortSignal) =>
  callEndpoint(caseOverviewApi.searchCases, { ...query, limit: 50 } as EndpointInput<typeof caseOverviewApi.searchCases>, signal);

export const fetchCase = (householdId: string, signal?: AbortSignal) => callEndpoint(caseOverviewApi.getCase, { householdId }, signal);

export const fetchAttention = (query: EndpointInput<typeof caseOverviewApi.attentionList>, signal?: AbortSignal) =>
  callEndpoint(caseOverviewApi.attentionList, query, signal);

export async function fetchReferrals(query: { status?: string }, signal?: AbortSignal): Promise<Referral[]> {
  const input = query as EndpointInput<typeof caseOverviewApi.listReferrals>;
  const body = await callEndpoint(caseOverviewApi.listReferrals, input, signal);
  return body.items;
}

export const fetchConsents = (personId: string, signal?: AbortSignal) => callEndpoint(caseOverviewApi.listConsents, { personId }, signal);

export const giveConsent = (input: GiveConsent) => callEndpoint(caseOverviewApi.giveConsent, input);

export const withdrawConsent = (input: WithdrawConsent) => callEndpoint(caseOverviewApi.withdrawConsent, input);
