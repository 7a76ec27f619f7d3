import { services } from '@ankomst/contracts';
import { volunteeringEvents } from '@ankomst/contracts/volunteering';
import { DatabaseModule } from '@ankomst/platform-database';
import { EventsModule } from '@ankomst/platform-messaging';
import { LoggingModule, PingModule } from '@ankomst/platform-observability';
import { type DynamicModule, Module } from '@nestjs/common';
import type { VolunteeringConfig } from './config';
import { serviceDatabase } from './database';
import { GuideRequestsModule } from './guide-requests/guide-requests.module';

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
        GuideRequestsModule,
      ],
    };
  }
}
