import { services } from '@ankomst/contracts';
import { healthEvents } from '@ankomst/contracts/health';
import { DatabaseModule } from '@ankomst/platform-database';
import { EventsModule } from '@ankomst/platform-messaging';
import { LoggingModule, PingModule } from '@ankomst/platform-observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { ArrivalChecklistModule } from './arrival-checklist/arrival-checklist.module';
import { ChildrenModule } from './children/children.module';
import { CoordinationModule } from './coordination/coordination.module';
import { ExtraGrantsModule } from './extra-grants/extra-grants.module';
import type { HealthConfig } from './config';
import { serviceDatabase } from './database';

@Module({})
export class AppModule {
  static register(config: HealthConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forService(services.health.app, config.LOG_LEVEL),
        DatabaseModule.forService({ useFactory: () => serviceDatabase(config) }),
        // The outbox relay publishes the service's events to its own stream, ANKOMST_HEALTH.
        EventsModule.forRoot({ service: services.health.key, produces: healthEvents, natsUrl: config.NATS_URL }),
        PingModule.forService(services.health),
        ArrivalChecklistModule,
        ChildrenModule,
        CoordinationModule,
        ExtraGrantsModule,
      ],
    };
  }
}
