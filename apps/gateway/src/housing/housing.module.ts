import { Module } from '@nestjs/common';
import { HouseholdsController } from './households.controller';
import { HousingClient } from './housing-client';
import { HousingEndpointRoutes } from './housing-endpoints';
import { PersonTransfersController } from './person-transfers.controller';
import { SelfSettlementController } from './self-settlement.controller';

/** `/api/housing/...`: the housing service's routes (ServiceClient comes from the global ServicesModule). */
@Module({
  controllers: [HousingEndpointRoutes, HouseholdsController, SelfSettlementController, PersonTransfersController],
  providers: [HousingClient],
})
export class HousingModule {}
