import { Module } from '@nestjs/common';
import { DwellingsController } from './dwellings.controller';
import { DwellingsService } from './dwellings.service';
import { VacancyService } from './vacancy.service';

// Exported for settling a household that moves in the same day (one transaction with the allocation).
@Module({ controllers: [DwellingsController], providers: [DwellingsService, VacancyService], exports: [DwellingsService] })
export class DwellingsModule {}
