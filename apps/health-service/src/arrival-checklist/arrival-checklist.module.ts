import { Module } from '@nestjs/common';
import { FollowUpStatus } from '../shared/follow-up';
import { ArrivalChecklistController } from './arrival-checklist.controller';
import { ArrivalChecklistService } from './arrival-checklist.service';

@Module({ controllers: [ArrivalChecklistController], providers: [ArrivalChecklistService, FollowUpStatus], exports: [FollowUpStatus] })
export class ArrivalChecklistModule {}
