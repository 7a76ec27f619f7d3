import { healthEndpoints } from '@ankomst/contracts/health';
import { endpointRoutes } from '../kit/endpoint-routes';

/** `/api/refugee-health/...`: the health service's routes, built from their declarations. */
export const RefugeeHealthEndpointRoutes = endpointRoutes('RefugeeHealth', healthEndpoints);
