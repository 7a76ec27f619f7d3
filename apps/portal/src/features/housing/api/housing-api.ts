import {
  type AllocateDwelling,
  type ArrivalOrigin,
  type DecideSelfSettlement,
  type HouseholdView,
  type HouseholdPage,
  type HouseholdStatus,
  housingApi,
  type OpenSelfSettlement,
  type RegisterHousehold,
  type SelfSettlementCase,
  type UpdateSelfSettlementChecklist,
} from '@ankomst/contracts';
import { callEndpoint } from '../../../api/endpoint-client';
import { apiFetch } from '../../../api/http';

/**
 * The housing routes not yet declared with the kit (households, self-settlement); the others
 * come from their declarations in `housingApi` through `callEndpoint`.
 */
export const housingPaths = {
  households: '/api/housing/households',
  household: (id: string) => `/api/housing/households/${encodeURIComponent(id)}`,
  selfSettlements: '/api/housing/self-settlements',
  selfSettlement: (id: string) => `/api/housing/self-settlements/${encodeURIComponent(id)}`,
  selfSettlementChecklist: (id: string) => `/api/housing/self-settlements/${encodeURIComponent(id)}/checklist`,
  selfSettlementDecision: (id: string) => `/api/housing/self-settlements/${encodeURIComponent(id)}/decision`,
};

export const fetchSettlementProgress = (year: number, signal?: AbortSignal) =>
  callEndpoint(housingApi.settlementProgress, { year }, signal);

export const fetchTimeToSettlement = (year: number, signal?: AbortSignal) => callEndpoint(housingApi.timeToSettlement, { year }, signal);

/** The household list's query (contract `listHouseholds`); filters left out are not applied. */
export type HouseholdQuery = {
  search?: string;
  origin?: ArrivalOrigin;
  status?: HouseholdStatus;
  minorsOnly?: boolean;
  limit: number;
  offset: number;
};

export const fetchHouseholds = (query: HouseholdQuery, signal?: AbortSignal) =>
  apiFetch<HouseholdPage>(housingPaths.households, { query, signal });

export const fetchHousehold = (id: string, signal?: AbortSignal) => apiFetch<HouseholdView>(housingPaths.household(id), { signal });

export const registerHousehold = (body: RegisterHousehold) => apiFetch<HouseholdView>(housingPaths.households, { method: 'POST', body });

export const fetchDwellings = (query: { vacantOnly?: boolean; limit?: number }, signal?: AbortSignal) =>
  callEndpoint(housingApi.listDwellings, query, signal);

export const fetchVacancy = (year: number, signal?: AbortSignal) => callEndpoint(housingApi.vacancy, { year }, signal);

export const allocateDwelling = (body: AllocateDwelling) => callEndpoint(housingApi.allocateDwelling, body);

export const fetchSelfSettlement = (caseId: string, signal?: AbortSignal) =>
  apiFetch<SelfSettlementCase>(housingPaths.selfSettlement(caseId), { signal });

export const openSelfSettlement = (body: OpenSelfSettlement) =>
  apiFetch<SelfSettlementCase>(housingPaths.selfSettlements, { method: 'POST', body });

export const updateSelfSettlementChecklist = ({ caseId, ...checks }: UpdateSelfSettlementChecklist) =>
  apiFetch<SelfSettlementCase>(housingPaths.selfSettlementChecklist(caseId), { method: 'PATCH', body: checks });

export const decideSelfSettlement = ({ caseId, ...decision }: DecideSelfSettlement) =>
  apiFetch<SelfSettlementCase>(housingPaths.selfSettlementDecision(caseId), { method: 'POST', body: decision });
