import { volunteeringEndpoints } from '@ankomst/contracts/volunteering';
import { endpointRoutes } from '../kit/endpoint-routes';

/** `/api/volunteering/...`: the volunteering service's routes, built from their declarations. */
export const VolunteeringEndpointRoutes = endpointRoutes('Volunteering', volunteeringEndpoints);
