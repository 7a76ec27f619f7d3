import { useQuery } from '@tanstack/react-query';
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

export function useBreakGlassGrants() {
  return useQuery({ queryKey: queryKeys.privacy.breakGlass, queryFn: ({ signal }) => api.fetchBreakGlass(signal) });
}
