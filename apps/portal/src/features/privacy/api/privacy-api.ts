import type {
  AccessReportByNationalId,
  AuditPage,
  AuditVerification,
  BreakGlassGrant,
  BreakGlassRequest,
  NationalIdAccessReport,
  OwnBreakGlass,
  PersonAccessReport,
} from '@ankomst/contracts';
import { exportHeader } from '@ankomst/contracts';
import type { PersonView } from '@ankomst/contracts/housing';
import { collectCursorPages } from '../../../api/collect-pages';
import { apiFetch } from '../../../api/http';

/** The gateway's audit and break-glass routes. */
export const privacyPaths = {
  audit: '/api/audit',
  verify: '/api/audit/verify',
  accessReport: (personId: string) => `/api/audit/persons/${encodeURIComponent(personId)}`,
  accessReportByNationalId: '/api/audit/persons/by-national-id',
  breakGlass: '/api/break-glass',
  ownBreakGlass: '/api/break-glass/mine',
  person: (personId: string) => `/api/housing/persons/${encodeURIComponent(personId)}`,
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

/** Every entry the filters find, newest first, 500 at a time backwards, read for a CSV export (audited as one). */
export const exportAudit = (filters: AuditFilters) =>
  collectCursorPages(async (cursor) => {
    const page = await apiFetch<AuditPage>(privacyPaths.audit, {
      query: { ...filters, limit: 500, before: cursor ?? filters.before },
      headers: { [exportHeader.name]: exportHeader.value },
    });
    const oldest = page.entries.at(-1)?.seq;
    return { items: page.entries, nextCursor: page.entries.length === 500 && oldest ? String(oldest) : null };
  });

export const verifyChain = (signal?: AbortSignal) => apiFetch<AuditVerification>(privacyPaths.verify, { signal });

export const fetchAccessReport = (personId: string, signal?: AbortSignal) =>
  apiFetch<PersonAccessReport>(privacyPaths.accessReport(personId), { signal });

/** The report found by fødselsnummer or D-nummer: the number goes in the body, never into the URL. */
export const fetchAccessReportByNationalId = (body: AccessReportByNationalId) =>
  apiFetch<NationalIdAccessReport>(privacyPaths.accessReportByNationalId, { method: 'POST', body });

export async function fetchBreakGlass(signal?: AbortSignal): Promise<BreakGlassGrant[]> {
  const body = await apiFetch<{ grants?: BreakGlassGrant[] } | BreakGlassGrant[]>(privacyPaths.breakGlass, { signal });
  return Array.isArray(body) ? body : (body.grants ?? []);
}

/** The caller's own running grants and how long a new one lasts (the banner and the request page). */
export const fetchOwnBreakGlass = (signal?: AbortSignal) => apiFetch<OwnBreakGlass>(privacyPaths.ownBreakGlass, { signal });

export const openBreakGlass = (body: BreakGlassRequest) => apiFetch<BreakGlassGrant>(privacyPaths.breakGlass, { method: 'POST', body });

/** The person's housing record, which a grant lets a role without housing:read see. */
export const fetchPersonUnderGrant = (personId: string, signal?: AbortSignal) =>
  apiFetch<PersonView>(privacyPaths.person(personId), { signal });
