import { Module } from '@nestjs/common';
import { HouseholdsController } from './households.controller';
import { HouseholdsService } from './households.service';
import { TimeToSettlementService } from './time-to-settlement.service';

@Module({ controllers: [HouseholdsController], providers: [HouseholdsService, TimeToSettlementService] })
export class HouseholdsModule {}
