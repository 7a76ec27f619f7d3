import { listHealthAssessments, registerHealthAssessment, type RegisterHealthAssessment } from '@ankomst/contracts/health';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '../../../api/endpoint-client';
import { queryKeys } from '../../../api/query-keys';

/** One page of health assessments in the user's municipality, newest first. */
export function useHealthAssessments(query: { limit?: number; offset?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.health.healthAssessments(query),
    queryFn: ({ signal }) => callEndpoint(listHealthAssessments, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRegisterHealthAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegisterHealthAssessment) => callEndpoint(registerHealthAssessment, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.health.all }),
  });
}
