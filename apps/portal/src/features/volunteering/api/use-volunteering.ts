import { listGuideRequests, registerGuideRequest, type RegisterGuideRequest } from '@ankomst/contracts/volunteering';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '../../../api/endpoint-client';
import { queryKeys } from '../../../api/query-keys';

/** One page of guide requests in the user's municipality, newest first. */
export function useGuideRequests(query: { limit?: number; offset?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.volunteering.guideRequests(query),
    queryFn: ({ signal }) => callEndpoint(listGuideRequests, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRegisterGuideRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegisterGuideRequest) => callEndpoint(registerGuideRequest, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.volunteering.all }),
  });
}
