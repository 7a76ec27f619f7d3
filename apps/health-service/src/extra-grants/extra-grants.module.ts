import { Module } from '@nestjs/common';
import { ExtraGrantsController } from './extra-grants.controller';
import { ExtraGrantsService } from './extra-grants.service';

@Module({ controllers: [ExtraGrantsController], providers: [ExtraGrantsService] })
export class ExtraGrantsModule {}
