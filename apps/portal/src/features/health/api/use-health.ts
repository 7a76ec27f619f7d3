import {
  getArrivalChecklist,
  getChildFollowUp,
  getCoordinationCase,
  listArrivalChecklists,
  listCoordinationCases,
  listExtraGrants,
  submitExtraGrant,
  updateExtraGrant,
  type UpdateExtraGrant,
  updateChecklistItem,
  type UpdateChecklistItem,
} from '@ankomst/contracts/health';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '../../../api/endpoint-client';
import { queryKeys } from '../../../api/query-keys';

/** Settled people with their arrival checklist, nearest deadline first. */
export function useArrivalChecklists(query: { show?: 'open' | 'all'; q?: string; limit?: number; offset?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.health.checklists(query),
    queryFn: ({ signal }) => callEndpoint(listArrivalChecklists, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useArrivalChecklist(personId: string) {
  return useQuery({
    queryKey: queryKeys.health.checklist(personId),
    queryFn: ({ signal }) => callEndpoint(getArrivalChecklist, { personId }, signal),
  });
}

export function useUpdateChecklistItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateChecklistItem) => callEndpoint(updateChecklistItem, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.health.all }),
  });
}

export function useCoordinationCases(query: { show?: 'open' | 'all' } = {}) {
  return useQuery({
    queryKey: queryKeys.health.coordinationCases(query),
    queryFn: ({ signal }) => callEndpoint(listCoordinationCases, query, signal),
  });
}

export function useCoordinationCase(caseId: string) {
  return useQuery({
    queryKey: queryKeys.health.coordinationCase(caseId),
    queryFn: ({ signal }) => callEndpoint(getCoordinationCase, { caseId }, signal),
  });
}

export function useExtraGrants() {
  return useQuery({
    queryKey: queryKeys.health.extraGrants,
    queryFn: ({ signal }) => callEndpoint(listExtraGrants, {}, signal),
  });
}

export function useChildFollowUp(personId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.health.child(personId),
    queryFn: ({ signal }) => callEndpoint(getChildFollowUp, { personId }, signal),
    enabled,
  });
}

export function useUpdateExtraGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateExtraGrant) => callEndpoint(updateExtraGrant, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.health.extraGrants }),
  });
}

export function useSubmitExtraGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { applicationId: string; submittedOn: string }) => callEndpoint(submitExtraGrant, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.health.extraGrants }),
  });
}
