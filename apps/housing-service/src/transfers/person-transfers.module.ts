import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module';
import { PersonTransferListsService } from './person-transfer-lists.service';
import { PersonTransfersController } from './person-transfers.controller';
import { PersonTransfersService } from './person-transfers.service';

@Module({
  imports: [HouseholdsModule],
  controllers: [PersonTransfersController],
  providers: [PersonTransfersService, PersonTransferListsService],
})
export class PersonTransfersModule {}
