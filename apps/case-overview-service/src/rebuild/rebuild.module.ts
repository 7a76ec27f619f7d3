import { Module } from '@nestjs/common';
import { ReadModelModule } from '../read-model/read-model.module';
import { RebuildController } from './rebuild.controller';
import { RebuildService } from './rebuild.service';

@Module({ imports: [ReadModelModule], controllers: [RebuildController], providers: [RebuildService], exports: [RebuildService] })
export class RebuildModule {}
