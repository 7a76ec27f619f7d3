import {
  type CorrectSettlementRequest,
  housingApi,
  type RecordSettlementDecision,
  type RecordSettlementRequest,
  type SettleHousehold,
  type SettlePerson,
} from '@ankomst/contracts/housing';
import { callEndpoint } from '../../../api/endpoint-client';

export const fetchSettlementFigures = (year: number, signal?: AbortSignal) => callEndpoint(housingApi.settlementFigures, { year }, signal);

export const recordSettlementRequest = (input: RecordSettlementRequest) => callEndpoint(housingApi.recordSettlementRequest, input);

/** Request `id` in the path; the figures replace the recorded ones. */
export const correctSettlementRequest = (input: CorrectSettlementRequest) => callEndpoint(housingApi.correctSettlementRequest, input);

export const recordSettlementDecision = (input: RecordSettlementDecision) => callEndpoint(housingApi.recordSettlementDecision, input);

/** Household `id` in the path; with `dwellingId` it moves in the same day. */
export const settleHousehold = (input: SettleHousehold) => callEndpoint(housingApi.settleHousehold, input);

export const settlePerson = (input: SettlePerson) => callEndpoint(housingApi.settlePerson, input);
