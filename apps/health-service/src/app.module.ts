import { services } from '@ankomst/contracts';
import { DatabaseModule } from '@ankomst/platform-database';
import { LoggingModule, PingModule } from '@ankomst/platform-observability';
import { type DynamicModule, Module } from '@nestjs/common';
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
        PingModule.forService(services.health),
      ],
    };
  }
}
