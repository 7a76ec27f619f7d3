import { introductionEndpoints } from '@ankomst/contracts/introduction';
import { endpointRoutes } from '../kit/endpoint-routes';

/** `/api/introduction/...`: the introduction service's routes, built from their declarations. */
export const IntroductionEndpointRoutes = endpointRoutes('Introduction', introductionEndpoints);
