import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({ imports: [ReadModelModule, ConsentModule], controllers: [CasesController], providers: [CasesService] })
export class CasesModule {}
