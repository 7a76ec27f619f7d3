import { Module } from '@nestjs/common';
import { HealthAssessmentsController } from './health-assessments.controller';
import { HealthAssessmentsService } from './health-assessments.service';

@Module({ controllers: [HealthAssessmentsController], providers: [HealthAssessmentsService] })
export class HealthAssessmentsModule {}
