import { serviceList } from '@ankomst/contracts';
import {
  createTestDatabase,
  freePort,
  spawnApp,
  type SpawnedApp,
  startTestNats,
  type TestDatabase,
  type TestNats,
  waitForHttp,
} from '@ankomst/testing';

describe('GET /api/health through the gateway, every service as its own process', () => {
  let nats: TestNats;
  const databases: TestDatabase[] = [];
  const apps: SpawnedApp[] = [];
  let baseUrl: string;

  beforeAll(async () => {
    nats = await startTestNats();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    for (const app of [...serviceList.map((s) => s.app), 'gateway']) {
      const db = await createTestDatabase(app.replace(/-/g, '_'));
      databases.push(db);
      apps.push(
        spawnApp(app, {
          NATS_URL: nats.url,
          DATABASE_URL: db.serverUrl,
          DATABASE_NAME: db.name,
          PORT: String(port),
          PORTAL_DIST: '/nonexistent',
        }),
      );
    }
  }, 60_000);

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await Promise.all([nats?.stop(), ...databases.map((d) => d.drop())]);
  });

  it('turns green listing all five services, each with database and NATS up', async () => {
    const { body } = await waitForHttp(`${baseUrl}/api/health`, (status) => status === 200, 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${apps.map((a) => `--- ${a.name}\n${a.output()}`).join('\n')}`);
    });
    const health = JSON.parse(body) as { status: string; details: Record<string, { status: string; database?: string; nats?: string }> };
    expect(health.status).toBe('ok');
    for (const service of serviceList) {
      expect(health.details[service.key]).toMatchObject({ status: 'up', database: 'up', nats: 'up' });
    }
    expect(health.details['gateway-database']).toMatchObject({ status: 'up' });
  }, 120_000);

  it('turns red (503) naming the service when one stops answering', async () => {
    const volunteering = apps.find((a) => a.name === 'volunteering-service')!;
    await volunteering.stop();
    const response = await fetch(`${baseUrl}/api/health`);
    const health = (await response.json()) as { error: Record<string, { status: string }> };
    expect(response.status).toBe(503);
    expect(health.error.volunteering).toMatchObject({ status: 'down' });
  }, 30_000);

  it('publishes the OpenAPI document', async () => {
    const response = await fetch(`${baseUrl}/api/openapi.json`);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/openapi.json']));
    const docs = await fetch(`${baseUrl}/api/docs`);
    expect(await docs.text()).toContain('swagger-ui-bundle.js');
    const asset = await fetch(`${baseUrl}/api/docs/assets/swagger-ui-bundle.js`);
    expect(asset.status).toBe(200);
  });

  it('answers an unknown API route with 404 in the platform error shape and a correlation id', async () => {
    const response = await fetch(`${baseUrl}/api/nothing-here`, { headers: { 'x-correlation-id': 'test-correlation-1' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('x-correlation-id')).toBe('test-correlation-1');
    expect(await response.json()).toMatchObject({ code: 'not_found', correlationId: 'test-correlation-1' });
  });
});
