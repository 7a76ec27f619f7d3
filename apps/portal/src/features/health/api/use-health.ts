import {
  addCoordinationAction,
  type AddAction,
  closeCoordinationCase,
  type CloseCoordinationCase,
  type CoordinationCaseView,
  createExtraGrant,
  type CreateExtraGrant,
  openCoordinationCase,
  type OpenCoordinationCase,
  recordCoordinationMeeting,
  type RecordMeeting,
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

/** Open a coordination case for a family; the caller becomes its first member. */
export function useOpenCoordinationCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OpenCoordinationCase) => callEndpoint(openCoordinationCase, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.health.all }),
  });
}

/** A case's writes answer with the whole case: put it in the cache, refresh the lists. */
function useCaseMutation<I>(run: (input: I) => Promise<CoordinationCaseView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (view) => {
      queryClient.setQueryData(queryKeys.health.coordinationCase(view.id), view);
      return queryClient.invalidateQueries({ queryKey: ['health', 'coordination-cases'] });
    },
  });
}

export const useRecordCoordinationMeeting = () => useCaseMutation((input: RecordMeeting) => callEndpoint(recordCoordinationMeeting, input));
export const useAddCoordinationAction = () => useCaseMutation((input: AddAction) => callEndpoint(addCoordinationAction, input));
export const useCloseCoordinationCase = () => useCaseMutation((input: CloseCoordinationCase) => callEndpoint(closeCoordinationCase, input));

/** Start an ekstratilskudd application (a draft). */
export function useCreateExtraGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateExtraGrant) => callEndpoint(createExtraGrant, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.health.extraGrants }),
  });
}
