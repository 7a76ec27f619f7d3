import type { EndpointInput } from '@ankomst/contracts';
import type { caseOverviewApi, DecideReferral, GiveConsent, WithdrawConsent } from '@ankomst/contracts/case-overview';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import * as api from './cases-api';

export function useCaseSearch(query: api.CaseSearchQuery, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.cases.search(JSON.stringify(query)),
    queryFn: ({ signal }) => api.searchCases(query, signal),
    enabled,
  });
}

export function useCase(householdId: string) {
  return useQuery({
    queryKey: queryKeys.cases.overview(householdId),
    queryFn: ({ signal }) => api.fetchCase(householdId, signal),
  });
}

export function useAttention(withinDays: number) {
  return useQuery({
    queryKey: queryKeys.cases.attention(withinDays),
    queryFn: ({ signal }) => api.fetchAttention({ withinDays }, signal),
  });
}

export function useReferrals(status: string) {
  return useQuery({
    queryKey: queryKeys.cases.referrals({ status }),
    queryFn: ({ signal }) => api.fetchReferrals({ status: status || undefined }, signal),
  });
}

/** The referrals of a household's members (the list is by person): one read per member, newest first together. */
export function useReferralsOfPersons(personIds: string[]) {
  return useQueries({
    queries: personIds.map((personId) => ({
      queryKey: queryKeys.cases.referrals({ personId }),
      queryFn: ({ signal }: { signal: AbortSignal }) => api.fetchReferrals({ personId }, signal),
    })),
    combine: (results) => ({
      data: results.every((r) => r.data)
        ? results.flatMap((r) => r.data ?? []).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        : undefined,
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error ?? null,
    }),
  });
}

/** A referral changes the lists it is in and the attention list (its answer is a deadline). */
export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointInput<typeof caseOverviewApi.createReferral>) => api.createReferral(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.cases.all }),
  });
}

export function useDecideReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DecideReferral) => api.decideReferral(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.cases.all }),
  });
}

export function useConsents(personId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.cases.consents(personId),
    queryFn: ({ signal }) => api.fetchConsents(personId, signal),
    enabled,
  });
}

export function useWithdrawConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WithdrawConsent) => api.withdrawConsent(body),
    // The case view's restricted scopes follow from consents: refresh both.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.cases.all }),
  });
}

export function useGiveConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GiveConsent) => api.giveConsent(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.cases.all }),
  });
}
