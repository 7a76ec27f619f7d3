import { Module } from '@nestjs/common';
import { CasesController } from './cases.controller';
import { CasesClient } from './cases-client';
import { ConsentsController } from './consents.controller';
import { ReferralsController } from './referrals.controller';

/** `/api/cases/...`: the case-overview service's routes (ServiceClient comes from the global ServicesModule). */
@Module({
  // Fastify prefers static segments, so `cases/referrals` and `cases/attention` never reach `cases/:householdId`.
  controllers: [ReferralsController, ConsentsController, CasesController],
  providers: [CasesClient],
})
export class CasesModule {}
