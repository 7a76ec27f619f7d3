import {
  type AllocateDwelling,
  type ArrivalOrigin,
  type DecideSelfSettlement,
  type HouseholdSituation,
  housingApi,
  type OpenSelfSettlement,
  type RegisterHousehold,
  type UpdateSelfSettlementChecklist,
} from '@ankomst/contracts/housing';
import { callEndpoint } from '../../../api/endpoint-client';

export const fetchSettlementProgress = (year: number, signal?: AbortSignal) =>
  callEndpoint(housingApi.settlementProgress, { year }, signal);

export const fetchTimeToSettlement = (year: number, signal?: AbortSignal) => callEndpoint(housingApi.timeToSettlement, { year }, signal);

/** The household list's query (contract `listHouseholds`); filters left out are not applied. */
export type HouseholdQuery = {
  search?: string;
  origin?: ArrivalOrigin;
  status?: HouseholdSituation;
  minorsOnly?: boolean;
  limit: number;
  offset: number;
};

export const fetchHouseholds = (query: HouseholdQuery, signal?: AbortSignal, forExport = false) =>
  callEndpoint(housingApi.listHouseholds, query, signal, { forExport });

export const fetchHousehold = (id: string, signal?: AbortSignal) => callEndpoint(housingApi.getHousehold, { id }, signal);

export const registerHousehold = (body: RegisterHousehold) => callEndpoint(housingApi.registerHousehold, body);

export const fetchDwellings = (query: { vacantOnly?: boolean; limit?: number; offset?: number }, signal?: AbortSignal, forExport = false) =>
  callEndpoint(housingApi.listDwellings, query, signal, { forExport });

export const fetchVacancy = (year: number, signal?: AbortSignal) => callEndpoint(housingApi.vacancy, { year }, signal);

export const allocateDwelling = (body: AllocateDwelling) => callEndpoint(housingApi.allocateDwelling, body);

export const fetchSelfSettlement = (caseId: string, signal?: AbortSignal) =>
  callEndpoint(housingApi.getSelfSettlement, { id: caseId }, signal);

export const openSelfSettlement = (body: OpenSelfSettlement) => callEndpoint(housingApi.openSelfSettlement, body);

/** The changed checks of case `id` (the path); the answer is the whole case, re-evaluated. */
export const updateSelfSettlementChecklist = (input: UpdateSelfSettlementChecklist) =>
  callEndpoint(housingApi.updateSelfSettlementChecklist, input);

/** Approve, or reject with a reason (the contract's discriminated union), case `id` in the path. */
export const decideSelfSettlement = (input: DecideSelfSettlement) => callEndpoint(housingApi.decideSelfSettlement, input);
