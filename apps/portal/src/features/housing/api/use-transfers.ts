import type { DeclinePersonTransfer, PersonTransferStatus, RequestPersonTransfer } from '@ankomst/contracts/housing';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/query-keys';
import * as api from './transfers-api';

export function useIncomingTransfers(status?: PersonTransferStatus) {
  return useQuery({
    queryKey: queryKeys.housing.transfers('incoming', status),
    queryFn: ({ signal }) => api.fetchIncomingTransfers(status, signal),
  });
}

export function useOutgoingTransfers() {
  return useQuery({
    queryKey: queryKeys.housing.transfers('outgoing'),
    queryFn: ({ signal }) => api.fetchOutgoingTransfers(signal),
  });
}

/** Any transfer decision changes households too (a person moves out or in): refresh all housing data. */
function useTransferMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.housing.all }),
  });
}

export const useRequestTransfer = () => useTransferMutation((input: RequestPersonTransfer) => api.requestPersonTransfer(input));
export const useReleaseTransfer = () => useTransferMutation((transferId: string) => api.releasePersonTransfer(transferId));
export const useDeclineTransfer = () => useTransferMutation((input: DeclinePersonTransfer) => api.declinePersonTransfer(input));
