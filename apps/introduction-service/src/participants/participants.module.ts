import { Module } from '@nestjs/common';
import { HousingEventsConsumer } from './housing-events.consumer';
import { ParticipantsController } from './participants.controller';
import { ParticipantsService } from './participants.service';

@Module({ controllers: [ParticipantsController], providers: [ParticipantsService, HousingEventsConsumer] })
export class ParticipantsModule {}
