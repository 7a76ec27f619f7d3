import { Module } from '@nestjs/common';
import { SettlementController } from './settlement.controller';
import { CountyStatisticsService } from './county-statistics.service';
import { PlanningService } from './planning.service';
import { SettlementService } from './settlement.service';

@Module({ controllers: [SettlementController], providers: [SettlementService, PlanningService, CountyStatisticsService] })
export class SettlementModule {}
