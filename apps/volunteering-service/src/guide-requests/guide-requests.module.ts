import { Module } from '@nestjs/common';
import { GuideRequestsController } from './guide-requests.controller';
import { GuideRequestsService } from './guide-requests.service';

@Module({ controllers: [GuideRequestsController], providers: [GuideRequestsService] })
export class GuideRequestsModule {}
