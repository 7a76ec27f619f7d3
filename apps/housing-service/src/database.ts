import type { ServiceDatabase } from '@ankomst/platform-database';
import { messagingMigrations } from '@ankomst/platform-messaging';
import { type HousingConfig, loadHousingConfig } from './config';
import { DwellingEntity, TenancyEntity } from './dwellings/dwelling.entity';
import { HouseholdEntity, PersonEntity } from './households/household.entity';
import { CreateHousingTables1795900000000 } from './migrations/1795900000000-create-housing-tables';
import { HouseholdNameSearch1795910000000 } from './migrations/1795910000000-household-name-search';
import { PersonTransfers1795920000000 } from './migrations/1795920000000-person-transfers';
import { HouseholdMemberLeft1795930000000 } from './migrations/1795930000000-household-member-left';
import { SettlementRequestCorrection1795935000000 } from './migrations/1795935000000-settlement-request-correction';
import { SelfSettlementCaseEntity } from './self-settlement/self-settlement-case.entity';
import { SettlementDecisionEntity, SettlementRequestEntity } from './settlement/settlement.entity';
import { PersonTransferEntity } from './transfers/person-transfer.entity';

export const housingEntities = [
  SettlementRequestEntity,
  SettlementDecisionEntity,
  HouseholdEntity,
  PersonEntity,
  DwellingEntity,
  TenancyEntity,
  SelfSettlementCaseEntity,
  PersonTransferEntity,
];

export const housingMigrations = [
  ...messagingMigrations,
  CreateHousingTables1795900000000,
  HouseholdNameSearch1795910000000,
  PersonTransfers1795920000000,
  HouseholdMemberLeft1795930000000,
  SettlementRequestCorrection1795935000000,
];

/** Entities and migrations of the housing database (also read by `nx run housing-service:migrate`). */
export function serviceDatabase(config: HousingConfig = loadHousingConfig()): ServiceDatabase {
  return {
    serverUrl: config.DATABASE_URL,
    database: config.DATABASE_NAME,
    entities: housingEntities,
    migrations: housingMigrations,
  };
}
