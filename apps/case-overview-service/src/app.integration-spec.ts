import { type PingReply, pingSubject, services } from '@ankomst/contracts';
import { createServiceApp } from '@ankomst/platform-messaging';
import { bootService, type BootedService, createTestDatabase, startTestNats, type TestDatabase, type TestNats } from '@ankomst/testing';
import { AppModule } from './app.module';
import { loadCaseOverviewConfig } from './config';

describe('case-overview-service on real NATS and Postgres', () => {
  let nats: TestNats;
  let db: TestDatabase;
  let sut: BootedService;

  beforeAll(async () => {
    [nats, db] = await Promise.all([startTestNats(), createTestDatabase('case_overview')]);
    const config = loadCaseOverviewConfig({ DATABASE_URL: db.serverUrl, DATABASE_NAME: db.name, NATS_URL: nats.url, LOG_LEVEL: 'silent' });
    sut = await bootService(() => createServiceApp(AppModule.register(config), services.caseOverview, nats.url), nats.url);
  });

  afterAll(async () => {
    await sut?.close();
    await Promise.all([nats?.stop(), db?.drop()]);
  });

  it('answers ping with its database and NATS up', async () => {
    const reply = await sut.request<PingReply>(pingSubject(services.caseOverview), {});
    expect(reply).toMatchObject({ service: 'case-overview-service', status: 'up', database: 'up', nats: 'up' });
  });
});
