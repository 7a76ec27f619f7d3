import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { type GatewayTestEnv, startGatewayTestEnv } from '../auth/testing/gateway-test-env';

describe('the gateway serves the built portal beside the API', () => {
  const bigScript = 'export const greeting = "hei";\n'.repeat(500);
  const portalDist = mkdtempSync(path.join(tmpdir(), 'ankomst-portal-'));
  let sut: GatewayTestEnv;

  beforeAll(async () => {
    mkdirSync(path.join(portalDist, 'assets'));
    writeFileSync(path.join(portalDist, 'index.html'), '<!doctype html><title>Ankomst</title><div id="root"></div>');
    writeFileSync(path.join(portalDist, 'assets', 'app.js'), 'console.log("portal")');
    writeFileSync(path.join(portalDist, 'assets', 'index-D_6SbP8V.js'), bigScript);
    writeFileSync(path.join(portalDist, 'assets', 'index-D_6SbP8V.js.br'), brotliCompressSync(bigScript));
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

  it('sends the precompressed copy of a hashed asset to a browser that takes brotli, cached for a year', async () => {
    const response = await fetch(`${sut.baseUrl}/assets/index-D_6SbP8V.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await response.text()).toBe(bigScript);
  });

  it('sends the original to a client that takes no compression', async () => {
    const response = await fetch(`${sut.baseUrl}/assets/index-D_6SbP8V.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(bigScript);
  });

  it('lets the browser keep index.html only after revalidating, also for deep links', async () => {
    for (const url of ['/', '/index.html', '/households/4f1c1d6e']) {
      const response = await fetch(`${sut.baseUrl}${url}`);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('keeps unknown API paths a JSON 404, not the portal page', async () => {
    const response = await fetch(`${sut.baseUrl}/api/no-such-route`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'not_found' });
  });
  it('sends the security headers with every answer: the portal, the API and an error alike', async () => {
    for (const url of ['/', '/assets/app.js', '/api/health', '/api/no-such-route']) {
      const { headers } = await fetch(`${sut.baseUrl}${url}`);
      const policy = new Set((headers.get('content-security-policy') ?? '').split(';'));
      expect({ url, policy }).toEqual({
        url,
        policy: new Set([
          "default-src 'self'",
          "img-src 'self' data:",
          "style-src 'self' 'unsafe-inline'",
          "script-src 'self'",
          "base-uri 'self'",
          "font-src 'self' https: data:",
          "form-action 'self'",
          "frame-ancestors 'self'",
          "object-src 'none'",
          "script-src-attr 'none'",
          'upgrade-insecure-requests',
        ]),
      });
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(headers.get('x-powered-by')).toBeNull();
    }
  });
});
