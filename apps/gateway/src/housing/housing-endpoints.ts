import { endpointsIn } from '@ankomst/contracts';
import * as housing from '@ankomst/contracts/housing';
import { endpointRoutes } from '../kit/endpoint-routes';

/** Every housing route, built from its declaration: settlement, households and persons, dwellings, self-settlement, transfers. */
export const HousingEndpointRoutes = endpointRoutes('Housing', endpointsIn(housing));
