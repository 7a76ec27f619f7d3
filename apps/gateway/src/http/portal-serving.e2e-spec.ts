import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type GatewayTestEnv, startGatewayTestEnv } from '../auth/testing/gateway-test-env';

describe('the gateway serves the built portal beside the API', () => {
  const portalDist = mkdtempSync(path.join(tmpdir(), 'ankomst-portal-'));
  let sut: GatewayTestEnv;

  beforeAll(async () => {
    mkdirSync(path.join(portalDist, 'assets'));
    writeFileSync(path.join(portalDist, 'index.html'), '<!doctype html><title>Ankomst</title><div id="root"></div>');
    writeFileSync(path.join(portalDist, 'assets', 'app.js'), 'console.log("portal")');
    sut = await startGatewayTestEnv({ PORTAL_DIST: portalDist });
  });

  afterAll(async () => {
    await sut?.close();
    rmSync(portalDist, { recursive: true, force: true });
  });

  it('answers / and deep links with index.html so the portal can route them', async () => {
    for (const url of ['/', '/households/4f1c1d6e', '/privacy/audit?person=x']) {
      const response = await fetch(`${sut.baseUrl}${url}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('serves the portal assets as files', async () => {
    const response = await fetch(`${sut.baseUrl}/assets/app.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log("portal")');
  });

  it('keeps unknown API paths a JSON 404, not the portal page', async () => {
    const response = await fetch(`${sut.baseUrl}/api/no-such-route`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'not_found' });
  });
});
