import { housingRpc } from '@ankomst/contracts/housing';
import { databaseUrl } from '@ankomst/platform-database';
import { createTestDatabase, spawnApp, type SpawnedApp, startTestNats, type TestDatabase, type TestNats } from '@ankomst/testing';
import { Client } from 'pg';
import { connectToHousing } from './housing-connection';
import { seedDemo } from './seed-demo';

describe('seedDemo against the housing service (own process, private NATS, fresh database)', () => {
  let nats: TestNats;
  let db: TestDatabase;
  let housing: SpawnedApp;
  let sql: Client;

  beforeAll(async () => {
    [nats, db] = await Promise.all([startTestNats(), createTestDatabase('seed')]);
    housing = spawnApp('housing-service', { NATS_URL: nats.url, DATABASE_URL: db.serverUrl, DATABASE_NAME: db.name });
    const connection = await connectToHousing(nats.url);
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await connection.send(housingRpc.listHouseholds, {}, '1103', 1_000);
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`housing service not answering: ${(error as Error).message}\n${housing.output()}`);
      }
    }
    await connection.close();
    sql = new Client({ connectionString: databaseUrl(db.serverUrl, db.name) });
    await sql.connect();
  }, 90_000);

  afterAll(async () => {
    await sql?.end();
    await housing?.stop();
    await Promise.all([nats?.stop(), db?.drop()]);
  });

  it('fills empty municipalities through the service, with events, and reports persons per second', async () => {
    let progressed = 0;
    const sut = await seedDemo({
      natsUrl: nats.url,
      persons: 300,
      municipalities: ['1103', '3201'],
      today: '2026-11-23',
      onProgress: (n) => (progressed += n),
    });
    expect(sut.seeded.map((s) => [s.municipality, s.persons])).toEqual([
      ['1103', 150],
      ['3201', 150],
    ]);
    expect(progressed).toBe(300);
    expect(sut.personsPerSecond).toBeGreaterThan(0);

    const { rows } = await sql.query(`
      SELECT (SELECT count(*)::int FROM person) AS persons,
             (SELECT count(*)::int FROM outbox WHERE subject = 'ankomst.housing.household-registered.v1') AS registered,
             (SELECT count(*)::int FROM household) AS households,
             (SELECT count(*)::int FROM settlement_decision) AS decisions,
             (SELECT count(*)::int FROM tenancy) AS tenancies`);
    expect(rows[0].persons).toBe(300);
    expect(rows[0].registered).toBe(rows[0].households);
    expect(rows[0].decisions).toBeGreaterThan(0);
    expect(rows[0].tenancies).toBeGreaterThan(0);
  }, 120_000);

  it('seeds only an empty database: a second run adds nothing', async () => {
    const sut = await seedDemo({ natsUrl: nats.url, persons: 100, municipalities: ['1103'] });
    expect(sut.seeded).toEqual([]);
    expect(sut.skipped).toEqual([{ municipality: '1103', households: expect.any(Number) }]);
    const { rows } = await sql.query('SELECT count(*)::int AS n FROM person');
    expect(rows[0].n).toBe(300);
  });
});
