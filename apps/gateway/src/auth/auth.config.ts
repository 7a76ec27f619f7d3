import { role } from '@ankomst/contracts';
import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number({ message: 'must be a number' }).int().min(1).default(fallback);

/** One municipality's identity provider (authorization code + PKCE). */
export const oidcProviderConfig = z.object({
  municipality: z.string().regex(/^\d{4}$/, 'must be a four-digit kommunenummer'),
  issuer: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1).optional(),
  /** Our callback as registered at the provider: .../api/auth/oidc/<municipality>/callback */
  redirectUri: z.url(),
  scope: z.string().default('openid profile'),
  /** Claim holding the user's group(s)/role(s) at the provider. */
  roleClaim: z.string().default('roles'),
  /** Provider value → Ankomst role. An account with no mapped value is refused. */
  roleMapping: z.record(z.string(), role),
  usernameClaim: z.string().default('preferred_username'),
  displayNameClaim: z.string().default('name'),
  /** Where the browser lands after login; the portal then calls /api/auth/refresh. */
  postLoginRedirect: z.string().startsWith('/').default('/'),
  /** Plain-http issuer, for local development and tests only; refused in production. */
  allowInsecureHttp: z.boolean().default(false),
});
export type OidcProviderConfig = z.infer<typeof oidcProviderConfig>;

const oidcProviders = z
  .string()
  .default('[]')
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array of provider settings' });
      return z.NEVER;
    }
  })
  .pipe(z.array(oidcProviderConfig));

/** Identity, session and throttling settings of the gateway. Secrets come only from here. */
export const authEnv = {
  /** HS256 key for access tokens, at least 32 characters. Required in production. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt(600),
  REFRESH_TOKEN_TTL_SECONDS: positiveInt(8 * 60 * 60),
  /**
   * Failed logins before a lock. The tight limit is per username *and* address (one guesser);
   * a username alone gets more, across all addresses (a guesser spread over many); an address
   * alone gets a high ceiling, because a municipality's staff share one NAT address and one
   * colleague's mistypes must not lock everyone out.
   */
  LOGIN_MAX_FAILURES_PER_USER_IP: positiveInt(5),
  LOGIN_MAX_FAILURES_PER_USER: positiveInt(20),
  LOGIN_MAX_FAILURES_PER_IP: positiveInt(200),
  LOGIN_FAILURE_WINDOW_SECONDS: positiveInt(15 * 60),
  LOGIN_LOCKOUT_SECONDS: positiveInt(15 * 60),
  /** Requests per minute per logged-in user, or per IP when anonymous. */
  RATE_LIMIT_PER_MINUTE: positiveInt(600),
  /**
   * Login requests per minute per IP (before the lockout rules): a flood ceiling only, high
   * enough for a whole municipality logging in behind one NAT address at the start of the day.
   */
  LOGIN_RATE_LIMIT_PER_MINUTE: positiveInt(300),
  /**
   * Submissions per minute per IP to the public operations (`POST /api/public/...`, no login):
   * a person signs up once; a flood from one address is refused with 429 and a plain message.
   */
  PUBLIC_SUBMIT_RATE_LIMIT_PER_MINUTE: positiveInt(5),
  BREAK_GLASS_MINUTES: positiveInt(60),
  OIDC_PROVIDERS: oidcProviders,
  /**
   * Which proxies may set X-Forwarded-For (the client IP that throttling and rate limits
   * key on): `loopback` (default), `false`, a hop count, or a comma list of addresses/CIDRs.
   * `true` would let any client pick its own IP and walk around the login lockout.
   */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((value): boolean | number | string => {
      if (value === 'false') return false;
      if (value === 'true') return true;
      return /^\d+$/.test(value) ? Number(value) : value;
    }),
};
