import { Module } from '@nestjs/common';
import { RefugeeHealthEndpointRoutes } from './refugee-health-endpoints';

/** The health department's routes (ServiceClient comes from the global ServicesModule). */
@Module({ controllers: [RefugeeHealthEndpointRoutes] })
export class RefugeeHealthModule {}
