import {
  accessTokenResponse,
  type AccessTokenResponse,
  changePasswordRequest,
  type ChangePasswordRequest,
  loginRequest,
  type LoginRequest,
  meResponse,
  type MeResponse,
  refreshResponse,
  type RefreshResponse,
} from '@ankomst/contracts';
import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { ZodPipe } from '../http/zod-body';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { Authenticated, Public } from '../access/access.decorator';
import { AuthService, LockedOutException } from './auth.service';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { assertSameSiteRequest } from './csrf';
import { CurrentActor } from '../access/current-actor.decorator';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  private get production() {
    return this.config.NODE_ENV === 'production';
  }

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiDoc({
    summary: 'Password login: access token in the body, refresh token in an httpOnly cookie',
    tag: 'auth',
    body: loginRequest,
    response: accessTokenResponse,
    errors: { 401: 'Wrong username or password', 429: 'Locked out after too many failures' },
  })
  async login(
    @Body(new ZodPipe(loginRequest)) body: LoginRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AccessTokenResponse> {
    try {
      const session = await this.auth.login(body.username, body.password, request.ip);
      setRefreshCookie(reply, session.refreshToken, session.refreshExpiresAt, this.production);
      return session.response;
    } catch (error) {
      if (error instanceof LockedOutException) void reply.header('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiDoc({
    summary: 'New access token and the user from the refresh cookie; the cookie is rotated (needs X-Requested-With: ankomst)',
    tag: 'auth',
    response: refreshResponse,
    errors: { 401: 'No valid session', 403: 'Cross-site request' },
  })
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<RefreshResponse> {
    assertSameSiteRequest(request, this.config.CORS_ORIGINS);
    try {
      const session = await this.auth.refresh(readRefreshCookie(request));
      setRefreshCookie(reply, session.refreshToken, session.refreshExpiresAt, this.production);
      return { ...session.response, user: session.user };
    } catch (error) {
      clearRefreshCookie(reply, this.production);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @Public()
  @ApiDoc({
    summary: 'Ends the session of the refresh cookie (needs X-Requested-With: ankomst)',
    tag: 'auth',
    errors: { 403: 'Cross-site request' },
  })
  async logout(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    assertSameSiteRequest(request, this.config.CORS_ORIGINS);
    await this.auth.logout(readRefreshCookie(request));
    clearRefreshCookie(reply, this.production);
  }

  @Get('me')
  @Authenticated()
  @ApiDoc({ summary: 'The logged-in user, role and permissions', tag: 'auth', response: meResponse })
  me(@CurrentActor() actor: AuthenticatedUser): Promise<MeResponse> {
    return this.auth.me(actor);
  }

  @Post('password')
  @HttpCode(204)
  @Authenticated()
  @ApiDoc({
    summary: 'Changes the own password and ends every session',
    tag: 'auth',
    body: changePasswordRequest,
    errors: { 400: 'Current password wrong or new one too weak' },
  })
  async changePassword(
    @CurrentActor() actor: AuthenticatedUser,
    @Body(new ZodPipe(changePasswordRequest)) body: ChangePasswordRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.changePassword(actor.userId, body.currentPassword, body.newPassword);
    clearRefreshCookie(reply, this.production);
  }
}
