import { SignJWT } from 'jose';
import { loadGatewayConfig } from '../config';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { bearerToken, TokenService } from './token.service';

const secret = 'unit-test-secret-0123456789-0123456789';
const sessionId = '0b7c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4';
const user: AuthenticatedUser = {
  userId: '6f1f7c9e-6a59-4c3e-9b0a-2f9b7d1c2a11',
  username: 'health-worker',
  role: 'health-worker',
  municipality: '1103',
};

describe('TokenService', () => {
  const sut = new TokenService(loadGatewayConfig({ JWT_SECRET: secret, ACCESS_TOKEN_TTL_SECONDS: '60' }));

  it('signs and verifies its own tokens', async () => {
    expect(await sut.verify(await sut.sign(user, sessionId))).toEqual(user);
    expect(await sut.verifyWithSession(await sut.sign(user, sessionId))).toEqual({ user, sessionId });
  });

  it('refuses tokens signed with another key, with another algorithm, or with an unknown role', async () => {
    const other = new TokenService(loadGatewayConfig({ JWT_SECRET: 'x'.repeat(40) }));
    expect(await sut.verify(await other.sign(user, sessionId))).toBeUndefined();
    const wrongRole = await new SignJWT({ usr: 'x', role: 'superuser', mun: '1103' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.userId)
      .setIssuer('ankomst-gateway')
      .setAudience('ankomst-api')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(secret));
    expect(await sut.verify(wrongRole)).toBeUndefined();
    const [, payload, signature] = (await sut.sign(user, sessionId)).split('.');
    const noneHeader = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    expect(await sut.verify(`${noneHeader}.${payload}.${signature}`)).toBeUndefined();
  });

  it('refuses an OIDC state token as an access token', async () => {
    expect(await sut.verify(await sut.signState({ s: 'x' }, 60))).toBeUndefined();
  });

  it('will not start in production without JWT_SECRET', () => {
    expect(() => new TokenService(loadGatewayConfig({ NODE_ENV: 'production' }))).toThrow(/JWT_SECRET must be set/);
  });

  it('reads only well-formed bearer headers', () => {
    expect(bearerToken('Bearer a.b.c')).toBe('a.b.c');
    expect(bearerToken('bearer a.b.c')).toBeUndefined();
    expect(bearerToken('Bearer a.b.')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
