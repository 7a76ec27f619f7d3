import { listDwellingTenancies } from '@ankomst/contracts';
import { endpointRoutes } from '../kit/endpoint-routes';

/** The housing routes built from their declarations (the hand-written controllers move here next). */
export const HousingEndpointRoutes = endpointRoutes('Housing', [listDwellingTenancies]);
