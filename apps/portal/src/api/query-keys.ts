/**
 * Every TanStack Query key of the portal, in one place, so an invalidation after a mutation
 * names exactly what it refreshes (e.g. `queryKeys.housing.all` after allocating a dwelling).
 */
export type Filters = Record<string, string | number | boolean | undefined>;

export const queryKeys = {
  auth: {
    me: ['auth', 'me'] as const,
    oidcProviders: ['auth', 'oidc-providers'] as const,
  },
  housing: {
    all: ['housing'] as const,
    households: (filters: Filters) => ['housing', 'households', filters] as const,
    household: (id: string) => ['housing', 'household', id] as const,
    timeline: (id: string) => ['housing', 'household', id, 'timeline'] as const,
    selfSettlement: (id: string) => ['housing', 'household', id, 'self-settlement'] as const,
    dwellings: (filters: Filters) => ['housing', 'dwellings', filters] as const,
    dwellingTenancies: (dwellingId: string) => ['housing', 'dwellings', dwellingId, 'tenancies'] as const,
    dwelling: (dwellingId: string) => ['housing', 'dwelling', dwellingId] as const,
    householdHome: (householdId: string) => ['housing', 'household', householdId, 'home'] as const,
    countyStatistics: (year: number) => ['housing', 'county-statistics', year] as const,
    planning: (year: number) => ['housing', 'planning', year] as const,
    vacancy: (year: number) => ['housing', 'vacancy', year] as const,
    statistics: (year: number) => ['housing', 'statistics', year] as const,
    settlementFigures: (year: number) => ['housing', 'settlement-figures', year] as const,
    timeToSettlement: (year: number) => ['housing', 'statistics', year, 'time-to-settlement'] as const,
    transfers: (direction: 'incoming' | 'outgoing', status?: string) => ['housing', 'transfers', direction, status ?? 'all'] as const,
  },
  cases: {
    all: ['cases'] as const,
    search: (query: string) => ['cases', 'search', query] as const,
    overview: (personId: string) => ['cases', 'overview', personId] as const,
    attention: (withinDays: number) => ['cases', 'attention', withinDays] as const,
    referrals: (filters: Filters) => ['cases', 'referrals', filters] as const,
    consents: (personId: string) => ['cases', 'consents', personId] as const,
  },
  privacy: {
    audit: (filters: Filters) => ['privacy', 'audit', filters] as const,
    breakGlass: ['privacy', 'break-glass'] as const,
    ownBreakGlass: ['privacy', 'break-glass', 'mine'] as const,
    personUnderGrant: (personId: string) => ['privacy', 'break-glass', 'person', personId] as const,
    accessReport: (personId: string) => ['privacy', 'access-report', personId] as const,
    chain: ['privacy', 'chain'] as const,
  },
  users: {
    all: ['users'] as const,
    list: ['users', 'list'] as const,
  },
  introduction: {
    all: ['introduction'] as const,
    participants: (filters: Filters) => ['introduction', 'participants', filters] as const,
    participant: (id: string) => ['introduction', 'participant', id] as const,
    plans: (id: string) => ['introduction', 'plans', id] as const,
    stipend: (id: string, month: string) => ['introduction', 'stipend', id, month] as const,
    outcomes: (year: number) => ['introduction', 'outcomes', year] as const,
    nir: (year: number) => ['introduction', 'nir', year] as const,
  },
  health: {
    all: ['health'] as const,
    checklists: (filters: Filters) => ['health', 'arrival-checklists', filters] as const,
    checklist: (personId: string) => ['health', 'arrival-checklist', personId] as const,
    child: (personId: string) => ['health', 'child', personId] as const,
    coordinationCases: (filters: Filters) => ['health', 'coordination-cases', filters] as const,
    coordinationCase: (caseId: string) => ['health', 'coordination-case', caseId] as const,
    extraGrants: ['health', 'extra-grants'] as const,
  },
  volunteering: {
    all: ['volunteering'] as const,
    guideRequests: (filters: Filters) => ['volunteering', 'guide-requests', filters] as const,
    suggestions: (requestId: string) => ['volunteering', 'suggestions', requestId] as const,
    guides: () => ['volunteering', 'guides'] as const,
    guide: (guideId: string) => ['volunteering', 'guide', guideId] as const,
    matches: () => ['volunteering', 'matches'] as const,
    outbox: () => ['volunteering', 'outbox'] as const,
    kpis: () => ['volunteering', 'kpis'] as const,
    reminders: () => ['volunteering', 'reminders'] as const,
    mine: () => ['volunteering', 'mine'] as const,
  },
} as const;
