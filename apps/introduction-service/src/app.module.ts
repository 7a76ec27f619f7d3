import { services } from '@ankomst/contracts';
import { introductionEvents } from '@ankomst/contracts/introduction/events';
import { DatabaseModule } from '@ankomst/platform-database';
import { EventsModule } from '@ankomst/platform-messaging';
import { LoggingModule, PingModule } from '@ankomst/platform-observability';
import { type DynamicModule, Module } from '@nestjs/common';
import type { IntroductionConfig } from './config';
import { serviceDatabase } from './database';
import { AttendanceModule } from './attendance/attendance.module';
import { ParticipantsModule } from './participants/participants.module';
import { PlansModule } from './plans/plans.module';
import { ReportsModule } from './reports/reports.module';

@Module({})
export class AppModule {
  static register(config: IntroductionConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forService(services.introduction.app, config.LOG_LEVEL),
        DatabaseModule.forService({ useFactory: () => serviceDatabase(config) }),
        // The outbox relay publishes the service's events to its own stream, ANKOMST_INTRODUCTION.
        EventsModule.forRoot({ service: services.introduction.key, produces: introductionEvents, natsUrl: config.NATS_URL }),
        PingModule.forService(services.introduction),
        ParticipantsModule,
        PlansModule,
        AttendanceModule,
        ReportsModule,
      ],
    };
  }
}
