import { type EndpointInput } from '@ankomst/contracts';
import {
  addParticipant,
  getNirReport,
  getOutcomes,
  getParticipant,
  getStipendBasis,
  listParticipants,
  listPlanVersions,
  participantCounts,
  recordAttendance,
  recordCareerGuidance,
  recordDecision,
  recordExit,
  recordFollowUp,
  recordMapping,
  recordStop,
  resumeProgramme,
  savePlan,
  updateParticipantFacts,
} from '@ankomst/contracts/introduction';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '../../../api/endpoint-client';
import { queryKeys } from '../../../api/query-keys';
import { useEndpointQuery } from '../../../api/use-endpoint-query';

export const useParticipantCounts = () => useEndpointQuery(participantCounts, {});

/** Candidates and participants of the user's municipality, the nearest decision deadline first. */
export function useParticipants(
  query: Omit<EndpointInput<typeof listParticipants>, 'limit' | 'offset'> & { limit?: number; offset?: number },
) {
  return useQuery({
    queryKey: queryKeys.introduction.participants(query),
    queryFn: ({ signal }) => callEndpoint(listParticipants, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useParticipant(participantId: string) {
  return useQuery({
    queryKey: queryKeys.introduction.participant(participantId),
    queryFn: ({ signal }) => callEndpoint(getParticipant, { participantId }, signal),
  });
}

export function usePlanVersions(participantId: string) {
  return useQuery({
    queryKey: queryKeys.introduction.plans(participantId),
    queryFn: ({ signal }) => callEndpoint(listPlanVersions, { participantId }, signal),
  });
}

export function useStipendBasis(participantId: string, month: string) {
  return useQuery({
    queryKey: queryKeys.introduction.stipend(participantId, month),
    queryFn: ({ signal }) => callEndpoint(getStipendBasis, { participantId, month }, signal),
  });
}

export function useOutcomes(year: number) {
  return useQuery({
    queryKey: queryKeys.introduction.outcomes(year),
    queryFn: ({ signal }) => callEndpoint(getOutcomes, { year }, signal),
  });
}

export function useNirReport(year: number) {
  return useQuery({ queryKey: queryKeys.introduction.nir(year), queryFn: ({ signal }) => callEndpoint(getNirReport, { year }, signal) });
}

/** A write to the introduction service: everything it shows is read again afterwards. */
function useIntroductionMutation<E extends Parameters<typeof callEndpoint>[0]>(endpoint: E) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EndpointInput<E>) => callEndpoint(endpoint, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.introduction.all }),
  });
}

export const useAddParticipant = () => useIntroductionMutation(addParticipant);
export const useUpdateParticipantFacts = () => useIntroductionMutation(updateParticipantFacts);
export const useRecordMapping = () => useIntroductionMutation(recordMapping);
export const useRecordCareerGuidance = () => useIntroductionMutation(recordCareerGuidance);
export const useRecordDecision = () => useIntroductionMutation(recordDecision);
export const useSavePlan = () => useIntroductionMutation(savePlan);
export const useRecordAttendance = () => useIntroductionMutation(recordAttendance);
export const useRecordExit = () => useIntroductionMutation(recordExit);
export const useRecordFollowUp = () => useIntroductionMutation(recordFollowUp);
export const useRecordStop = () => useIntroductionMutation(recordStop);
export const useResumeProgramme = () => useIntroductionMutation(resumeProgramme);
