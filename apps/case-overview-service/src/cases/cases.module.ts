import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({ imports: [ConsentModule], controllers: [CasesController], providers: [CasesService] })
export class CasesModule {}
