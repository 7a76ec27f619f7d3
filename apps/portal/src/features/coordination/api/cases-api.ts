import { type EndpointInput } from '@ankomst/contracts';
import {
  caseOverviewApi,
  type DecideReferral,
  type GiveConsent,
  type Referral,
  type WithdrawConsent,
} from '@ankomst/contracts/case-overview';
import { collectCursorPages } from '../../../api/collect-pages';
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

/** Every case the search finds, page after page (the endpoint's largest), read for a CSV export. */
export const exportCases = (query: CaseSearchQuery) =>
  collectCursorPages((cursor) =>
    callEndpoint(
      caseOverviewApi.searchCases,
      { ...query, limit: 100, cursor } as EndpointInput<typeof caseOverviewApi.searchCases>,
      undefined,
      { forExport: true },
    ),
  );

export const fetchCase = (householdId: string, signal?: AbortSignal) => callEndpoint(caseOverviewApi.getCase, { householdId }, signal);

export const fetchAttention = (query: EndpointInput<typeof caseOverviewApi.attentionList>, signal?: AbortSignal, forExport = false) =>
  callEndpoint(caseOverviewApi.attentionList, query, signal, { forExport });

export interface ReferralQuery {
  status?: string;
  personId?: string;
  limit?: number;
  offset?: number;
}

export async function fetchReferrals(query: ReferralQuery, signal?: AbortSignal, forExport = false): Promise<Referral[]> {
  const input = query as EndpointInput<typeof caseOverviewApi.listReferrals>;
  const body = await callEndpoint(caseOverviewApi.listReferrals, input, signal, { forExport });
  return body.items;
}

/** The sender is the caller's own unit (the service's rule): the body names only the receiver. */
export const createReferral = (input: EndpointInput<typeof caseOverviewApi.createReferral>) =>
  callEndpoint(caseOverviewApi.createReferral, input);

export const decideReferral = (input: DecideReferral) => callEndpoint(caseOverviewApi.decideReferral, input);

export const fetchConsents = (personId: string, signal?: AbortSignal) => callEndpoint(caseOverviewApi.listConsents, { personId }, signal);

export const giveConsent = (input: GiveConsent) => callEndpoint(caseOverviewApi.giveConsent, input);

export const withdrawConsent = (input: WithdrawConsent) => callEndpoint(caseOverviewApi.withdrawConsent, input);
