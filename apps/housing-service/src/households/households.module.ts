import { Module } from '@nestjs/common';
import { DwellingsModule } from '../dwellings/dwellings.module';
import { AccessReportPersonsController } from './access-report-persons.controller';
import { ConfirmPersonController } from './confirm-person.controller';
import { HouseholdImportService } from './household-import.service';
import { HouseholdWriter } from './household-writer';
import { HouseholdsController } from './households.controller';
import { HouseholdsService } from './households.service';
import { SettleHouseholdService } from './settle-household.service';
import { TimeToSettlementService } from './time-to-settlement.service';

@Module({
  imports: [DwellingsModule],
  controllers: [HouseholdsController, ConfirmPersonController, AccessReportPersonsController],
  providers: [HouseholdsService, SettleHouseholdService, HouseholdWriter, HouseholdImportService, TimeToSettlementService],
  // Transfers register the released person in the receiving municipality through the same writer.
  exports: [HouseholdWriter],
})
export class HouseholdsModule {}
