import {
  housingApi,
  type AllocateDwelling,
  type DecideSelfSettlement,
  type OpenSelfSettlement,
  type RegisterHousehold,
  type SelfSettlementCase,
  type UpdateSelfSettlementChecklist,
} from '@ankomst/contracts/housing';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '../../../api/endpoint-client';
import { queryKeys } from '../../../api/query-keys';
import * as api from './housing-api';

export function useSettlementProgress(year: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.housing.statistics(year),
    queryFn: ({ signal }) => api.fetchSettlementProgress(year, signal),
    enabled,
  });
}

export function useTimeToSettlement(year: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.housing.timeToSettlement(year),
    queryFn: ({ signal }) => api.fetchTimeToSettlement(year, signal),
    enabled,
  });
}

/** One page of households, searched and filtered by the server across all of them. */
export function useHouseholds(query: api.HouseholdQuery) {
  return useQuery({
    queryKey: queryKeys.housing.households(query),
    queryFn: ({ signal }) => api.fetchHouseholds(query, signal),
    // Paging or refining a search keeps the rows on screen until the next ones arrive.
    placeholderData: keepPreviousData,
  });
}

export function useHousehold(id: string) {
  return useQuery({
    queryKey: queryKeys.housing.household(id),
    queryFn: ({ signal }) => api.fetchHousehold(id, signal),
  });
}

export function useRegisterHousehold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterHousehold) => api.registerHousehold(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.housing.all }),
  });
}

export function useDwellings(vacantOnly: boolean) {
  return useQuery({
    queryKey: queryKeys.housing.dwellings({ vacantOnly }),
    queryFn: ({ signal }) => api.fetchDwellings({ vacantOnly, limit: 500 }, signal),
  });
}

export function useVacancy(year: number) {
  return useQuery({
    queryKey: queryKeys.housing.vacancy(year),
    queryFn: ({ signal }) => api.fetchVacancy(year, signal),
  });
}

export function useAllocateDwelling() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AllocateDwelling) => api.allocateDwelling(body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.housing.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.cases.all }),
      ]);
    },
  });
}

export function useSelfSettlement(caseId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.housing.selfSettlement(caseId ?? ''),
    queryFn: ({ signal }) => api.fetchSelfSettlement(caseId ?? '', signal),
    enabled: Boolean(caseId),
  });
}

/** Every self-settlement answer is the whole case: put it in the cache instead of refetching it. */
function useSelfSettlementMutation<T>(mutationFn: (input: T) => Promise<SelfSettlementCase>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (data) => {
      queryClient.setQueryData(queryKeys.housing.selfSettlement(data.id), data);
      // The household names its cases and takes its status from the outcome.
      await queryClient.invalidateQueries({ queryKey: queryKeys.housing.household(data.householdId), exact: true });
    },
  });
}

export const useOpenSelfSettlement = () => useSelfSettlementMutation((input: OpenSelfSettlement) => api.openSelfSettlement(input));
/** Ticks show at once (optimistic); the server's answer (with the re-evaluated checklist) wins. */
export function useUpdateSelfSettlementChecklist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSelfSettlementChecklist) => api.updateSelfSettlementChecklist(input),
    onMutate: ({ id, ...checks }) => {
      const key = queryKeys.housing.selfSettlement(id);
      const previous = queryClient.getQueryData<SelfSettlementCase>(key);
      if (previous) queryClient.setQueryData(key, { ...previous, checks: { ...previous.checks, ...checks } });
      return { previous };
    },
    onError: (_error, { id }, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.housing.selfSettlement(id), context.previous);
    },
    onSuccess: (data) => queryClient.setQueryData(queryKeys.housing.selfSettlement(data.id), data),
  });
}
export const useDecideSelfSettlement = () => useSelfSettlementMutation((input: DecideSelfSettlement) => api.decideSelfSettlement(input));

/** A dwelling's tenancy history, newest first. */
export const useDwellingTenancies = (dwellingId: string) =>
  useQuery({
    queryKey: queryKeys.housing.dwellingTenancies(dwellingId),
    queryFn: ({ signal }) => callEndpoint(housingApi.listDwellingTenancies, { dwellingId }, signal),
  });
