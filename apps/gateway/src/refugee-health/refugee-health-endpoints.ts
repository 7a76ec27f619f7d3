import { endpointsIn } from '@ankomst/contracts';
import * as health from '@ankomst/contracts/health';
import { endpointRoutes } from '../kit/endpoint-routes';

/** `/api/refugee-health/...`: every endpoint the health contracts declare, routed from its declaration. */
export const RefugeeHealthEndpointRoutes = endpointRoutes('RefugeeHealth', endpointsIn(health));
