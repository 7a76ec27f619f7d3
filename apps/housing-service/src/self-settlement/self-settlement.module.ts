import { Module } from '@nestjs/common';
import { SelfSettlementController } from './self-settlement.controller';
import { SelfSettlementService } from './self-settlement.service';

@Module({ controllers: [SelfSettlementController], providers: [SelfSettlementService] })
export class SelfSettlementModule {}
