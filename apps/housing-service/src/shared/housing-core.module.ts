import { type DynamicModule, Global, Module } from '@nestjs/common';
import { HOUSING_CONFIG, type HousingConfig } from '../config';
import { developmentKeys, NationalIdVault } from '../national-id/national-id-vault';

/**
 * Config and the national id vault for every feature module. The development keys are
 * only reachable outside production: config refuses to start production without real keys.
 */
@Global()
@Module({})
export class HousingCoreModule {
  static register(config: HousingConfig): DynamicModule {
    const vault = new NationalIdVault({
      encryption: config.NATIONAL_ID_KEY ?? developmentKeys.encryption,
      hashing: config.NATIONAL_ID_HASH_KEY ?? developmentKeys.hashing,
    });
    return {
      module: HousingCoreModule,
      providers: [
        { provide: HOUSING_CONFIG, useValue: config },
        { provide: NationalIdVault, useValue: vault },
      ],
      exports: [HOUSING_CONFIG, NationalIdVault],
    };
  }
}
