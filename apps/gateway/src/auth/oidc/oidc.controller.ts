import type {} from '@fastify/cookie';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../config';
import { ApiDoc } from '../../openapi/api-doc.decorator';
import { Public } from '../../access/access.decorator';
import { AuthService } from '../auth.service';
import { setRefreshCookie } from '../refresh-cookie';
import { OidcService } from './oidc.service';

const stateCookie = 'ankomst_oidc';
const stateCookiePath = '/api/auth/oidc';

@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly auth: AuthService,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Get()
  @Public()
  @ApiDoc({
    summary: 'Municipalities that log in through their own identity provider',
    tag: 'auth',
    response: z.object({ providers: z.array(z.object({ municipality: z.string() })) }),
  })
  providers(): { providers: { municipality: string }[] } {
    return { providers: this.oidc.providers() };
  }

  @Get(':municipality/login')
  @Public()
  @ApiDoc({
    summary: "Starts login at the municipality's identity provider (302)",
    tag: 'auth',
    errors: { 302: 'To the provider', 404: 'No provider' },
  })
  async login(@Param('municipality') municipality: string, @Res() reply: FastifyReply): Promise<void> {
    const pending = await this.oidc.begin(municipality);
    // Lax, not Strict: the provider's redirect back to us is a cross-site navigation.
    void reply.setCookie(stateCookie, pending.stateCookie, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.NODE_ENV === 'production',
      path: stateCookiePath,
      maxAge: 600,
    });
    void reply.status(302).header('location', pending.authorizationUrl).send();
  }

  @Get(':municipality/callback')
  @Public()
  @ApiDoc({
    summary: 'Return from the identity provider: sets the session cookie and redirects to the portal',
    tag: 'auth',
    errors: { 302: 'To the portal', 401: 'Login failed', 403: 'No Ankomst role' },
  })
  async callback(@Param('municipality') municipality: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const production = this.config.NODE_ENV === 'production';
    void reply.clearCookie(stateCookie, { path: stateCookiePath });
    const { user, redirectTo } = await this.oidc.complete(municipality, query, request.cookies?.[stateCookie]);
    const session = await this.auth.startSession(user);
    setRefreshCookie(reply, session.refreshToken, session.refreshExpiresAt, production);
    void reply.status(302).header('location', redirectTo).send();
  }
}
