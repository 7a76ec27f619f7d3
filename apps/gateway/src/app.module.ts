import { DatabaseModule } from '@ankomst/platform-database';
import { LoggingModule } from '@ankomst/platform-observability';
import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CasesModule } from './cases/cases.module';
import type { GatewayConfig } from './config';
import { GatewayConfigModule } from './config.module';
import { serviceDatabase } from './database';
import { HealthModule } from './health/health.module';
import { HousingModule } from './housing/housing.module';
import { IntroductionModule } from './introduction/introduction.module';
import { RefugeeHealthModule } from './refugee-health/refugee-health.module';
import { VolunteeringModule } from './volunteering/volunteering.module';
import { MetricsModule } from './metrics/metrics.module';
import { OpenApiModule } from './openapi/openapi.module';
import { ServicesModule } from './services/services.module';

@Module({})
export class AppModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        GatewayConfigModule.register(config),
        LoggingModule.forService('gateway', config.LOG_LEVEL, { httpOnly: true }),
        DatabaseModule.forService({ useFactory: () => serviceDatabase(config) }),
        ServicesModule,
        HealthModule,
        MetricsModule,
        OpenApiModule,
        AuditModule,
        AuthModule,
        CasesModule,
        HousingModule,
        IntroductionModule,
        RefugeeHealthModule,
        VolunteeringModule,
      ],
    };
  }
}
