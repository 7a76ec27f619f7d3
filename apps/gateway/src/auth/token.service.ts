import { kommunenummer, role } from '@ankomst/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { createSecretKey, type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import type { AuthenticatedUser } from '../access/authenticated-request';

const issuer = 'ankomst-gateway';
const audience = 'ankomst-api';

const MAX_CACHED_TOKENS = 10_000;

export interface VerifiedToken {
  user: AuthenticatedUser;
  sessionId: string;
}

const accessClaims = z.object({ sub: z.string().uuid(), sid: z.string().uuid(), usr: z.string(), role, mun: kommunenummer });

/** Short-lived HS256 access tokens (jose). The key comes from JWT_SECRET; only outside production may it be generated. */
@Injectable()
export class TokenService {
  private readonly key: KeyObject;
  private readonly ttlSeconds: number;
  /**
   * Verified access tokens until they expire: the rate limiter and the access guard both
   * need the caller, and an HMAC check plus claim parsing per use showed in the profile.
   * Revocation is unaffected: the guard checks the session on every request.
   */
  private readonly verified = new Map<string, { result: VerifiedToken; expiresAtMs: number }>();

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.ttlSeconds = config.ACCESS_TOKEN_TTL_SECONDS;
    if (config.JWT_SECRET) {
      this.key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
    } else if (config.NODE_ENV === 'production') {
      throw new Error('JWT_SECRET must be set in production (at least 32 characters)');
    } else {
      new Logger('Tokens').warn('JWT_SECRET not set: using a random key for this process (tokens die with it)');
      this.key = createSecretKey(randomBytes(32));
    }
  }

  get accessTokenTtlSeconds(): number {
    return this.ttlSeconds;
  }

  /** `sessionId`: the refresh-token family the access token belongs to. */
  sign(user: AuthenticatedUser, sessionId: string): Promise<string> {
    return new SignJWT({ usr: user.username, role: user.role, mun: user.municipality, sid: sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.userId)
      .setIssuer(issuer)
      .setAudience(audience)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** The user behind a token, or undefined for anything forged, expired, or malformed (signature and claims only). */
  async verify(token: string): Promise<AuthenticatedUser | undefined> {
    return (await this.verifyWithSession(token))?.user;
  }

  async verifyWithSession(token: string): Promise<VerifiedToken | undefined> {
    const cached = this.verified.get(token);
    if (cached && Date.now() < cached.expiresAtMs) return cached.result;
    if (cached) this.verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer, audience, algorithms: ['HS256'], clockTolerance: 5 });
      const claims = accessClaims.safeParse(payload);
      if (!claims.success) return undefined;
      const result = {
        user: { userId: claims.data.sub, username: claims.data.usr, role: claims.data.role, municipality: claims.data.mun },
        sessionId: claims.data.sid,
      };
      if (payload.exp) this.remember(token, result, payload.exp * 1000);
      return result;
    } catch (error) {
      if (error instanceof errors.JOSEError) return undefined;
      throw error;
    }
  }

  private remember(token: string, result: VerifiedToken, expiresAtMs: number): void {
    // Bounded: a flood of distinct valid tokens cannot grow memory without limit.
    if (this.verified.size >= MAX_CACHED_TOKENS) this.verified.clear();
    this.verified.set(token, { result, expiresAtMs });
  }

  /** Signs a short-lived value of our own (OIDC login state in a cookie). */
  signState(payload: Record<string, string>, ttlSeconds: number): Promise<string> {
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(issuer)
      .setAudience('ankomst-oidc-state')
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.key);
  }

  async verifyState(token: string): Promise<Record<string, unknown> | undefined> {
    try {
      return (await jwtVerify(token, this.key, { issuer, audience: 'ankomst-oidc-state', algorithms: ['HS256'] })).payload;
    } catch {
      return undefined;
    }
  }
}

export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization ?? '');
  return match?.[1];
}
