import { housingRpc } from '@ankomst/contracts/housing';
import { databaseUrl } from '@ankomst/platform-database';
import { createTestDatabase, spawnApp, type SpawnedApp, startTestNats, type TestDatabase, type TestNats } from '@ankomst/testing';
import { Client } from 'pg';
import { connectToHousing } from './housing-connection';
import { seedDemo } from './seed-demo';

/** The demo's programme data: candidates from housing's events, then their cases worked through the introduction service. */
describe('seedDemo with the introduction programme (housing and introduction as their own processes)', () => {
  let nats: TestNats;
  let housingDb: TestDatabase;
  let introDb: TestDatabase;
  const apps: SpawnedApp[] = [];
  let sql: Client;

  beforeAll(async () => {
    [nats, housingDb, introDb] = await Promise.all([startTestNats(), createTestDatabase('seed_housing'), createTestDatabase('seed_intro')]);
    apps.push(spawnApp('housing-service', { NATS_URL: nats.url, DATABASE_URL: housingDb.serverUrl, DATABASE_NAME: housingDb.name }));
    apps.push(spawnApp('introduction-service', { NATS_URL: nats.url, DATABASE_URL: introDb.serverUrl, DATABASE_NAME: introDb.name }));
    sql = new Client({ connectionString: databaseUrl(introDb.serverUrl, introDb.name) });
    // Housing answers before the seed starts: its first request waits only 10 s, less than a
    // service's start on a busy CI machine.
    const housing = await connectToHousing(nats.url);
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await housing.send(housingRpc.listHouseholds, {}, '1103', 1_000);
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`housing-service not answering: ${(error as Error).message}\n${apps[0].output()}`);
      }
    }
    await housing.close();
    for (;;) {
      try {
        await sql.connect();
        await sql.query('SELECT 1 FROM participant LIMIT 1');
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`introduction-service not migrated: ${(error as Error).message}\n${apps[1].output()}`);
        await sql.end().catch(() => undefined);
        sql = new Client({ connectionString: databaseUrl(introDb.serverUrl, introDb.name) });
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }, 90_000);

  afterAll(async () => {
    await sql?.end();
    for (const app of apps) await app.stop();
    await Promise.all([nats?.stop(), housingDb?.drop(), introDb?.drop()]);
  });

  it('grants most candidates a plan and ends some with an outcome, through the service’s own commands', async () => {
    const sut = await seedDemo({ natsUrl: nats.url, persons: 100, municipalities: ['1103'], introduction: true });

    expect(sut.introduction).toHaveLength(1);
    const [result] = sut.introduction;
    expect(result.candidates).toBeGreaterThan(0);
    expect(result.granted).toBeGreaterThan(0);
    const { rows } = await sql.query<{ plans: number; granted: number }>(
      `SELECT (SELECT count(*)::int FROM plan_version) AS plans, (SELECT count(*)::int FROM participant WHERE decision IS NOT NULL) AS granted`,
    );
    expect(rows[0]).toEqual({ plans: result.granted, granted: result.granted });
  }, 120_000);
});
