import { Inject, Injectable, Logger, NotFoundException, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import * as client from 'openid-client';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config';
import type { UserEntity } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import type { OidcProviderConfig } from '../auth.config';
import { TokenService } from '../token.service';

const stateTtlSeconds = 600;

export interface PendingLogin {
  authorizationUrl: string;
  /** Signed, short-lived, bound to this browser through a cookie. */
  stateCookie: string;
}

/** OIDC login (authorization code + PKCE) against each municipality's own identity provider. */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('Oidc');
  private readonly discovered = new Map<string, Promise<client.Configuration>>();

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  providers(): { municipality: string }[] {
    return this.config.OIDC_PROVIDERS.map((p) => ({ municipality: p.municipality }));
  }

  async begin(municipality: string): Promise<PendingLogin> {
    const provider = this.provider(municipality);
    const configuration = await this.configuration(provider);
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const authorizationUrl = client.buildAuthorizationUrl(configuration, {
      redirect_uri: provider.redirectUri,
      scope: provider.scope,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    const stateCookie = await this.tokens.signState({ m: municipality, s: state, n: nonce, v: verifier }, stateTtlSeconds);
    return { authorizationUrl: authorizationUrl.href, stateCookie };
  }

  /** Exchanges the code, checks state, nonce and PKCE, maps the role, and finds or creates the account. */
  async complete(
    municipality: string,
    callbackQuery: string,
    stateCookie: string | undefined,
  ): Promise<{ user: UserEntity; redirectTo: string }> {
    const provider = this.provider(municipality);
    const pending = stateCookie ? await this.tokens.verifyState(stateCookie) : undefined;
    if (!pending || pending.m !== municipality) throw new UnauthorizedException('Login was not started in this browser or has expired');
    const configuration = await this.configuration(provider);
    // Built from our configured redirect URI, never from the request's Host header.
    const currentUrl = new URL(provider.redirectUri);
    currentUrl.search = callbackQuery;
    let claims: client.IDToken | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: String(pending.v),
        expectedState: String(pending.s),
        expectedNonce: String(pending.n),
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error) {
      this.logger.warn({ err: error, municipality }, 'OIDC code exchange failed');
      throw new UnauthorizedException('Login at the identity provider failed');
    }
    if (!claims) throw new UnauthorizedException('Identity provider sent no ID token');
    const role = mapRole(provider, claims[provider.roleClaim]);
    if (!role) throw new ForbiddenException('Your account has no Ankomst role: ask your municipal admin');
    const user = await this.users.upsertExternal({
      issuer: String(claims.iss),
      subject: claims.sub,
      username: String(claims[provider.usernameClaim] ?? claims.sub).toLowerCase(),
      displayName: String(claims[provider.displayNameClaim] ?? claims[provider.usernameClaim] ?? claims.sub),
      role,
      municipality,
    });
    if (!user.active) throw new ForbiddenException('Account is deactivated');
    return { user, redirectTo: provider.postLoginRedirect };
  }

  private provider(municipality: string): OidcProviderConfig {
    const provider = this.config.OIDC_PROVIDERS.find((p) => p.municipality === municipality);
    if (!provider) throw new NotFoundException('No identity provider for this municipality');
    return provider;
  }

  private configuration(provider: OidcProviderConfig): Promise<client.Configuration> {
    let pending = this.discovered.get(provider.municipality);
    if (!pending) {
      const insecure = provider.allowInsecureHttp && this.config.NODE_ENV !== 'production';
      pending = client.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, {
        execute: insecure ? [client.allowInsecureRequests] : [],
      });
      // A failed discovery is retried on the next login instead of being cached.
      pending.catch(() => this.discovered.delete(provider.municipality));
      this.discovered.set(provider.municipality, pending);
    }
    return pending;
  }
}

/** The first provider value (string or list) that maps to an Ankomst role. */
export function mapRole(provider: Pick<OidcProviderConfig, 'roleMapping'>, claim: unknown): string | undefined {
  const values = Array.isArray(claim) ? claim : claim === undefined ? [] : [claim];
  for (const value of values) {
    if (typeof value === 'string' && Object.hasOwn(provider.roleMapping, value)) return provider.roleMapping[value];
  }
  return undefined;
}
