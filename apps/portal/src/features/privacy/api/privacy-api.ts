import type { AuditPage, AuditVerification, BreakGlassGrant, PersonAccessReport } from '@ankomst/contracts';
import { apiFetch } from '../../../api/http';

/** The gateway's audit and break-glass routes. */
export const privacyPaths = {
  audit: '/api/audit',
  verify: '/api/audit/verify',
  accessReport: (personId: string) => `/api/audit/persons/${encodeURIComponent(personId)}`,
  breakGlass: '/api/break-glass',
};

export interface AuditFilters {
  userId?: string;
  personId?: string;
  action?: string;
  breakGlass?: 'true' | 'false';
  from?: string;
  to?: string;
  /** Entries older than this sequence number (paging backwards). */
  before?: number;
}

export const searchAudit = (filters: AuditFilters, signal?: AbortSignal) =>
  apiFetch<AuditPage>(privacyPaths.audit, { query: { ...filters, limit: 100 }, signal });

export const verifyChain = (signal?: AbortSignal) => apiFetch<AuditVerification>(privacyPaths.verify, { signal });

export const fetchAccessReport = (personId: string, signal?: AbortSignal) =>
  apiFetch<PersonAccessReport>(privacyPaths.accessReport(personId), { signal });

export async function fetchBreakGlass(signal?: AbortSignal): Promise<BreakGlassGrant[]> {
  const body = await apiFetch<{ grants?: BreakGlassGrant[] } | BreakGlassGrant[]>(privacyPaths.breakGlass, { signal });
  return Array.isArray(body) ? body : (body.grants ?? []);
}
