import { Module } from '@nestjs/common';
import { VolunteeringEndpointRoutes } from './volunteering-endpoints';

/** The volunteering department's routes (ServiceClient comes from the global ServicesModule). */
@Module({ controllers: [VolunteeringEndpointRoutes] })
export class VolunteeringModule {}
