import { Module } from '@nestjs/common';
import { HousingEndpointRoutes } from './housing-endpoints';

/** `/api/housing/...`: the housing service's routes (ServiceClient comes from the global ServicesModule). */
@Module({ controllers: [HousingEndpointRoutes] })
export class HousingModule {}
