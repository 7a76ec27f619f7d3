import type {
  AllocateDwelling,
  ArrivalOrigin,
  DecideSelfSettlement,
  DwellingView,
  HouseholdView,
  HouseholdPage,
  HouseholdStatus,
  OpenSelfSettlement,
  RegisterHousehold,
  SelfSettlementCase,
  SettlementProgress,
  TenancyView,
  TimeToSettlement,
  UpdateSelfSettlementChecklist,
  VacancyReport,
} from '@ankomst/contracts';
import { apiFetch } from '../../../api/http';

/** The gateway's housing routes, in one table so a renamed route is a one-line change. */
export const housingPaths = {
  progress: '/api/housing/statistics/progress',
  timeToSettlement: '/api/housing/statistics/time-to-settlement',
  vacancy: '/api/housing/statistics/vacancy',
  households: '/api/housing/households',
  household: (id: string) => `/api/housing/households/${encodeURIComponent(id)}`,
  dwellings: '/api/housing/dwellings',
  tenancies: '/api/housing/tenancies',
  selfSettlements: '/api/housing/self-settlements',
  selfSettlement: (id: string) => `/api/housing/self-settlements/${encodeURIComponent(id)}`,
  selfSettlementChecklist: (id: string) => `/api/housing/self-settlements/${encodeURIComponent(id)}/checklist`,
  selfSettlementDecision: (id: string) => `/api/housing/self-settlements/${encodeURIComponent(id)}/decision`,
};

export interface DwellingPage {
  total: number;
  items: DwellingView[];
}

export const fetchSettlementProgress = (year: number, signal?: AbortSignal) =>
  apiFetch<SettlementProgress>(housingPaths.progress, { query: { year }, signal });

export const fetchTimeToSettlement = (year: number, signal?: AbortSignal) =>
  apiFetch<TimeToSettlement>(housingPaths.timeToSettlement, { query: { year }, signal });

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
  apiFetch<DwellingPage>(housingPaths.dwellings, { query, signal });

export const fetchVacancy = (year: number, signal?: AbortSignal) =>
  apiFetch<VacancyReport>(housingPaths.vacancy, { query: { year }, signal });

export const allocateDwelling = (body: AllocateDwelling) => apiFetch<TenancyView>(housingPaths.tenancies, { method: 'POST', body });

export const fetchSelfSettlement = (caseId: string, signal?: AbortSignal) =>
  apiFetch<SelfSettlementCase>(housingPaths.selfSettlement(caseId), { signal });

export const openSelfSettlement = (body: OpenSelfSettlement) =>
  apiFetch<SelfSettlementCase>(housingPaths.selfSettlements, { method: 'POST', body });

export const updateSelfSettlementChecklist = ({ caseId, ...checks }: UpdateSelfSettlementChecklist) =>
  apiFetch<SelfSettlementCase>(housingPaths.selfSettlementChecklist(caseId), { method: 'PATCH', body: checks });

export const decideSelfSettlement = ({ caseId, ...decision }: DecideSelfSettlement) =>
  apiFetch<SelfSettlementCase>(housingPaths.selfSettlementDecision(caseId), { method: 'POST', body: decision });
