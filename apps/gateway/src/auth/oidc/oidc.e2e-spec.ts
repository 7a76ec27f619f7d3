import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort, type GatewayTestEnv, startGatewayTestEnv } from '../testing/gateway-test-env';

/** Just enough of a browser: per-origin cookies, redirects followed by hand. */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  async get(url: string, headers: Record<string, string> = {}): Promise<Response> {
    const { origin } = new URL(url);
    const jar = this.jars.get(origin) ?? new Map<string, string>();
    this.jars.set(origin, jar);
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, { redirect: 'manual', headers: { ...(cookie ? { cookie } : {}), ...headers } });
    for (const set of response.headers.getSetCookie()) {
      const [pair, ...attributes] = set.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const expired = attributes.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()) || /max-age=0/i.test(a.trim()));
      if (expired || value === '') jar.delete(name.trim());
      else jar.set(name.trim(), value);
    }
    return response;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }
}

describe('OIDC login (authorization code + PKCE) against a real OpenID provider', () => {
  let env: GatewayTestEnv;
  let providerProcess: ChildProcess;
  let issuer: string;

  beforeAll(async () => {
    const gatewayPort = await freePort();
    const providerPort = await freePort();
    const redirectUri = `http://127.0.0.1:${gatewayPort}/api/auth/oidc/1103/callback`;
    providerProcess = spawn(process.execPath, [path.join(__dirname, 'testing/oidc-test-provider.mjs')], {
      env: {
        ...process.env,
        PORT: String(providerPort),
        CLIENT_ID: 'ankomst-gateway',
        CLIENT_SECRET: 'test-client-secret',
        REDIRECT_URI: redirectUri,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let providerOutput = '';
    providerProcess.stderr?.on('data', (chunk: Buffer) => (providerOutput += chunk.toString()));
    issuer = await new Promise<string>((resolve, reject) => {
      providerProcess.stdout?.on('data', (chunk: Buffer) => {
        const match = /ready (\S+)/.exec(chunk.toString());
        if (match) resolve(match[1]);
      });
      providerProcess.once('exit', (code) => reject(new Error(`provider exited ${code}: ${providerOutput}`)));
    });
    env = await startGatewayTestEnv(
      {
        OIDC_PROVIDERS: JSON.stringify([
          {
            municipality: '1103',
            issuer,
            clientId: 'ankomst-gateway',
            clientSecret: 'test-client-secret',
            redirectUri,
            scope: 'openid profile',
            roleClaim: 'roles',
            roleMapping: { 'stavanger-boligkontor': 'housing-officer', flyktninghelse: 'health-worker' },
            postLoginRedirect: '/portal/',
            allowInsecureHttp: true,
          },
        ]),
      },
      gatewayPort,
    );
  }, 60_000);

  afterAll(async () => {
    await env?.close();
    if (providerProcess && providerProcess.exitCode === null) {
      const exited = new Promise((resolve) => providerProcess.once('exit', resolve));
      providerProcess.kill('SIGTERM');
      await exited;
    }
  });

  /** Clicks through: gateway → provider login (as `account`) → consent → gateway callback. */
  async function loginAs(browser: Browser, account: string): Promise<Response> {
    const start = await browser.get(`${env.baseUrl}/api/auth/oidc/1103/login`);
    expect(start.status).toBe(302);
    let location = start.headers.get('location')!;
    const authorization = new URL(location);
    expect(authorization.origin).toBe(new URL(issuer).origin);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();

    for (let hop = 0; hop < 10; hop++) {
      const url = new URL(location, issuer);
      if (url.href.startsWith(`${env.baseUrl}/api/auth/oidc/1103/callback`)) return browser.get(url.href);
      if (url.pathname.startsWith('/interaction/')) url.searchParams.set('account', account);
      const response = await browser.get(url.href);
      if (response.status < 300 || response.status >= 400)
        throw new Error(`provider answered ${response.status}: ${await response.text()}`);
      location = response.headers.get('location')!;
    }
    throw new Error('too many redirects');
  }

  it('logs a provider user in with the mapped role and municipality, via the refresh cookie', async () => {
    const browser = new Browser();
    const callback = await loginAs(browser, 'kari-bolig');
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/portal/');
    const refreshCookie = browser.cookie(env.baseUrl, 'ankomst_refresh');
    expect(refreshCookie).toBeDefined();
    expect(browser.cookie(env.baseUrl, 'ankomst_oidc')).toBeUndefined();

    const refreshed = await env.call('POST', '/api/auth/refresh', {
      headers: { cookie: `ankomst_refresh=${refreshCookie}`, 'x-requested-with': 'ankomst' },
    });
    expect(refreshed.status).toBe(200);
    const { accessToken } = (await refreshed.json()) as { accessToken: string };
    const me = (await (await env.call('GET', '/api/auth/me', { token: accessToken })).json()) as Record<string, unknown>;
    expect(me).toMatchObject({
      username: 'kari.bolig',
      displayName: 'Test Housing Officer',
      role: 'housing-officer',
      municipality: '1103',
    });
    expect(me.permissions).toContain('housing:write');
    const { rows } = await env.pg.query<{ external_issuer: string; external_subject: string; password_hash: string | null }>(
      "SELECT external_issuer, external_subject, password_hash FROM app_user WHERE username = 'kari.bolig'",
    );
    expect(rows[0]).toEqual({ external_issuer: issuer, external_subject: 'kari-bolig', password_hash: null });
  });

  it('maps the first known group when a user has several, and reuses the account on the next login', async () => {
    for (let i = 0; i < 2; i++) {
      const browser = new Browser();
      expect((await loginAs(browser, 'per-helse')).status).toBe(302);
    }
    const { rows } = await env.pg.query<{ role: string }>("SELECT role FROM app_user WHERE external_subject = 'per-helse'");
    expect(rows).toEqual([{ role: 'health-worker' }]);
  });

  it('refuses a provider user with no Ankomst role (403) and creates no account', async () => {
    const callback = await loginAs(new Browser(), 'ola-ingen');
    expect(callback.status).toBe(403);
    expect(browserlessCookie(callback)).toBeUndefined();
    const { rows } = await env.pg.query("SELECT 1 FROM app_user WHERE external_subject = 'ola-ingen'");
    expect(rows).toEqual([]);
  });

  it('refuses a callback in a browser that did not start the login (login CSRF)', async () => {
    const victim = new Browser();
    const attacker = new Browser();
    const start = await attacker.get(`${env.baseUrl}/api/auth/oidc/1103/login`);
    let location = start.headers.get('location')!;
    // The attacker completes the provider part, then hands the callback URL to the victim.
    for (let hop = 0; hop < 10 && !location.includes('/api/auth/oidc/1103/callback'); hop++) {
      const url = new URL(location, issuer);
      if (url.pathname.startsWith('/interaction/')) url.searchParams.set('account', 'kari-bolig');
      location = (await attacker.get(url.href)).headers.get('location')!;
    }
    const callback = await victim.get(location);
    expect(callback.status).toBe(401);
    expect(victim.cookie(env.baseUrl, 'ankomst_refresh')).toBeUndefined();
  });

  it('answers 404 for a municipality without a provider, and lists configured ones', async () => {
    expect((await env.call('GET', '/api/auth/oidc/3201/login')).status).toBe(404);
    expect(await (await env.call('GET', '/api/auth/oidc')).json()).toEqual({ providers: [{ municipality: '1103' }] });
  });
});

function browserlessCookie(response: Response): string | undefined {
  return response.headers.getSetCookie().find((c) => c.startsWith('ankomst_refresh='));
}
