import { listProgrammeCandidates, registerProgrammeCandidate, type RegisterProgrammeCandidate } from '@ankomst/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '../../../api/endpoint-client';
import { queryKeys } from '../../../api/query-keys';

/** One page of programme candidates in the user's municipality, newest first. */
export function useProgrammeCandidates(query: { limit?: number; offset?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.introduction.programmeCandidates(query),
    queryFn: ({ signal }) => callEndpoint(listProgrammeCandidates, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRegisterProgrammeCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegisterProgrammeCandidate) => callEndpoint(registerProgrammeCandidate, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.introduction.all }),
  });
}
