import type { GiveConsent, WithdrawConsent } from '@ankomst/contracts/case-overview';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
