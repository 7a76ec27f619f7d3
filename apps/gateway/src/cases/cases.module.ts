import { Module } from '@nestjs/common';
import { CasesEndpointRoutes } from './cases-endpoints';

/** `/api/cases/...`: the case-overview service's routes (ServiceClient comes from the global ServicesModule). */
@Module({ controllers: [CasesEndpointRoutes] })
export class CasesModule {}
