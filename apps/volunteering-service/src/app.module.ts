import { services } from '@ankomst/contracts';
import { volunteeringEvents } from '@ankomst/contracts/volunteering';
import { DatabaseModule } from '@ankomst/platform-database';
import { EventsModule } from '@ankomst/platform-messaging';
import { LoggingModule, PingModule } from '@ankomst/platform-observability';
import { type DynamicModule, Module } from '@nestjs/common';
import type { VolunteeringConfig } from './config';
import { serviceDatabase } from './database';
import { GuideRequestsModule } from './guide-requests/guide-requests.module';
import { GuidesModule } from './guides/guides.module';
import { KpisModule } from './kpis/kpis.module';
import { MatchesModule } from './matches/matches.module';
import { OutboxModule } from './outbox/outbox.module';
import { VolunteeringOptionsModule } from './public/flood';

@Module({})
export class AppModule {
  static register(config: VolunteeringConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forService(services.volunteering.app, config.LOG_LEVEL),
        DatabaseModule.forService({ useFactory: () => serviceDatabase(config) }),
        // The outbox relay publishes the service's events to its own stream, ANKOMST_VOLUNTEERING.
        EventsModule.forRoot({ service: services.volunteering.key, produces: volunteeringEvents, natsUrl: config.NATS_URL }),
        PingModule.forService(services.volunteering),
        VolunteeringOptionsModule.forRoot({
          minFillSeconds: config.SIGN_UP_MIN_FILL_SECONDS,
          waitAttentionWeeks: config.WAIT_ATTENTION_WEEKS,
        }),
        GuideRequestsModule,
        GuidesModule,
        MatchesModule,
        OutboxModule,
        KpisModule,
      ],
    };
  }
}
