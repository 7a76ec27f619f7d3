import { endpointsIn } from '@ankomst/contracts';
import * as introduction from '@ankomst/contracts/introduction';
import { endpointRoutes } from '../kit/endpoint-routes';

/** `/api/introduction/...`: every endpoint the introduction contracts declare, routed from its declaration. */
export const IntroductionEndpointRoutes = endpointRoutes('Introduction', endpointsIn(introduction));
