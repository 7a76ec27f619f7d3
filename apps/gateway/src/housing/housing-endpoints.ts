import { housingApi } from '@ankomst/contracts';
import { endpointRoutes } from '../kit/endpoint-routes';

/** The housing routes built from their declarations (households and self-settlement move here next). */
export const HousingEndpointRoutes = endpointRoutes('Housing', Object.values(housingApi));
