import { services } from '@ankomst/contracts';
import { caseOverviewEvents } from '@ankomst/contracts/case-overview';
import { DatabaseModule } from '@ankomst/platform-database';
import { EventsModule } from '@ankomst/platform-messaging';
import { LoggingModule, PingModule } from '@ankomst/platform-observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { CasesModule } from './cases/cases.module';
import type { CaseOverviewConfig } from './config';
import type { Projector } from './read-model/projector';
import { ConsentModule } from './consent/consent.module';
import { serviceDatabase } from './database';
import { ReadModelModule } from './read-model/read-model.module';
import { RebuildModule } from './rebuild/rebuild.module';
import { ReferralModule } from './referrals/referral.module';

@Module({})
export class AppModule {
  /** `projectors` defaults to every department's (src/projectors); tests may add one. */
  static register(config: CaseOverviewConfig, projectors?: readonly Projector[]): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forService(services.caseOverview.app, config.LOG_LEVEL),
        DatabaseModule.forService({ useFactory: () => serviceDatabase(config) }),
        EventsModule.forRoot({ service: services.caseOverview.key, produces: caseOverviewEvents, natsUrl: config.NATS_URL }),
        PingModule.forService(services.caseOverview),
        ReadModelModule.forRoot(projectors),
        CasesModule,
        ConsentModule,
        ReferralModule,
        RebuildModule,
      ],
    };
  }
}
