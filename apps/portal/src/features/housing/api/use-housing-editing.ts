import type {
  AddHouseholdMember,
  EndTenancy,
  FindPersonByNationalId,
  RegisterDwelling,
  RemoveHouseholdMember,
  UpdateDwelling,
  UpdateHousehold,
  UpdatePerson,
} from '@ankomst/contracts/housing';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import * as api from './housing-editing-api';

export function useDwelling(dwellingId: string) {
  return useQuery({
    queryKey: queryKeys.housing.dwelling(dwellingId),
    queryFn: ({ signal }) => api.fetchDwelling(dwellingId, signal),
  });
}

export function useHouseholdHome(householdId: string) {
  return useQuery({
    queryKey: queryKeys.housing.householdHome(householdId),
    queryFn: ({ signal }) => api.fetchHouseholdHome(householdId, signal),
  });
}

/** Every housing write changes what the housing pages and the combined case view show: both are refetched. */
function useHousingWrite<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.housing.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.cases.all }),
      ]);
    },
  });
}

export const useRegisterDwelling = () => useHousingWrite((body: RegisterDwelling) => api.registerDwelling(body));
export const useUpdateDwelling = () => useHousingWrite((input: UpdateDwelling) => api.updateDwelling(input));
export const useEndTenancy = () => useHousingWrite((input: EndTenancy) => api.endTenancy(input));
export const useUpdateHousehold = () => useHousingWrite((input: UpdateHousehold) => api.updateHousehold(input));
export const useAddHouseholdMember = () => useHousingWrite((input: AddHouseholdMember) => api.addHouseholdMember(input));
export const useRemoveHouseholdMember = () => useHousingWrite((input: RemoveHouseholdMember) => api.removeHouseholdMember(input));
export const useUpdatePerson = () => useHousingWrite((input: UpdatePerson) => api.updatePerson(input));

/**
 * A lookup is a mutation, not a query: a query key would hold the number in the cache (and in
 * the devtools); the answer lives only in this hook's state.
 */
export const usePersonLookup = () =>
  useMutation({ mutationFn: (body: FindPersonByNationalId) => api.findPersonByNationalId(body), gcTime: 0 });
