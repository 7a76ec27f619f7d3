import { services } from '@ankomst/contracts';
import { housingEvents } from '@ankomst/contracts/housing';
import { DatabaseModule } from '@ankomst/platform-database';
import { EventsModule } from '@ankomst/platform-messaging';
import { LoggingModule, PingModule } from '@ankomst/platform-observability';
import { type DynamicModule, Module } from '@nestjs/common';
import type { HousingConfig } from './config';
import { serviceDatabase } from './database';
import { DwellingsModule } from './dwellings/dwellings.module';
import { HouseholdsModule } from './households/households.module';
import { SelfSettlementModule } from './self-settlement/self-settlement.module';
import { SettlementModule } from './settlement/settlement.module';
import { HousingCoreModule } from './shared/housing-core.module';
import { PersonTransfersModule } from './transfers/person-transfers.module';

@Module({})
export class AppModule {
  static register(config: HousingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggingModule.forService(services.housing.app, config.LOG_LEVEL),
        DatabaseModule.forService({ useFactory: () => serviceDatabase(config) }),
        EventsModule.forRoot({
          service: services.housing.key,
          produces: housingEvents,
          natsUrl: config.NATS_URL,
          // Most housing aggregates (persons, households) carry one or two events, and a bulk
          // import leaves tens of thousands: claim many aggregates per round (one transaction,
          // publishes pipelined) so the round's fixed cost is paid once per ~1000 events.
          relay: { aggregatesPerRound: 512, concurrency: 512 },
        }),
        HousingCoreModule.register(config),
        PingModule.forService(services.housing),
        SettlementModule,
        HouseholdsModule,
        DwellingsModule,
        SelfSettlementModule,
        PersonTransfersModule,
      ],
    };
  }
}
