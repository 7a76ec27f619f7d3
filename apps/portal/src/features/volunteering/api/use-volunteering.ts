import {
  answerMatch,
  claimInvitation,
  type DecideGuide,
  decideGuide,
  type EndMatch,
  endMatch,
  getGuide,
  getVolunteeringKpis,
  type GuideRequestByRefugee,
  listGuideRequests,
  listGuides,
  listMatches,
  listOutbox,
  type LogContact,
  logContact,
  myMatches,
  proposeMatch,
  recordRefugeeAnswer,
  type RecordScreeningStep,
  recordScreeningStep,
  registerGuideRequest,
  type RegisterGuideRequest,
  submitGuideRequest,
  submitVolunteerSignUp,
  suggestGuides,
  type VolunteerSignUp,
  volunteeringReminders,
} from '@ankomst/contracts/volunteering';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from '../../../api/endpoint-client';
import { queryKeys } from '../../../api/query-keys';

const useInvalidating = <I, O>(mutationFn: (input: I) => Promise<O>) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.volunteering.all }) });
};

/** The waiting list of the user's municipality, longest waiting first. */
export function useGuideRequests(query: { limit?: number; offset?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.volunteering.guideRequests(query),
    queryFn: ({ signal }) => callEndpoint(listGuideRequests, query, signal),
    placeholderData: keepPreviousData,
  });
}

export const useRegisterGuideRequest = () => useInvalidating((input: RegisterGuideRequest) => callEndpoint(registerGuideRequest, input));

export function useSuggestions(requestId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.volunteering.suggestions(requestId ?? ''),
    queryFn: ({ signal }) => callEndpoint(suggestGuides, { requestId: requestId ?? '' }, signal),
    enabled: Boolean(requestId),
  });
}

export const useProposeMatch = () => useInvalidating((input: { requestId: string; guideId: string }) => callEndpoint(proposeMatch, input));

export const useGuides = () =>
  useQuery({ queryKey: queryKeys.volunteering.guides(), queryFn: ({ signal }) => callEndpoint(listGuides, {}, signal) });

export function useGuide(guideId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.volunteering.guide(guideId ?? ''),
    queryFn: ({ signal }) => callEndpoint(getGuide, { guideId: guideId ?? '' }, signal),
    enabled: Boolean(guideId),
  });
}

export const useRecordScreeningStep = () => useInvalidating((input: RecordScreeningStep) => callEndpoint(recordScreeningStep, input));
export const useDecideGuide = () => useInvalidating((input: DecideGuide) => callEndpoint(decideGuide, input));

export const useMatches = () =>
  useQuery({ queryKey: queryKeys.volunteering.matches(), queryFn: ({ signal }) => callEndpoint(listMatches, {}, signal) });
export const useRefugeeAnswer = () =>
  useInvalidating((input: { matchId: string; accept: boolean }) => callEndpoint(recordRefugeeAnswer, input));
export const useEndMatch = () => useInvalidating((input: EndMatch) => callEndpoint(endMatch, input));

export const useOutbox = () =>
  useQuery({ queryKey: queryKeys.volunteering.outbox(), queryFn: ({ signal }) => callEndpoint(listOutbox, {}, signal) });
export const useVolunteeringKpis = () =>
  useQuery({ queryKey: queryKeys.volunteering.kpis(), queryFn: ({ signal }) => callEndpoint(getVolunteeringKpis, {}, signal) });
export const useVolunteeringReminders = () =>
  useQuery({ queryKey: queryKeys.volunteering.reminders(), queryFn: ({ signal }) => callEndpoint(volunteeringReminders, {}, signal) });

/** The logged-in volunteer's own matches (nothing of anyone else's). */
export const useMyMatches = () =>
  useQuery({ queryKey: queryKeys.volunteering.mine(), queryFn: ({ signal }) => callEndpoint(myMatches, {}, signal) });
export const useClaimInvitation = () => useInvalidating((input: { code: string }) => callEndpoint(claimInvitation, input));
export const useAnswerMatch = () => useInvalidating((input: { matchId: string; accept: boolean }) => callEndpoint(answerMatch, input));
export const useLogContact = () => useInvalidating((input: LogContact) => callEndpoint(logContact, input));

/** The public forms: no login, no cache to refresh. */
export const useSubmitSignUp = () => useMutation({ mutationFn: (input: VolunteerSignUp) => callEndpoint(submitVolunteerSignUp, input) });
export const useSubmitGuideRequest = () =>
  useMutation({ mutationFn: (input: GuideRequestByRefugee) => callEndpoint(submitGuideRequest, input) });
