import { Module } from '@nestjs/common';
import { ProgrammeCandidatesController } from './programme-candidates.controller';
import { ProgrammeCandidatesService } from './programme-candidates.service';

@Module({ controllers: [ProgrammeCandidatesController], providers: [ProgrammeCandidatesService] })
export class ProgrammeCandidatesModule {}
