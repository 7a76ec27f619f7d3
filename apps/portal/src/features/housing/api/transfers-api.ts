import { type DeclinePersonTransfer, housingApi, type PersonTransferStatus, type RequestPersonTransfer } from '@ankomst/contracts/housing';
import { callEndpoint } from '../../../api/endpoint-client';

/** Transfers through their declarations in `housingApi`. The national id goes in a POST body, never into a path. */
export const requestPersonTransfer = (body: RequestPersonTransfer) => callEndpoint(housingApi.requestPersonTransfer, body);

export const fetchIncomingTransfers = (status: PersonTransferStatus | undefined, signal?: AbortSignal) =>
  callEndpoint(housingApi.listIncomingPersonTransfers, { status }, signal);

export const fetchOutgoingTransfers = (signal?: AbortSignal) => callEndpoint(housingApi.listOutgoingPersonTransfers, {}, signal);

export const releasePersonTransfer = (transferId: string) => callEndpoint(housingApi.releasePersonTransfer, { transferId });

export const declinePersonTransfer = (input: DeclinePersonTransfer) => callEndpoint(housingApi.declinePersonTransfer, input);
