import { Module } from '@nestjs/common';
import { DwellingsController } from './dwellings.controller';
import { DwellingsService } from './dwellings.service';
import { VacancyService } from './vacancy.service';

@Module({ controllers: [DwellingsController], providers: [DwellingsService, VacancyService] })
export class DwellingsModule {}
