import { housingApi } from '@ankomst/contracts/housing';
import { callEndpoint } from '../../../api/endpoint-client';

export const fetchSettlementPlanning = (year: number, signal?: AbortSignal) =>
  callEndpoint(housingApi.settlementPlanning, { year }, signal);

export const fetchCountyStatistics = (year: number, signal?: AbortSignal) => callEndpoint(housingApi.countyStatistics, { year }, signal);
