import type { AccessReportByNationalId, BreakGlassRequest } from '@ankomst/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import * as api from './privacy-api';

export function useAuditSearch(filters: api.AuditFilters) {
  return useQuery({
    queryKey: queryKeys.privacy.audit({ ...filters }),
    queryFn: ({ signal }) => api.searchAudit(filters, signal),
  });
}

export function useChainVerification() {
  return useQuery({ queryKey: queryKeys.privacy.chain, queryFn: ({ signal }) => api.verifyChain(signal) });
}

export function useAccessReport(personId: string) {
  return useQuery({
    queryKey: queryKeys.privacy.accessReport(personId),
    queryFn: ({ signal }) => api.fetchAccessReport(personId, signal),
    enabled: personId.length > 0,
  });
}

/** A mutation, not a query: the national id stays out of the query cache's keys (gcTime 0 drops the answer when unused). */
export function useAccessReportByNationalId() {
  return useMutation({ mutationFn: (body: AccessReportByNationalId) => api.fetchAccessReportByNationalId(body), gcTime: 0 });
}

export function useBreakGlassGrants() {
  return useQuery({ queryKey: queryKeys.privacy.breakGlass, queryFn: ({ signal }) => api.fetchBreakGlass(signal) });
}

/** Polled once a minute while shown, so the banner goes when the grant ends. */
export function useOwnBreakGlass(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.privacy.ownBreakGlass,
    queryFn: ({ signal }) => api.fetchOwnBreakGlass(signal),
    enabled,
    refetchInterval: 60_000,
    staleTime: 30_000,
  });
}

export function useOpenBreakGlass() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BreakGlassRequest) => api.openBreakGlass(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.privacy.ownBreakGlass }),
  });
}

export function usePersonUnderGrant(personId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.privacy.personUnderGrant(personId ?? ''),
    queryFn: ({ signal }) => api.fetchPersonUnderGrant(personId ?? '', signal),
    enabled: Boolean(personId),
  });
}
