import type {
  DeclinePersonTransfer,
  IncomingPersonTransfer,
  IncomingPersonTransferList,
  OutgoingPersonTransfer,
  OutgoingPersonTransferList,
  PersonTransferStatus,
  RequestPersonTransfer,
} from '@ankomst/contracts';
import { apiFetch } from '../../../api/http';

/** The gateway's transfer routes. The national id goes in a POST body, never into one of these paths. */
export const transferPaths = {
  transfers: '/api/housing/transfers',
  incoming: '/api/housing/transfers/incoming',
  outgoing: '/api/housing/transfers/outgoing',
  release: (id: string) => `/api/housing/transfers/${encodeURIComponent(id)}/release`,
  decline: (id: string) => `/api/housing/transfers/${encodeURIComponent(id)}/decline`,
};

export const requestPersonTransfer = (body: RequestPersonTransfer) =>
  apiFetch<OutgoingPersonTransfer>(transferPaths.transfers, { method: 'POST', body });

export const fetchIncomingTransfers = (status: PersonTransferStatus | undefined, signal?: AbortSignal) =>
  apiFetch<IncomingPersonTransferList>(transferPaths.incoming, { query: { status }, signal });

export const fetchOutgoingTransfers = (signal?: AbortSignal) => apiFetch<OutgoingPersonTransferList>(transferPaths.outgoing, { signal });

export const releasePersonTransfer = (transferId: string) =>
  apiFetch<IncomingPersonTransfer>(transferPaths.release(transferId), { method: 'POST', body: {} });

export const declinePersonTransfer = ({ transferId, reason }: DeclinePersonTransfer) =>
  apiFetch<IncomingPersonTransfer>(transferPaths.decline(transferId), { method: 'POST', body: { reason } });
