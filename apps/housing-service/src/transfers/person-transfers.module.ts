import { Module } from '@nestjs/common';
import { HouseholdsModule } from '../households/households.module';
import { PersonTransfersController } from './person-transfers.controller';
import { PersonTransfersService } from './person-transfers.service';

@Module({
  imports: [HouseholdsModule],
  controllers: [PersonTransfersController],
  providers: [PersonTransfersService],
})
export class PersonTransfersModule {}
