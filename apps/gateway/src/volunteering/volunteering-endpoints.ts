import { endpointsIn } from '@ankomst/contracts';
import * as volunteering from '@ankomst/contracts/volunteering';
import { endpointRoutes } from '../kit/endpoint-routes';

/** `/api/volunteering/...`: every endpoint the volunteering contracts declare, routed from its declaration. */
export const VolunteeringEndpointRoutes = endpointRoutes('Volunteering', endpointsIn(volunteering));
