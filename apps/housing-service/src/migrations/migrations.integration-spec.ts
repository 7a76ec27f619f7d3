import { dataSourceOptions } from '@ankomst/platform-database';
import { createTestDatabase, type TestDatabase } from '@ankomst/testing';
import { DataSource } from 'typeorm';
import { loadHousingConfig } from '../config';
import { serviceDatabase } from '../database';

describe('housing migrations on real Postgres', () => {
  let db: TestDatabase;
  let sut: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('housing_migrations');
    const config = loadHousingConfig({ DATABASE_URL: db.serverUrl, DATABASE_NAME: db.name });
    sut = await new DataSource(dataSourceOptions(serviceDatabase(config))).initialize();
  });
  afterAll(async () => {
    await sut?.destroy();
    await db?.drop();
  });

  const tables = async () =>
    (
      await sut.query<{ name: string }[]>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
      )
    ).map((r) => r.name);

  const columns = async (table: string) =>
    (
      await sut.query<{ column_name: string }[]>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [table],
      )
    ).map((r) => r.column_name);

  const hasIndex = async (name: string) =>
    (await sut.query<unknown[]>(`SELECT 1 FROM pg_indexes WHERE schemaname = 'public' AND indexname = $1`, [name])).length === 1;

  it('goes up, all the way down, and up again', async () => {
    const applied = await sut.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual([
      'CreateMessagingTables1795464000000',
      'CreateHousingTables1795900000000',
      'HouseholdNameSearch1795910000000',
      'PersonTransfers1795920000000',
      'HouseholdMemberLeft1795930000000',
      'SettlementRequestCorrection1795935000000',
      'OutboxClaimAgeIndex1796190000000',
    ]);
    const afterUp = await tables();
    expect(afterUp).toEqual(expect.arrayContaining(['household', 'person', 'dwelling', 'tenancy', 'outbox', 'self_settlement_case']));
    expect(await hasIndex('person_name_search_idx')).toBe(true);
    expect(afterUp).toContain('person_transfer');
    expect(await columns('person')).toEqual(expect.arrayContaining(['left_on', 'left_reason']));

    expect(await columns('settlement_request')).toContain('corrected_at');
    expect(await hasIndex('outbox_claim_age_idx')).toBe(true);
    expect(await hasIndex('outbox_pending_age_idx')).toBe(false);

    await sut.undoLastMigration({ transaction: 'each' });
    expect(await hasIndex('outbox_claim_age_idx')).toBe(false);
    expect(await hasIndex('outbox_pending_age_idx')).toBe(true);
    await sut.undoLastMigration({ transaction: 'each' });
    expect(await columns('settlement_request')).not.toContain('corrected_at');
    await sut.undoLastMigration({ transaction: 'each' });
    expect(await columns('person')).not.toContain('left_on');
    await sut.undoLastMigration({ transaction: 'each' });
    expect(await tables()).not.toContain('person_transfer');
    await sut.undoLastMigration({ transaction: 'each' });
    expect(await hasIndex('person_name_search_idx')).toBe(false);
    await sut.undoLastMigration({ transaction: 'each' });
    await sut.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual([]);

    await sut.runMigrations({ transaction: 'each' });
    expect(await tables()).toEqual(afterUp);
  });
});
