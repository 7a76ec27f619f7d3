import { Module } from '@nestjs/common';
import { ArrivalChecklistModule } from '../arrival-checklist/arrival-checklist.module';
import { ChildrenController } from './children.controller';
import { ChildrenService } from './children.service';

@Module({ imports: [ArrivalChecklistModule], controllers: [ChildrenController], providers: [ChildrenService] })
export class ChildrenModule {}
