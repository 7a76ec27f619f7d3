import { endpointsIn } from '@ankomst/contracts';
import * as caseOverview from '@ankomst/contracts/case-overview';
import { endpointRoutes } from '../kit/endpoint-routes';

/**
 * Every `/cases` route, built from its declaration: the combined case view, consents and
 * referrals. Fastify prefers static segments, so `cases/referrals` and `cases/attention`
 * never reach `cases/:householdId`.
 */
export const CasesEndpointRoutes = endpointRoutes('Cases', endpointsIn(caseOverview));
