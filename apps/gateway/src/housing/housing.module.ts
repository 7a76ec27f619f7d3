import { Module } from '@nestjs/common';
import { DwellingsController } from './dwellings.controller';
import { HouseholdsController } from './households.controller';
import { HousingClient } from './housing-client';
import { HousingStatisticsController } from './housing-statistics.controller';
import { PersonTransfersController } from './person-transfers.controller';
import { SelfSettlementController } from './self-settlement.controller';
import { SettlementController } from './settlement.controller';

/** `/api/housing/...`: the housing service's routes (ServiceClient comes from the global ServicesModule). */
@Module({
  controllers: [
    SettlementController,
    HousingStatisticsController,
    HouseholdsController,
    DwellingsController,
    SelfSettlementController,
    PersonTransfersController,
  ],
  providers: [HousingClient],
})
export class HousingModule {}
